// resolve: end the dirty state left by a failed `Transactional: no` revision.
#include "CommandRegistry.h"
#include "EnvironmentChoice.h"
#include "InterruptCanceller.h"
#include "Invocation.h"
#include "OnlineRun.h"
#include "RunPrinter.h"

#include "runner/Runner.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

int runResolve(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {QStringLiteral("retry"),
         QCoreApplication::translate("strata::cli", "Run the failed step again.")});
    inv.parser().addOption({QStringLiteral("mark-applied"),
                            QCoreApplication::translate(
                                "strata::cli", "It was finished by hand: record it as applied.")});
    inv.parser().addOption(
        {QStringLiteral("mark-rolled-back"),
         QCoreApplication::translate("strata::cli",
                                     "It was undone by hand: leave the version as it is.")});
    inv.parser().addOption({QStringLiteral("confirm"),
                            QCoreApplication::translate(
                                "strata::cli", "Required for a protected environment: its name."),
                            QStringLiteral("ENV")});
    if (!inv.parse(QString(),
                   QCoreApplication::translate("strata::cli", "Resolve a dirty environment.")))
        return ExitUsage;
    const bool retry = inv.parser().isSet(QStringLiteral("retry"));
    const bool applied = inv.parser().isSet(QStringLiteral("mark-applied"));
    const bool rolledBack = inv.parser().isSet(QStringLiteral("mark-rolled-back"));
    if (int(retry) + int(applied) + int(rolledBack) != 1)
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "choose one of --retry, --mark-applied, --mark-rolled-back"));
    // --env may be left out when the project has one environment (chooseEnvironment says so
    // otherwise), as for every other command.
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
    Result<const Environment*> env = chooseEnvironment(inv, *project);
    if (!env)
        return inv.fail(env.error());
    if ((*env)->isProtected && inv.parser().value(QStringLiteral("confirm")) != (*env)->name)
        return inv.fail(Error(ErrorCode::Usage,
                              QCoreApplication::translate(
                                  "strata::cli", "environment '%1' is protected: add --confirm %1")
                                  .arg((*env)->name)));
    Runner runner(*project, **env);
    RunPrinter printer(inv.out(), inv.err(), inv.json());
    runner.setEventHandler([&printer](const RunEvent& e) { printer.print(e); });
    InterruptCanceller interrupt([&runner] { runner.cancel(); });
    Result<RunSummary> done = runner.resolve(retry     ? ResolveAction::Retry
                                             : applied ? ResolveAction::MarkApplied
                                                       : ResolveAction::MarkRolledBack);
    if (!done)
        return failRun(inv, done.error());
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("resolve",
               "end the dirty state of an environment (--retry | --mark-applied | "
               "--mark-rolled-back)",
               strata::cli::runResolve)
