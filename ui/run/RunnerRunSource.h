#pragma once

#include "run/RunSource.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace strata {

class Runner;

// A RunSource over the runner: its own connection, the advisory lock, one transaction per
// revision, cancel from any thread. Before running it re-plans against the database and
// refuses when the environment moved since the plan was shown.
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
