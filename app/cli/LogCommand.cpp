// log: the history table of an environment, newest first.
#include "CommandRegistry.h"
#include "EnvironmentChoice.h"
#include "Invocation.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "runner/HistoryTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata::cli {
namespace {

int runLog(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {{QStringLiteral("n"), QStringLiteral("limit")},
         QCoreApplication::translate("strata::cli", "Show at most N rows (default 20; 0 = all)."),
         QStringLiteral("N"),
         QStringLiteral("20")});
    if (!inv.parse(QString(), QCoreApplication::translate(
                                  "strata::cli", "Show the runs recorded in strata_history.")))
        return ExitUsage;
    bool numeric = false;
    const int limit = inv.parser().value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 0)
        return inv.usage(QCoreApplication::translate("strata::cli", "-n takes a number"));
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
    Result<const Environment*> env = chooseEnvironment(inv, *project);
    if (!env)
        return inv.fail(env.error());
    auto conn = EnvironmentConnector::open(**env, ConnectionPurpose::Status);
    if (!conn)
        return inv.fail(conn.error()); // names the environment, never the password
    HistoryTable history(project->config().versionTableSchema(), project->config().historyTable());
    Result<QList<HistoryRow>> rows = history.latest(**conn, limit);
    if (!rows)
        return inv.fail(rows.error());
    if (inv.json()) {
        QJsonArray array;
        for (const HistoryRow& r : *rows)
            array.append(r.toJson());
        inv.printJson(array);
        return ExitOk;
    }
    if (rows->isEmpty())
        inv.out() << QCoreApplication::translate("strata::cli", "no runs recorded in ")
                  << history.qualifiedName() << QCoreApplication::translate("strata::cli", " on ")
                  << (*env)->name << '\n';
    for (const HistoryRow& r : *rows)
        inv.out() << r.toText() << '\n';
    inv.out().flush();
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("log", "the runs recorded in an environment's history table (-n N)",
               strata::cli::runLog)
