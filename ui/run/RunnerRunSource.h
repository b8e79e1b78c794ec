#pragma once

#include "run/RunSource.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace strata {

class Runner;

// A RunSource over the runner: its own connection, the advisory lock, one transaction per
// revision, cancel from any thread. Runner::run(request, plan) plans again under the lock and
// refuses when the plan differs in any step or row from the one shown.
class RunnerRunSource final : public RunSource {
public:
    RunnerRunSource();
    ~RunnerRunSource() override;
    void run(const PlannedRun& planned, const std::function<void(const RunEvent&)>& sink) override;
    void cancel() override;
    bool executes() const override { return true; }

private:
    std::mutex m_mutex;
    Runner* m_runner = nullptr; // while run() runs
    std::atomic<bool> m_cancelled{false};
};

} // namespace strata
