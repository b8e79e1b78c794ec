#include "OnlineRun.h"

#include "EnvironmentChoice.h"
#include "InterruptCanceller.h"
#include "PreFlightPrinter.h"
#include "RunPrinter.h"

#include "preflight/DestructiveEstimate.h"
#include "preflight/PreFlight.h"

#include "runner/OfflineScript.h"
#include "runner/PythonStepSql.h"
#include "runner/Runner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace strata::cli {

namespace {

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

int printDryRun(Invocation& inv, const Project& project, const Environment& env,
                const RunRequest& request, const StepPlan& plan) {
    const RunRequest::Kind kind = request.kind;
    OfflineScript script(project.graph(), VersionTableSql(project.config().versionTable(),
                                                          project.config().versionTableSchema()));
    script.setTargetMajor(project.config().postgresMajor());
    // Alembic Python steps show Alembic's offline SQL; those that need a live connection show
    // their Python source ("SQL known only when run"), and without an interpreter each says why.
    PythonStepSql::Entries python;
    if (PythonStepSql::needed(project.graph(), plan)) {
        Result<PythonStepSql::Entries> rendered = PythonStepSql::render(
            project.graph(), project.config(), plan, request, PythonStepSql::Mode::Preview);
        if (!rendered)
            return inv.fail(rendered.error());
        python = std::move(rendered).value();
        script.setPythonSql(python, true);
    }
    Result<QString> sql = script.render(plan, kind);
    if (!sql)
        return inv.fail(sql.error());
    // The pre-flight: lint findings, locks and check problems per step, the rows and size of
    // what destructive statements remove (estimates read from the target), timeouts, backup.
    const PreFlightReport preflight =
        DestructiveEstimate::read(env, PreFlight::gather(project, env, plan));
    if (inv.json()) {
        QJsonArray steps;
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            const PlanStep& s = plan.steps.at(i);
            QJsonObject step{{QStringLiteral("revision"), s.revision},
                             {QStringLiteral("direction"), s.stamp ? QStringLiteral("stamp")
                                                           : s.isUpgrade()
                                                               ? QStringLiteral("upgrade")
                                                               : QStringLiteral("downgrade")},
                             {QStringLiteral("from"), QJsonArray::fromStringList(s.fromRevisions)},
                             {QStringLiteral("to"), QJsonArray::fromStringList(s.toRevisions)},
                             {QStringLiteral("rows"), s.rowsText()}};
            // A .py step whose SQL is not known offline: why (one line).
            if (const auto it = python.constFind(int(i));
                it != python.constEnd() && it->kind != PythonStepSql::Entry::Kind::Sql)
                step.insert(QStringLiteral("sql_unknown"),
                            it->kind == PythonStepSql::Entry::Kind::NeedsConnection
                                ? PythonStepSql::knownOnlyWhenRun() + QStringLiteral(": ") +
                                      it->reason
                                : it->reason);
            steps.append(step);
        }
        inv.printJson(QJsonObject{
            {QStringLiteral("environment"), env.name},
            {QStringLiteral("dry_run"), true},
            {QStringLiteral("heads"), QJsonArray::fromStringList(plan.initialHeads)},
            {QStringLiteral("resulting_heads"), QJsonArray::fromStringList(plan.resultingHeads)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("preflight"), PreFlightPrinter::toJson(preflight)},
            {QStringLiteral("sql"), *sql}});
        return ExitOk;
    }
    QTextStream& out = inv.out();
    out << QCoreApplication::translate("strata::cli", "-- dry run on ") << env.name << " ("
        << env.displayUrl()
        << QCoreApplication::translate("strata::cli", "): nothing is executed\n");
    out << QCoreApplication::translate("strata::cli", "-- current heads: ")
        << headsText(plan.initialHeads) << "\n";
    if (plan.steps.isEmpty())
        out << QCoreApplication::translate("strata::cli", "-- nothing to do\n");
    int i = 0;
    for (const PlanStep& s : plan.steps)
        out << QCoreApplication::translate("strata::cli", "-- step ") << ++i << "/"
            << plan.steps.size() << ": "
            << (s.stamp         ? "stamp"
                : s.isUpgrade() ? "upgrade"
                                : "downgrade")
            << ' ' << headsText(s.fromRevisions) << " -> " << headsText(s.toRevisions) << "  ["
            << s.rowsText() << "]\n";
    out << QCoreApplication::translate("strata::cli", "-- resulting heads: ")
        << headsText(plan.resultingHeads) << "\n";
    if (!plan.steps.isEmpty())
        PreFlightPrinter::print(out, preflight);
    out << "\n";
    if (!plan.steps.isEmpty())
        out << *sql;
    out.flush();
    return ExitOk;
}

} // namespace

int failRun(Invocation& inv, const Error& error) {
    int code = inv.fail(error);
    if (error.code == ErrorCode::Checksum)
        code = ExitProblems; // --strict found changed revisions
    QTextStream& err = inv.err();
    if (!error.detail.isEmpty())
        err << QCoreApplication::translate("strata::cli", "  DETAIL: ") << error.detail << '\n';
    if (!error.hint.isEmpty())
        err << QCoreApplication::translate("strata::cli", "  HINT: ") << error.hint << '\n';
    if (!error.statement.isEmpty() && error.code == ErrorCode::Database) {
        QString statement = error.statement;
        if (statement.size() > 400)
            statement = statement.left(400) + QStringLiteral(" ...");
        err << QCoreApplication::translate("strata::cli", "  STATEMENT: ")
            << statement.replace(QLatin1Char('\n'), QStringLiteral("\n    ")) << '\n';
    }
    err.flush();
    return code;
}

int runOnline(Invocation& inv, const Project& project, RunRequest request) {
    Result<const Environment*> env = chooseEnvironment(inv, project);
    if (!env)
        return inv.fail(env.error());
    const Environment& environment = **env;
    const bool dryRun = inv.parser().isSet(QStringLiteral("dry-run"));
    const QString confirm = inv.parser().value(QStringLiteral("confirm"));
    if (environment.isProtected && !dryRun && confirm != environment.name)
        return inv.fail(Error(
            ErrorCode::Usage,
            confirm.isEmpty()
                ? QCoreApplication::translate(
                      "strata::cli",
                      "environment '%1' is protected: add --confirm %1 to run %2 on it")
                      .arg(environment.name, inv.command())
                : QCoreApplication::translate(
                      "strata::cli", "--confirm %1 does not match the protected environment '%2'")
                      .arg(confirm, environment.name)));

    request.environment = environment.name;

    Runner runner(project, environment);
    RunPrinter printer(inv.out(), inv.err(), inv.json());
    runner.setEventHandler([&printer, dryRun](const RunEvent& e) {
        if (!dryRun || e.kind == RunEvent::Kind::Warning || e.kind == RunEvent::Kind::Notice)
            printer.print(e);
    });
    if (dryRun) {
        Result<StepPlan> plan = runner.plan(request);
        if (!plan)
            return failRun(inv, plan.error());
        return printDryRun(inv, project, environment, request, *plan);
    }
    InterruptCanceller interrupt([&runner] { runner.cancel(); });
    Result<RunSummary> summary = runner.run(request);
    if (!summary)
        return failRun(inv, summary.error());
    return ExitOk;
}

} // namespace strata::cli
