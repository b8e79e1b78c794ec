#pragma once

#include "Result.h"
#include "revision/StepPlan.h"
#include "runner/RunEvent.h"
#include "sql/SqlSplitter.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace strata {

class HistoryTable;
class RevisionGraph;
class RunSession;
class StepRecorder;
class VersionTable;
struct HistoryRow;
struct Revision;

// A step ready to run: its revision and its statements, split and checked.
struct PreparedStep {
    PlanStep step;
    const Revision* revision = nullptr; // null for stamps
    QList<SqlStatement> statements;

    bool transactional() const;
    // An Alembic `.py` revision: PythonStepExecutor runs it through the project's Alembic.
    bool python() const;
};

// Executes the steps of a plan on a RunSession (DESIGN §6): a transactional step is one
// transaction (TransactionGuard: its statements, version rows and succeeded history row, one
// COMMIT; a failure rolls back and writes the failed row on its own); a `Transactional: no` step
// runs statement by statement after a `running` history row is committed, so a failure leaves
// the environment dirty. Statement, step and progress events go to the sink.
class StepExecutor {
public:
    using EventSink = std::function<void(RunEvent)>;

    StepExecutor(RunSession& session, const VersionTable& versions, const HistoryTable& history,
                 StepRecorder& recorder, EventSink sink, const std::atomic<bool>& cancelled);

    // Checks the plan's steps (known revision, reversible on the way
    // down, statements allowed where they run) and splits their SQL. `targetMajor`: [project]
    // postgres (0 = unknown), which decides whether a statement the grammar rejects is refused
    // or left to the server (SqlGrammar::mayBeNewerSyntax).
    static Result<std::vector<PreparedStep>> prepare(const RevisionGraph& graph,
                                                     const StepPlan& plan, int targetMajor = 0);

    // Creates the version and history tables when missing (one transaction).
    // Creates the version and history tables when missing. A missing version_table_schema is
    // created only with `createSchema` ([project] create_schema = true, as an Alembic env.py
    // would); otherwise it is ErrorCode::Config naming the key in `configFile`.
    Result<void> ensureTables(bool createSchema, const QString& configFile);
    void setBackupFile(const QString& file) { m_backupFile = file; }
    // stamp --purge: the rows the first step deletes, named in its history row.
    void setPurgedRows(const QStringList& rows) { m_purgedRows = rows; }
    // Runs step `index` of `count`. `purgeFirst`: delete every version row first (stamp --purge).
    Result<void> run(const PreparedStep& step, int index, int count, bool purgeFirst);

private:
    Result<void> runTransactional(const PreparedStep& step, int index, int count, bool purgeFirst);
    Result<void> runAutocommit(const PreparedStep& step, int index, int count);
    Result<void> execStatement(const Revision& revision, const SqlStatement& statement,
                               const PlanStep& step, int index);
    RunEvent stepStarted(const PreparedStep& step, int index, int count) const;
    void stepFinished(const RunEvent& started, qint64 durationMs);
    void recordFailure(HistoryRow row, const Error& error, bool update);
    void warn(const QString& message, const Error& error = Error());

    RunSession& m_session;
    const VersionTable& m_versions;
    const HistoryTable& m_history;
    StepRecorder& m_recorder;
    EventSink m_sink;
    const std::atomic<bool>& m_cancelled;
    QString m_backupFile;
    QStringList m_purgedRows;
};

} // namespace strata
