#include "runner/StepExecutor.h"

#include "db/Connection.h"
#include "db/TransactionGuard.h"
#include "revision/RevisionGraph.h"
#include "runner/DirtyStateResolver.h"
#include "runner/HistoryTable.h"
#include "runner/IndexProgressMonitor.h"
#include "runner/RunSession.h"
#include "runner/StepRecorder.h"
#include "runner/VersionTable.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace strata {

namespace {

QString directionName(const PlanStep& step) {
    return step.stamp         ? QStringLiteral("stamp")
           : step.isUpgrade() ? QStringLiteral("upgrade")
                              : QStringLiteral("downgrade");
}

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

Error revisionError(const Revision& rev, const QString& message) {
    Error e(ErrorCode::Usage, message);
    e.at(rev.filePath, rev.headerLine).revision = rev.id;
    return e;
}

Result<PreparedStep> prepareStep(const RevisionGraph& graph, const PlanStep& step,
                                 int targetMajor) {
    PreparedStep prepared;
    prepared.step = step;
    if (step.stamp)
        return prepared;
    const Revision* rev = graph.revision(step.revision);
    if (!rev)
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("strata", "unknown revision %1").arg(step.revision));
    if (rev->source == Revision::Source::AlembicPython) {
        // Run by the project's own Alembic (PythonStepExecutor): no SQL to split here.
        prepared.revision = rev;
        return prepared;
    }
    if (!step.isUpgrade() && !rev->downgrade.present)
        return revisionError(*rev, QCoreApplication::translate(
                                       "strata", "revision %1 is irreversible (no '-- "
                                                 "migrate:downgrade' section): cannot downgrade "
                                                 "through it")
                                       .arg(rev->id));
    STRATA_TRY(RevisionChecker::runnable(*rev, targetMajor));
    STRATA_TRY_ASSIGN(prepared.statements, RevisionChecker::statementsFor(
                                               *rev,
                                               step.isUpgrade() ? RevisionFile::Section::Upgrade
                                                                : RevisionFile::Section::Downgrade,
                                               targetMajor));
    prepared.revision = rev;
    return prepared;
}

} // namespace

bool PreparedStep::python() const {
    return revision && revision->source == Revision::Source::AlembicPython;
}

bool PreparedStep::transactional() const {
    return step.stamp || !revision || revision->transactional;
}

StepExecutor::StepExecutor(RunSession& session, const VersionTable& versions,
                           const HistoryTable& history, StepRecorder& recorder, EventSink sink,
                           const std::atomic<bool>& cancelled)
    : m_session(session)
    , m_versions(versions)
    , m_history(history)
    , m_recorder(recorder)
    , m_sink(std::move(sink))
    , m_cancelled(cancelled) {}

Result<std::vector<PreparedStep>> StepExecutor::prepare(const RevisionGraph& graph,
                                                        const StepPlan& plan, int targetMajor) {
    std::vector<PreparedStep> steps;
    steps.reserve(size_t(plan.steps.size()));
    for (const PlanStep& step : plan.steps) {
        STRATA_TRY_ASSIGN(PreparedStep prepared, prepareStep(graph, step, targetMajor));
        steps.push_back(std::move(prepared));
    }
    return steps;
}

Result<void> StepExecutor::ensureTables(bool createSchema, const QString& configFile) {
    Connection& conn = m_session.connection();
    STRATA_TRY_ASSIGN(const bool versionExists, m_versions.exists(conn));
    STRATA_TRY_ASSIGN(const bool historyExists, m_history.exists(conn));
    if (versionExists && historyExists)
        return {};
    const QString schema =
        m_versions.schema().isEmpty() ? QStringLiteral("public") : m_versions.schema();
    STRATA_TRY_ASSIGN(const QueryResult found,
                      conn.execParams(QStringLiteral("SELECT pg_catalog.to_regnamespace($1) IS "
                                                     "NOT NULL"),
                                      {conn.quoteIdentifier(schema)}));
    const bool schemaExists = found.scalar() == QLatin1String("t");
    if (!schemaExists && !createSchema) {
        Error e(ErrorCode::Config,
                QCoreApplication::translate(
                    "strata", "environment '%1': schema '%2' (project.version_table_schema) does "
                              "not exist; create it, or set create_schema = true in [project]")
                    .arg(m_session.environment().name, schema));
        e.at(configFile);
        return e;
    }
    TransactionGuard tx(conn);
    STRATA_TRY(tx.begun());
    if (!schemaExists)
        STRATA_TRY(conn.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") +
                             conn.quoteIdentifier(schema)));
    if (!versionExists)
        STRATA_TRY(m_versions.create(conn));
    if (!historyExists)
        STRATA_TRY(m_history.create(conn));
    return tx.commit();
}

Result<void> StepExecutor::run(const PreparedStep& step, int index, int count, bool purgeFirst) {
    return step.transactional() ? runTransactional(step, index, count, purgeFirst)
                                : runAutocommit(step, index, count);
}

void StepExecutor::warn(const QString& message, const Error& error) {
    RunEvent e;
    e.kind = RunEvent::Kind::Warning;
    e.message = message;
    e.error = m_session.redact(error);
    m_sink(e);
}

RunEvent StepExecutor::stepStarted(const PreparedStep& prepared, int index, int count) const {
    const PlanStep& step = prepared.step;
    RunEvent started;
    started.kind = RunEvent::Kind::StepStarted;
    started.revision = step.revision;
    started.direction = directionName(step);
    started.stepIndex = index + 1;
    started.stepCount = count;
    started.message = prepared.transactional()
                          ? QCoreApplication::translate("strata", "%1 %2 -> %3")
                                .arg(started.direction, headsText(step.fromRevisions),
                                     headsText(step.toRevisions))
                          : QCoreApplication::translate(
                                "strata", "%1 %2 (Transactional: no, statement by statement)")
                                .arg(started.direction, step.revision);
    if (prepared.revision)
        started.detail = prepared.revision->message;
    return started;
}

void StepExecutor::stepFinished(const RunEvent& started, qint64 durationMs) {
    RunEvent finished;
    finished.kind = RunEvent::Kind::StepFinished;
    finished.revision = started.revision;
    finished.direction = started.direction;
    finished.stepIndex = started.stepIndex;
    finished.stepCount = started.stepCount;
    finished.durationMs = durationMs;
    m_sink(finished);
}

Result<void> StepExecutor::runTransactional(const PreparedStep& prepared, int index, int count,
                                            bool purgeFirst) {
    const PlanStep& step = prepared.step;
    const Revision* rev = prepared.revision;
    const RunEvent started = stepStarted(prepared, index, count);
    m_sink(started);

    HistoryRow row =
        HistoryRow::started(step.revision, started.direction, m_session.environment().name);
    row.backupFile = m_backupFile;
    if (rev)
        row.checksum = step.isUpgrade() ? rev->upgrade.checksum : rev->downgrade.checksum;
    QElapsedTimer timer;
    timer.start();

    Connection& conn = m_session.connection();
    Result<void> r = [&]() -> Result<void> {
        TransactionGuard tx(conn);
        STRATA_TRY(tx.begun());
        if (purgeFirst) {
            STRATA_TRY(m_versions.deleteAll(conn));
            // The history says what the purge removed.
            row.resolution = m_purgedRows.isEmpty()
                                 ? QStringLiteral("purged")
                                 : QStringLiteral("purged %1").arg(m_purgedRows.join(u','));
        }
        if (rev)
            for (const SqlStatement& s : prepared.statements)
                STRATA_TRY(execStatement(*rev, s, step, index));
        // The version rows and the succeeded history row in one round trip: a revision
        // costs BEGIN, its statements, this, COMMIT.
        HistoryRow done = row;
        done.status = HistoryRow::Status::Succeeded;
        done.finishedAt = QDateTime::currentDateTimeUtc();
        done.durationMs = timer.elapsed();
        STRATA_TRY(m_recorder.record(conn, done, step.rows));
        if (m_cancelled.load())
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("strata", "%1 of revision %2 cancelled")
                             .arg(started.direction, step.revision));
        return tx.commit();
    }(); // the guard has rolled back on every way out but a commit
    if (!r) {
        Error error = r.error();
        if (error.revision.isEmpty())
            error.revision = step.revision;
        recordFailure(row, error, false);
        return error;
    }
    stepFinished(started, timer.elapsed());
    return {};
}

Result<void> StepExecutor::runAutocommit(const PreparedStep& prepared, int index, int count) {
    const PlanStep& step = prepared.step;
    const Revision* rev = prepared.revision;
    const RunEvent started = stepStarted(prepared, index, count);
    m_sink(started);

    const QString& env = m_session.environment().name;
    HistoryRow row = HistoryRow::started(step.revision, started.direction, env);
    row.backupFile = m_backupFile;
    row.transactional = false;
    row.checksum = step.isUpgrade() ? rev->upgrade.checksum : rev->downgrade.checksum;
    row.status = HistoryRow::Status::Running;
    QElapsedTimer timer;
    timer.start();
    Connection& conn = m_session.connection();
    STRATA_TRY_ASSIGN(row.id, m_history.insert(conn, row));

    Result<void> r = [&]() -> Result<void> {
        for (const SqlStatement& s : prepared.statements)
            STRATA_TRY(execStatement(*rev, s, step, index));
        TransactionGuard tx(conn);
        STRATA_TRY(tx.begun());
        STRATA_TRY(m_versions.applyAll(conn, step.rows));
        HistoryRow done = row;
        done.status = HistoryRow::Status::Succeeded;
        done.finishedAt = QDateTime::currentDateTimeUtc();
        done.durationMs = timer.elapsed();
        STRATA_TRY(m_history.finish(conn, done));
        return tx.commit();
    }();
    if (!r) {
        Error error = r.error();
        if (error.revision.isEmpty())
            error.revision = step.revision;
        recordFailure(row, error, true);
        error.message += QStringLiteral(" -- environment '%1' is now dirty (non-transactional "
                                        "revision); fix it, then `%2`")
                             .arg(env, DirtyStateResolver::hint(env));
        return error;
    }
    stepFinished(started, timer.elapsed());
    return {};
}

Result<void> StepExecutor::execStatement(const Revision& rev, const SqlStatement& statement,
                                         const PlanStep& step, int index) {
    if (m_cancelled.load()) {
        Error e(ErrorCode::Cancelled,
                QCoreApplication::translate("strata", "revision %1: cancelled").arg(rev.id));
        e.at(rev.filePath, statement.line).revision = rev.id;
        return e;
    }
    RunEvent started;
    started.kind = RunEvent::Kind::StatementStarted;
    started.revision = rev.id;
    started.direction = directionName(step);
    started.stepIndex = index + 1;
    started.statement = statement.text;
    started.line = statement.line;
    started.commandTag = statement.tag;
    m_sink(started);

    Connection& conn = m_session.connection();
    QElapsedTimer timer;
    timer.start();
    Result<QueryResult> result = QueryResult();
    // pg_stat_progress_create_index also reports REINDEX, and the index a DO block builds (the
    // sample project's HNSW index, guarded by whether pgvector is there).
    if (statement.tag.startsWith(QLatin1String("CREATE INDEX")) ||
        statement.tag == QLatin1String("REINDEX") || statement.tag == QLatin1String("DO")) {
        const QString revision = rev.id;
        IndexProgressMonitor monitor(m_session.environment(), conn.backendPid(),
                                     [this, revision, index](RunEvent e) {
                                         e.revision = revision;
                                         e.stepIndex = index + 1;
                                         m_sink(e);
                                     });
        result = conn.exec(statement.text);
    } else {
        result = conn.exec(statement.text);
    }
    if (!result) {
        Error e = result.error();
        int line = statement.line;
        if (e.position > 0)
            line += int(statement.text.left(e.position - 1).count(QLatin1Char('\n')));
        const QString verb =
            step.isUpgrade() ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
        e.message = e.code == ErrorCode::Cancelled
                        ? QCoreApplication::translate("strata", "%1 of revision %2 cancelled: %3")
                              .arg(verb, rev.id, e.message)
                        : QCoreApplication::translate("strata", "%1 of revision %2 failed: %3")
                              .arg(verb, rev.id, e.message);
        e.at(rev.filePath, line).revision = rev.id;
        if (e.statement.isEmpty())
            e.statement = statement.text;
        return e;
    }
    if (statement.tag.startsWith(QLatin1String("DISCARD")))
        m_recorder.forget(); // DISCARD TEMP / ALL dropped our session function
    RunEvent finished = started;
    finished.kind = RunEvent::Kind::StatementFinished;
    finished.durationMs = timer.elapsed();
    finished.commandTag = result->commandTag();
    finished.rows = result->rowsAffected();
    m_sink(finished);
    return {};
}

void StepExecutor::recordFailure(HistoryRow row, const Error& error, bool update) {
    row.status = error.code == ErrorCode::Cancelled ? HistoryRow::Status::Cancelled
                                                    : HistoryRow::Status::Failed;
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.durationMs = row.startedAt.msecsTo(row.finishedAt);
    const Error clean = m_session.redact(error);
    row.errorSqlstate = clean.sqlstate;
    row.errorMessage = clean.message;
    if (!clean.detail.isEmpty())
        row.errorMessage += QStringLiteral(" DETAIL: ") + clean.detail;
    row.errorStatement = clean.statement;
    row.errorLine = clean.line;
    row.errorPosition = clean.position;
    const QString cannot =
        QCoreApplication::translate("strata", "could not record the failure in %1: %2");
    // The session may be gone (pg_terminate_backend, network): write it on a new one.
    std::unique_ptr<Connection> fresh;
    Connection* conn = m_session.isOpen() ? &m_session.connection() : nullptr;
    if (!conn || conn->transactionStatus() == Connection::TransactionStatus::Unknown) {
        Result<std::unique_ptr<Connection>> opened = m_session.openSide();
        if (!opened)
            return warn(cannot.arg(m_history.qualifiedName(), opened.error().message),
                        opened.error());
        fresh = std::move(opened).value();
        conn = fresh.get();
    }
    const Result<void> written =
        update ? m_history.finish(*conn, row)
               : m_history.insert(*conn, row).transform([](qint64) {}); // the real error, if any
    if (!written)
        warn(cannot.arg(m_history.qualifiedName(), written.error().message), written.error());
}

} // namespace strata
