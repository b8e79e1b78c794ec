#pragma once

#include "run/PlannedRun.h"
#include "runner/RunEvent.h"

#include <functional>
#include <memory>

namespace strata {

// Executes one PlannedRun, reporting RunEvents to `sink` as they happen. run() is called on a
// worker thread and blocks until the run ends (the last event is RunFinished, RunFailed or
// RunCancelled); cancel() may be called from any thread. One instance per run.
class RunSource {
public:
    virtual ~RunSource() = default;
    virtual void run(const PlannedRun& request,
                     const std::function<void(const RunEvent&)>& sink) = 0;
    virtual void cancel() = 0;
    // True when run() changes the database (false: a dry run).
    virtual bool executes() const = 0;

protected:
    RunSource() = default;
};

using RunSourceFactory = std::function<std::unique_ptr<RunSource>()>;

} // namespace strata
