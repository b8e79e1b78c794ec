#pragma once

#include "run/RunSource.h"

#include <atomic>

namespace strata {

// A RunSource that walks the plan and reports every step and statement without executing
// anything: what a run would do, in the same event stream.
class DryRunSource final : public RunSource {
public:
    // `statementDelayMs`: a pause per statement so that the console can be watched.
    explicit DryRunSource(int statementDelayMs = 0);
    void run(const PlannedRun& request, const std::function<void(const RunEvent&)>& sink) override;
    void cancel() override { m_cancelled = true; }
    bool executes() const override { return false; }

private:
    int m_statementDelayMs;
    std::atomic<bool> m_cancelled{false};
};

} // namespace strata
