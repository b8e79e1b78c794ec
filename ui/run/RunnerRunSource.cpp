#include "run/RunnerRunSource.h"

#include "Project.h"
#include "runner/Runner.h"

#include <QCoreApplication>

namespace strata {

RunnerRunSource::RunnerRunSource() = default;
RunnerRunSource::~RunnerRunSource() = default;

void RunnerRunSource::run(const PlannedRun& planned,
                          const std::function<void(const RunEvent&)>& sink) {
    Runner runner(*planned.project, planned.environment);
    runner.setEventHandler(sink);
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_runner = &runner;
    }
    RunRequest request;
    request.kind = planned.kind == PlannedRun::Kind::Upgrade     ? RunRequest::Kind::Upgrade
                   : planned.kind == PlannedRun::Kind::Downgrade ? RunRequest::Kind::Downgrade
                                                                 : RunRequest::Kind::Stamp;
    request.targets = {planned.target};

    // The plan the user confirmed must still be the plan: the environment may have moved.
    auto fresh = runner.plan(request);
    RunEvent refused;
    refused.environment = planned.environment.name;
    if (fresh && fresh->revisions() != planned.plan.revisions()) {
        refused.kind = RunEvent::Kind::RunFailed;
        refused.error =
            Error(ErrorCode::Target,
                  QCoreApplication::translate("strata::RunnerRunSource",
                                              "%1 changed since the plan was shown (now: %2); "
                                              "nothing ran, refresh and try again")
                      .arg(planned.environment.name, fresh->revisions().join(QLatin1String(", "))));
    } else if (!fresh) {
        refused.kind = RunEvent::Kind::RunFailed;
        refused.error = fresh.error();
    } else if (m_cancelled) {
        refused.kind = RunEvent::Kind::RunCancelled;
        refused.error = Error(ErrorCode::Cancelled, QStringLiteral("cancelled before it started"));
    }
    if (refused.kind == RunEvent::Kind::RunFailed || refused.kind == RunEvent::Kind::RunCancelled) {
        refused.message = refused.error.message;
        sink(refused);
    } else {
        (void)runner.run(request); // its events say how it ended
    }
    std::lock_guard<std::mutex> guard(m_mutex);
    m_runner = nullptr;
}

void RunnerRunSource::cancel() {
    m_cancelled = true;
    std::lock_guard<std::mutex> guard(m_mutex);
    if (m_runner)
        m_runner->cancel();
}

} // namespace strata
