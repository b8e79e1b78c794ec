// upgrade, downgrade and stamp. With --sql they print Alembic-style offline SQL from the plan;
// otherwise they run the plan against an environment (OnlineRun.h).
#include "CommandRegistry.h"
#include "FleetCommand.h"
#include "Invocation.h"
#include "OnlineRun.h"

#include "runner/OfflineScript.h"
#include "runner/Planner.h"
#include "runner/PythonStepSql.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

int runMigrate(Invocation& inv, RunRequest::Kind kind) {
    const bool stamp = kind == RunRequest::Kind::Stamp;
    inv.addCommonOptions();
    inv.addEnvPyOptions();
    inv.parser().addOption({QStringLiteral("sql"),
                            QCoreApplication::translate(
                                "strata::cli", "Print the SQL (offline mode, Alembic's format); a "
                                               "range START:TARGET starts from START.")});
    inv.parser().addOption(
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("strata::cli",
                                     "Connect, show the plan and its SQL, execute nothing.")});
    inv.parser().addOption({QStringLiteral("confirm"),
                            QCoreApplication::translate(
                                "strata::cli", "Required for a protected environment: its name."),
                            QStringLiteral("ENV")});
    inv.parser().addOption(
        {QStringLiteral("strict"),
         QCoreApplication::translate("strata::cli", "Refuse to run when an applied revision's file "
                                                    "changed since it was applied.")});
    FleetCommand::addOptions(inv);
    if (stamp)
        inv.parser().addOption({QStringLiteral("purge"),
                                QCoreApplication::translate(
                                    "strata::cli", "Delete every version row before stamping.")});
    const QString what =
        kind == RunRequest::Kind::Upgrade
            ? QCoreApplication::translate("strata::cli", "Upgrade to a later version.")
        : kind == RunRequest::Kind::Downgrade
            ? QCoreApplication::translate("strata::cli", "Revert to an earlier version.")
            : QCoreApplication::translate(
                  "strata::cli", "Set the version table to revision(s) without running any SQL.");
    if (!inv.parse(stamp ? QStringLiteral("TARGET...") : QStringLiteral("TARGET"), what))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.isEmpty() || (!stamp && args.size() > 1))
        return inv.usage(
            stamp ? QCoreApplication::translate("strata::cli", "stamp takes one or more revisions")
                  : inv.command() + QStringLiteral(" takes one target"));
    const bool offline = inv.parser().isSet(QStringLiteral("sql"));
    RunRequest request;
    request.kind = kind;
    request.targets = args;
    request.purge = stamp && inv.parser().isSet(QStringLiteral("purge"));
    request.strict = inv.parser().isSet(QStringLiteral("strict"));
    inv.applyRunOptions(request);

    // Offline SQL needs no checksums; a run records them in the history table.
    Result<Project> project = inv.loadProject(Project::Mode::Strict, !offline);
    if (!project)
        return inv.fail(project.error());
    const RevisionGraph& graph = project->graph();

    if (FleetCommand::requested(inv)) {
        if (offline)
            return inv.usage(QCoreApplication::translate(
                "strata::cli", "--sql prints one script: it does not take --group"));
        return FleetCommand::run(inv, *project, request);
    }
    if (!offline)
        return runOnline(inv, *project, request);

    // Offline: the starting heads come from a range START:TARGET, else from nothing (base).
    QStringList& targets = request.targets;
    QStringList start;
    if (stamp) {
        if (targets.size() == 1 && targets.constFirst().contains(QLatin1Char(':'))) {
            const QString s = targets.constFirst().section(QLatin1Char(':'), 0, 0);
            targets = QStringList{targets.constFirst().section(QLatin1Char(':'), 1)};
            Result<QStringList> resolved = graph.resolve(s);
            if (!resolved)
                return inv.fail(resolved.error());
            start = *resolved;
        }
    } else if (kind == RunRequest::Kind::Downgrade &&
               !targets.constFirst().contains(QLatin1Char(':'))) {
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "downgrade with --sql requires <fromrev>:<torev>"));
    }
    Result<StepPlan> plan = Planner::plan(graph, request, start);
    if (!plan)
        return inv.fail(plan.error());
    OfflineScript script(graph, VersionTableSql(project->config().versionTable(),
                                                project->config().versionTableSchema()));
    script.setTargetMajor(project->config().postgresMajor());
    // Alembic Python steps: Alembic's own offline rendering, all through one bridge; a step
    // that needs a live connection fails the script (nothing is printed).
    if (PythonStepSql::needed(graph, *plan)) {
        Result<PythonStepSql::Entries> python = PythonStepSql::render(
            graph, project->config(), *plan, request, PythonStepSql::Mode::Script);
        if (!python)
            return inv.fail(python.error());
        script.setPythonSql(std::move(python).value(), false);
    }
    Result<QString> sql = script.render(*plan, kind);
    if (!sql)
        return inv.fail(sql.error());
    inv.out() << *sql;
    inv.out().flush();
    return ExitOk;
}

int runUpgrade(Invocation& inv) {
    return runMigrate(inv, RunRequest::Kind::Upgrade);
}
int runDowngrade(Invocation& inv) {
    return runMigrate(inv, RunRequest::Kind::Downgrade);
}
int runStamp(Invocation& inv) {
    return runMigrate(inv, RunRequest::Kind::Stamp);
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("upgrade", "upgrade an environment to a target (--sql: offline SQL)",
               strata::cli::runUpgrade)
STRATA_COMMAND("downgrade", "downgrade an environment to a target (--sql A:B: offline SQL)",
               strata::cli::runDowngrade)
STRATA_COMMAND("stamp", "set the version table without running SQL (--sql: offline SQL)",
               strata::cli::runStamp)
