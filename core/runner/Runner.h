#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "revision/StepPlan.h"
#include "runner/RunEvent.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace strata {

class Canceller;
class Connection;
class HistoryTable;
struct HistoryRow;
class MigrationLock;
class StepRecorder;
class Project;
class VersionTable;
struct Revision;
struct SqlStatement;

// What to run.
struct RunRequest {
    enum class Kind { Upgrade, Downgrade, Stamp };
    Kind kind = Kind::Upgrade;
    QStringList targets;        // one for upgrade/downgrade, one or more for stamp
    bool purge = false;         // stamp --purge
    bool strict = false;        // refuse when an applied revision's file changed
    qint64 lockWaitMs = 300000; // how long to wait for another runner's lock
    int connectTimeoutSeconds = 10;

    static QString kindName(Kind kind); // upgrade, downgrade, stamp
};

// What a finished run did.
struct RunSummary {
    StepPlan plan;
    int stepsDone = 0;
    QStringList headsBefore;
    QStringList headsAfter;
    QString backupFile; // empty when no backup was made
    qint64 durationMs = 0;
};

// How `strata resolve` ends the dirty state left by a failed `Transactional: no` revision.
enum class ResolveAction {
    Retry,          // run the failed step again
    MarkApplied,    // the DBA finished it by hand: record its version rows as applied
    MarkRolledBack, // the DBA undid it by hand: the version stays where it is
};

// Executes a plan on one environment (DESIGN §6): the session advisory lock around everything,
// one transaction per transactional revision (its statements, version rows and succeeded history
// row, one COMMIT), `Transactional: no` revisions statement by statement with a `running` history
// row committed first (a failure leaves the environment dirty), stamps as rows only, checksum
// checks, an optional pg_dump backup first, cancel from any thread, and a live event stream.
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
    // Ends the dirty state (ErrorCode::Usage when the environment is not dirty).
    Result<RunSummary> resolve(ResolveAction action, qint64 lockWaitMs = 300000);

    // From any thread: stops the wait for the lock, or cancels the running statement (the
    // revision rolls back and its history row says cancelled). Harmless when nothing runs.
    void cancel();

private:
    struct Prepared;
    enum class Mode { DryRun, Run };

    Result<Prepared> prepare(const RunRequest& request, Mode mode);
    Result<void> connect(int connectTimeoutSeconds);
    Result<void> lock(qint64 lockWaitMs);
    Result<void> refuseIfDirty();
    Result<void> checkPlan(const StepPlan& plan, Prepared& prepared);
    Result<void> checkChecksums(bool strict);
    Result<void> ensureTables();
    Result<void> runSteps(const StepPlan& plan, const Prepared& prepared, RunSummary& summary);
    Result<void> runTransactionalStep(const PlanStep& step, int index, const Prepared& prepared,
                                      bool purgeFirst);
    Result<void> runAutocommitStep(const PlanStep& step, int index, const Prepared& prepared);
    Result<void> execStatement(const Revision& revision, const SqlStatement& statement,
                               const PlanStep& step, int index);
    void recordFailure(HistoryRow row, const Error& error, bool update);
    Result<QString> backup();
    Error finishError(Error error);
    void emitEvent(RunEvent event);
    RunEvent makeEvent(RunEvent::Kind kind) const;
    bool cancelRequested() const { return m_cancelled.load(); }

    const Project& m_project;
    Environment m_environment;
    EventHandler m_handler;
    std::mutex m_handlerMutex;

    QString m_conninfo;
    QStringList m_secrets;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<VersionTable> m_versions;
    std::unique_ptr<HistoryTable> m_history;
    std::unique_ptr<MigrationLock> m_lock;
    std::unique_ptr<StepRecorder> m_recorder;
    QString m_backupFile;
    QString m_direction;

    std::mutex m_cancelMutex;
    std::shared_ptr<Canceller> m_canceller;
    std::atomic<bool> m_cancelled{false};
    QElapsedTimer m_clock;
};

} // namespace strata
