#include "RevisionChecks.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "revision/RevisionFile.h"
#include "runner/IdWidthCheck.h"

#include <QCoreApplication>

namespace strata::cli {

Result<void> RevisionChecks::checkSplice(const RevisionGraph& graph, const QStringList& parents,
                                         bool splice) {
    if (splice)
        return {};
    for (const QString& id : parents)
        if (graph.contains(id) && !graph.isHead(id))
            return Error(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "strata::cli", "Revision %1 is not a head revision; please specify "
                                            "--splice to create a new branch from this revision")
                             .arg(id));
    return {};
}

Result<int> RevisionChecks::versionNumWidth(const Project& project,
                                            const Environment& environment) {
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> connection,
                      EnvironmentConnector::open(environment, ConnectionPurpose::Status));
    return IdWidthCheck::columnWidth(*connection, project.config().versionTableSchema(),
                                     project.config().versionTable(), QStringLiteral("version_num"),
                                     RevisionFile::kDefaultMaxIdLength);
}

Result<void> RevisionChecks::checkIdWidth(const Invocation& inv, const Project& project,
                                          const QString& id) {
    int width = RevisionFile::kDefaultMaxIdLength;
    QString where = QCoreApplication::translate(
        "strata::cli", " (offline: Alembic's VARCHAR(32); give --env to read the table's width)");
    if (!inv.envOption().isEmpty()) {
        STRATA_TRY_ASSIGN(const Environment* env,
                          project.config().requireEnvironment(inv.envOption()));
        STRATA_TRY_ASSIGN(width, versionNumWidth(project, *env));
        where = QCoreApplication::translate("strata::cli", " (%1.%2.version_num on '%3')")
                    .arg(project.config().versionTableSchema(), project.config().versionTable(),
                         env->name);
    }
    const Result<QString> ok =
        RevisionFile::validateId(id, width < 0 ? std::numeric_limits<int>::max() : width);
    if (!ok)
        return Error(ErrorCode::Usage, ok.error().message + where);
    return {};
}

} // namespace strata::cli
