#include "run/DryRunSource.h"

#include "Project.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace strata {

DryRunSource::DryRunSource(int statementDelayMs)
    : m_statementDelayMs(statementDelayMs) {}

void DryRunSource::run(const PlannedRun& request,
                       const std::function<void(const RunEvent&)>& sink) {
    QElapsedTimer clock;
    clock.start();
    const int count = int(request.plan.steps.size());
    auto event = [&](RunEvent::Kind kind) {
        RunEvent e;
        e.kind = kind;
        e.environment = request.environment.name;
        e.elapsedMs = clock.elapsed();
        e.stepCount = count;
        return e;
    };
    RunEvent started = event(RunEvent::Kind::RunStarted);
    started.message =
        QCoreApplication::translate("strata::DryRunSource", "dry run of %1 (nothing is executed)")
            .arg(request.description);
    sink(started);
    int index = 0;
    for (const PlanStep& step : request.plan.steps) {
        ++index;
        if (m_cancelled) {
            RunEvent cancelled = event(RunEvent::Kind::RunCancelled);
            cancelled.error = Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            sink(cancelled);
            return;
        }
        RunEvent stepStarted = event(RunEvent::Kind::StepStarted);
        stepStarted.revision = step.revision;
        stepStarted.direction = step.stamp ? QStringLiteral("stamp")
                                           : (step.isUpgrade() ? QStringLiteral("upgrade")
                                                               : QStringLiteral("downgrade"));
        stepStarted.stepIndex = index;
        sink(stepStarted);
        const Revision* revision =
            request.project ? request.project->graph().revision(step.revision) : nullptr;
        if (revision && !step.stamp) {
            const auto statements = RevisionChecker::statementsFor(
                *revision, step.isUpgrade() ? RevisionChecker::Direction::Upgrade
                                            : RevisionChecker::Direction::Downgrade);
            if (!statements) {
                RunEvent failed = event(RunEvent::Kind::RunFailed);
                failed.error = statements.error();
                sink(failed);
                return;
            }
            for (const SqlStatement& statement : statements.value()) {
                RunEvent s = event(RunEvent::Kind::StatementStarted);
                s.revision = step.revision;
                s.statement = statement.text;
                s.line = statement.line;
                sink(s);
                QElapsedTimer statementClock;
                statementClock.start();
                if (m_statementDelayMs > 0)
                    QThread::msleep(static_cast<unsigned long>(m_statementDelayMs));
                RunEvent f = event(RunEvent::Kind::StatementFinished);
                f.durationMs = statementClock.elapsed();
                f.revision = step.revision;
                f.statement = statement.text;
                f.line = statement.line;
                f.commandTag = statement.tag;
                sink(f);
            }
        }
        RunEvent stepFinished = event(RunEvent::Kind::StepFinished);
        stepFinished.revision = step.revision;
        stepFinished.stepIndex = index;
        sink(stepFinished);
    }
    RunEvent finished = event(RunEvent::Kind::RunFinished);
    finished.durationMs = clock.elapsed();
    sink(finished);
}

} // namespace strata
