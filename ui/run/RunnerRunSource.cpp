#include "run/RunnerRunSource.h"

#include "Project.h"
#include "runner/Runner.h"

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
    // A cancel that came before the runner existed still cancels this run (at once, nothing
    // applied): the runner keeps a cancel request until a run has used it.
    if (m_cancelled)
        runner.cancel();
    // The plan the user confirmed must still be the plan: the runner plans again under its
    // lock and refuses, running nothing, when any step or row differs.
    (void)runner.run(planned.request, planned.plan); // its events say how it ended
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
