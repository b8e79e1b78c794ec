#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "revision/StepPlan.h"
#include "runner/DirtyStateResolver.h"
#include "runner/RunEvent.h"
#include "runner/RunRequest.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace strata {

class HistoryTable;
class Project;
class PythonStepExecutor;
class RunSession;
class StepExecutor;
class StepRecorder;
class VersionTable;
struct PreparedStep;

// Executes a request on one environment (DESIGN §6): the session advisory lock around everything
// (RunSession), one transaction per transactional revision and `Transactional: no` revisions
// statement by statement (StepExecutor), the dirty state (DirtyStateResolver), stamps as rows
// only, checksum checks, an optional pg_dump backup first, cancel from any thread, and a live
// event stream. Plans come from Planner, the same as the CLI's and the studio's.
//
// run(), plan() and resolve() block the calling thread (never the GUI thread). Events are
// delivered through the handler on the running thread, and from a progress thread while a
// CREATE INDEX runs; calls are serialised (never concurrent). No event, error or history row
// carries a password.
class Runner {
public:
    using EventHandler = std::function<void(const RunEvent&)>;

    Runner(const Project& project, const Environment& environment);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    void setEventHandler(EventHandler handler);

    // Dry run: connects, reads the heads and computes the plan; takes no lock, creates and
    // executes nothing. The same plan a run would execute (checked the same way).
    Result<StepPlan> plan(const RunRequest& request);
    // Runs the request. Errors name the revision, file:line of the statement, SQLSTATE, detail
    // and hint (ErrorCode::Database), or Lock, Dirty, Checksum, Cancelled, Connection, Target.
    Result<RunSummary> run(const RunRequest& request);
    // Runs the request only if, planned again under the lock, it is still `expected` (the plan
    // the user saw) step for step (Planner::difference); otherwise ErrorCode::Target, one line,
    // and nothing runs.
    Result<RunSummary> run(const RunRequest& request, const StepPlan& expected);
    // Ends the dirty state (ErrorCode::Usage when the environment is not dirty).
    Result<RunSummary> resolve(ResolveAction action, qint64 lockWaitMs = 300000);

    // From any thread: stops the wait for the lock, or cancels the running statement (the
    // revision rolls back and its history row says cancelled). A cancel that arrives before
    // run() or resolve() starts (after plan(), say) cancels that run before it does anything;
    // the request is used up when a run or resolve ends.
    void cancel();

private:
    struct Prepared;

    Result<RunSummary> execute(const RunRequest& request, const StepPlan* expected);
    Result<Prepared> prepare(const RunRequest& request, bool forRun);
    Result<void> checkChecksums(bool strict);
    Result<void> runSteps(const StepPlan& plan, const std::vector<PreparedStep>& steps,
                          RunSummary& summary);
    Result<void> runEach(const std::vector<PreparedStep>& steps, bool purgeFirst);
    Result<void> preparePython(const std::vector<PreparedStep>& steps);
    Result<QString> backup();
    Result<RunSummary> finish(Result<RunSummary> outcome,
                              const std::function<QString(const RunSummary&)>& doneMessage);
    void emitEvent(RunEvent event);
    RunEvent makeEvent(RunEvent::Kind kind) const;

    const Project& m_project;
    Environment m_environment;
    EventHandler m_handler;
    std::mutex m_handlerMutex;

    std::unique_ptr<VersionTable> m_versions;
    std::unique_ptr<HistoryTable> m_history;
    std::unique_ptr<StepRecorder> m_recorder;
    std::unique_ptr<RunSession> m_session;
    std::unique_ptr<StepExecutor> m_executor;
    std::unique_ptr<PythonStepExecutor> m_python; // `.py` steps, through the project's Alembic
    std::unique_ptr<DirtyStateResolver> m_resolver;

    std::atomic<bool> m_cancelled{false};
    QElapsedTimer m_clock;
    QString m_pgDump; // the pg_dump of this run's backup (BackupDump::choose)
};

} // namespace strata
