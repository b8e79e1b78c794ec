// strata init [DIR]: a new project: strata.toml, versions/ and a .gitignore for backups/.
#include "AlembicInit.h"
#include "CommandRegistry.h"
#include "Invocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace strata::cli {
namespace {

const char* const kTemplate = R"(# Strata project. Reference: README.md, "strata.toml".
[project]
versions = "versions"                 # relative to this file; a list is allowed
version_table = "alembic_version"     # Alembic's table, unchanged
version_table_schema = "public"
history_table = "strata_history"

[environments.dev]
url = "${DATABASE_URL}"               # ${VAR} from the process or a .env file beside this file
color = "#2e7d32"

# [environments.prod]
# url = "service=prod"                # any libpq conninfo or URI; passwords belong in .pgpass
# protected = true                    # --confirm prod in the CLI, a typed name in the studio
# lock_timeout = "5s"
# backup = true                       # pg_dump -Fc into backups/ before every run
)";

int runInit(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {QStringLiteral("alembic"),
         QCoreApplication::translate("strata::cli",
                                     "Write only a strata.toml that follows the existing Alembic "
                                     "project in DIR (alembic.ini).")});
    if (!inv.parse(QCoreApplication::translate("strata::cli", "[DIR]"),
                   QCoreApplication::translate("strata::cli", "Create a new Strata project.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.size() > 1)
        return inv.usage(
            QCoreApplication::translate("strata::cli", "init takes at most one folder"));
    QString dirPath = args.isEmpty() ? inv.projectOption() : args.constFirst();
    if (dirPath.isEmpty())
        dirPath = QDir::currentPath();
    if (inv.parser().isSet(QStringLiteral("alembic")))
        return initAlembic(inv, dirPath);
    QDir dir(dirPath);
    const QString toml = dir.filePath(QStringLiteral("strata.toml"));
    if (QFileInfo::exists(toml))
        return inv.fail(
            Error(ErrorCode::Usage,
                  QCoreApplication::translate("strata::cli", "%1 already exists").arg(toml)));
    if (!dir.mkpath(QStringLiteral("versions")))
        return inv.fail(
            Error(ErrorCode::Io, QCoreApplication::translate("strata::cli", "cannot create %1")
                                     .arg(dir.filePath(QStringLiteral("versions")))));
    QSaveFile file(toml);
    if (!file.open(QIODevice::WriteOnly) || file.write(kTemplate) < 0 || !file.commit())
        return inv.fail(
            Error(ErrorCode::Io, QCoreApplication::translate("strata::cli", "cannot write %1: %2")
                                     .arg(toml, file.errorString())));
    const QString ignore = dir.filePath(QStringLiteral(".gitignore"));
    if (!QFileInfo::exists(ignore)) {
        QSaveFile gi(ignore);
        if (gi.open(QIODevice::WriteOnly)) {
            gi.write("backups/\n.env\n");
            gi.commit();
        }
    }
    inv.out() << QCoreApplication::translate("strata::cli", "Created ")
              << QDir::cleanPath(dir.absolutePath())
              << QCoreApplication::translate("strata::cli", "/strata.toml and versions/")
              << Qt::endl;
    inv.out()
        << QCoreApplication::translate(
               "strata::cli",
               "Next: set DATABASE_URL (or edit strata.toml), then 'strata revision -m \"first\"'.")
        << Qt::endl;
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("init",
               "create a project: strata.toml and versions/ (--alembic: follow alembic.ini)",
               strata::cli::runInit)
