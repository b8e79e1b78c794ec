#include "alembic/RevisionAuthor.h"

#include "config/ProjectConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strata {

bool RevisionAuthor::writesPython(const ProjectConfig& config, Format format) {
    return format == Format::Python || (format == Format::Auto && config.isAlembicProject());
}

Result<RevisionAuthor::Written> RevisionAuthor::write(const ProjectConfig& config,
                                                      const QString& versionsDir,
                                                      const AlembicRevisionAuthor::Request& request,
                                                      Format format) {
    Written written;
    if (writesPython(config, format)) {
        if (!config.isAlembicProject())
            return Error(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "strata", "a .py revision needs an Alembic project (alembic.ini, or "
                                       "[project] alembic in strata.toml)"));
        STRATA_TRY_ASSIGN(
            const AlembicRevisionAuthor::Written py,
            AlembicRevisionAuthor::write(AlembicRevisionAuthor::forConfig(config), request));
        written.path = py.path;
        written.revision = py.revision;
        return written;
    }
    STRATA_TRY_ASSIGN(written.path, RevisionWriter::write(versionsDir, request.revision));
    written.revision = QFileInfo(written.path).completeBaseName();
    if (config.isAlembicProject())
        written.warning =
            QCoreApplication::translate(
                "strata", "%1: a .sql revision in an Alembic project: `alembic upgrade` will fail "
                          "on this file for everyone who runs Alembic (Strata runs it)")
                .arg(QDir::toNativeSeparators(written.path));
    return written;
}

} // namespace strata
