#include "Runner.h"

#include "Project.h"
#include "config/ConnectionUrl.h"
#include "db/Connection.h"
#include "runner/BackupDump.h"
#include "runner/HistoryTable.h"
#include "runner/IndexProgressMonitor.h"
#include "runner/MigrationLock.h"
#include "runner/StepRecorder.h"
#include "runner/VersionTable.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace strata {

namespace {

QString directionName(const PlanStep& step) {
    return step.stamp         ? QStringLiteral("stamp")
           : step.isUpgrade() ? QStringLiteral("upgrade")
                              : QStringLiteral("downgrade");
}

QString dirtyHint(const QString& env) {
    return QStringLiteral("strata resolve --env %1 (--retry | --mark-applied | --mark-rolled-back)")
        .arg(env);
}

} // namespace

QString RunRequest::kindName(Kind kind) {
    switch (kind) {
    case Kind::Upgrade:
        return QStringLiteral("upgrade");
    case Kind::Downgrade:
        return QStringLiteral("downgrade");
    case Kind::Stamp:
        return QStringLiteral("stamp");
    }
    return QStringLiteral("upgrade");
}

// What a plan needs before it runs: the revisions and their statements, split and checked.
struct Runner::Prepared {
    StepPlan plan;
    QStringList heads;
    std::vector<const Revision*> revisions;      // per step (null for stamps)
    std::vector<QList<SqlStatement>> statements; // per step
};

Runner::Runner(const Project& project, const Environment& environment)
    : m_project(project)
    , m_environment(environment) {
    const ProjectConfig& config = project.config();
    m_versions = std::make_unique<VersionTable>(config.versionTableSchema(), config.versionTable());
    m_history = std::make_unique<HistoryTable>(config.versionTableSchema(), config.historyTable());
    m_lock = std::make_unique<MigrationLock>(m_versions->qualifiedName());
    m_recorder = std::make_unique<StepRecorder>(*m_versions, *m_history);
}

Runner::~Runner() = default;

void Runner::setEventHandler(EventHandler handler) {
    std::lock_guard<std::mutex> guard(m_handlerMutex);
    m_handler = std::move(handler);
}

void Runner::cancel() {
    m_cancelled.store(true);
    std::lock_guard<std::mutex> guard(m_cancelMutex);
    if (m_canceller)
        m_canceller->cancel();
}

RunEvent Runner::makeEvent(RunEvent::Kind kind) const {
    RunEvent e;
    e.kind = kind;
    e.environment = m_environment.name;
    return e;
}

void Runner::emitEvent(RunEvent event) {
    event.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    event.environment = m_environment.name;
    if (!m_secrets.isEmpty()) {
        event.message = ConnectionUrl::redactText(event.message, m_secrets);
        event.detail = ConnectionUrl::redactText(event.detail, m_secrets);
        event.statement = ConnectionUrl::redactText(event.statement, m_secrets);
    }
    std::lock_guard<std::mutex> guard(m_handlerMutex);
    if (m_handler)
        m_handler(event);
}

Error Runner::finishError(Error error) {
    auto clean = [this](const QString& text) { return ConnectionUrl::redactText(text, m_secrets); };
    error.message = clean(error.message);
    error.detail = clean(error.detail);
    error.hint = clean(error.hint);
    error.statement = clean(error.statement);
    return error;
}

Result<void> Runner::connect(int connectTimeoutSeconds) {
    Result<QString> conninfo = m_environment.conninfo();
    if (!conninfo)
        return conninfo.error();
    m_conninfo = *conninfo;
    // A new session holds no lock yet (a previous run's session, and its lock, are gone).
    m_lock = std::make_unique<MigrationLock>(m_versions->qualifiedName());
    m_secrets = ConnectionUrl::secrets(m_conninfo);
    ConnectionOptions options;
    options.environment = m_environment.name;
    options.connectTimeoutSeconds = connectTimeoutSeconds;
    if (m_environment.lockTimeoutMs > 0)
        options.lockTimeout = QString::number(m_environment.lockTimeoutMs) + QStringLiteral("ms");
    if (m_environment.statementTimeoutMs > 0)
        options.statementTimeout =
            QString::number(m_environment.statementTimeoutMs) + QStringLiteral("ms");
    auto opened = Connection::open(m_conninfo, options);
    if (!opened) {
        Error e = opened.error();
        e.message = QCoreApplication::translate("strata", "environment '%1' (%2): %3")
                        .arg(m_environment.name, m_environment.displayUrl(), e.message);
        return e;
    }
    m_conn = std::move(opened).value();
    // A runner killed mid-statement must not leave its backend (and the session lock) behind
    // until the statement ends: PostgreSQL 14+ checks for a vanished client every second.
    if (m_conn->serverVersion() >= 140000)
        (void)m_conn->execParams(
            QStringLiteral("SELECT pg_catalog.set_config($1, $2, false)"),
            {QStringLiteral("client_connection_check_interval"), QStringLiteral("1000")});
    {
        std::lock_guard<std::mutex> guard(m_cancelMutex);
        m_canceller = m_conn->canceller();
    }
    m_conn->setNoticeHandler([this](const DbNotice& n) {
        RunEvent e = makeEvent(RunEvent::Kind::Notice);
        e.severity = n.severity;
        e.message = n.message;
        e.detail = n.detail;
        e.hint = n.hint;
        emitEvent(e);
    });
    return {};
}

Result<void> Runner::lock(qint64 lockWaitMs) {
    Result<void> got = m_lock->acquire(
        *m_conn, lockWaitMs,
        [this](const QString& holder) {
            RunEvent e = makeEvent(RunEvent::Kind::LockWaiting);
            e.message =
                QCoreApplication::translate("strata", "waiting for the migration lock held by %1")
                    .arg(holder);
            emitEvent(e);
        },
        &m_cancelled);
    if (!got)
        return got;
    RunEvent e = makeEvent(RunEvent::Kind::LockAcquired);
    e.message =
        QCoreApplication::translate("strata", "migration lock taken (key %1)").arg(m_lock->key());
    emitEvent(e);
    return {};
}

Result<void> Runner::refuseIfDirty() {
    Result<std::optional<HistoryRow>> dirty = m_history->dirtyRow(*m_conn);
    if (!dirty)
        return dirty.error();
    if (!dirty->has_value())
        return {};
    const HistoryRow& row = **dirty;
    Error e(ErrorCode::Dirty,
            QCoreApplication::translate(
                "strata", "environment '%1' is dirty: the %2 of non-transactional revision %3 "
                          "%4 at %5; run `%6` first")
                .arg(m_environment.name, row.direction, row.revision,
                     row.status == HistoryRow::Status::Running
                         ? QCoreApplication::translate("strata", "was interrupted")
                         : HistoryRow::statusName(row.status),
                     row.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")),
                     dirtyHint(m_environment.name)));
    e.revision = row.revision;
    return e;
}

Result<void> Runner::checkPlan(const StepPlan& plan, Prepared& prepared) {
    const RevisionGraph& graph = m_project.graph();
    prepared.revisions.clear();
    prepared.statements.clear();
    for (const PlanStep& step : plan.steps) {
        if (step.stamp) {
            prepared.revisions.push_back(nullptr);
            prepared.statements.emplace_back();
            continue;
        }
        const Revision* rev = graph.revision(step.revision);
        if (!rev)
            return Error(
                ErrorCode::Internal,
                QCoreApplication::translate("strata", "unknown revision %1").arg(step.revision));
        if (rev->source == Revision::Source::AlembicPython) {
            Error e(ErrorCode::Usage,
                    QCoreApplication::translate(
                        "strata", "revision %1 is an Alembic Python revision: strata runs SQL "
                                  "revisions only (run it with alembic, then continue)")
                        .arg(rev->id));
            e.at(rev->filePath, rev->headerLine).revision = rev->id;
            return e;
        }
        if (!step.isUpgrade() && !rev->downgrade.present) {
            Error e(ErrorCode::Usage,
                    QCoreApplication::translate(
                        "strata", "revision %1 is irreversible (no '-- migrate:downgrade' "
                                  "section): cannot downgrade through it")
                        .arg(rev->id));
            e.at(rev->filePath, rev->headerLine).revision = rev->id;
            return e;
        }
        const QList<Error> problems = RevisionChecker::check(*rev);
        if (!problems.isEmpty()) {
            Error e = problems.constFirst();
            if (e.revision.isEmpty())
                e.revision = rev->id;
            e.message = QCoreApplication::translate("strata", "revision %1 cannot run: %2")
                            .arg(rev->id, e.message);
            return e;
        }
        Result<QList<SqlStatement>> statements = RevisionChecker::statementsFor(
            *rev,
            step.isUpgrade() ? RevisionFile::Section::Upgrade : RevisionFile::Section::Downgrade);
        if (!statements)
            return statements.error();
        prepared.revisions.push_back(rev);
        prepared.statements.push_back(*statements);
    }
    prepared.plan = plan;
    return {};
}

Result<void> Runner::checkChecksums(bool strict) {
    Result<QHash<QString, QString>> recorded = m_history->appliedChecksums(*m_conn);
    if (!recorded)
        return recorded.error();
    QStringList changed;
    for (auto it = recorded->constBegin(); it != recorded->constEnd(); ++it) {
        const Revision* rev = m_project.graph().revision(it.key());
        if (!rev || rev->upgrade.checksum.isEmpty() || rev->upgrade.checksum == it.value())
            continue;
        changed << rev->id;
        RunEvent e = makeEvent(RunEvent::Kind::Warning);
        e.revision = rev->id;
        e.message =
            QCoreApplication::translate(
                "strata", "revision %1 was changed after it was applied (%2: checksum "
                          "%3, recorded %4)")
                .arg(rev->id, rev->filePath, rev->upgrade.checksum.left(15), it.value().left(15));
        emitEvent(e);
    }
    if (strict && !changed.isEmpty()) {
        changed.sort();
        return Error(ErrorCode::Checksum,
                     QCoreApplication::translate(
                         "strata", "--strict: applied revision(s) changed since they were "
                                   "applied: %1")
                         .arg(changed.join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> Runner::ensureTables() {
    Result<bool> versionExists = m_versions->exists(*m_conn);
    if (!versionExists)
        return versionExists.error();
    Result<bool> historyExists = m_history->exists(*m_conn);
    if (!historyExists)
        return historyExists.error();
    if (*versionExists && *historyExists)
        return {};
    Result<void> r = m_conn->begin();
    if (r && !*versionExists)
        r = m_versions->create(*m_conn);
    if (r && !*historyExists)
        r = m_history->create(*m_conn);
    if (r)
        r = m_conn->commit();
    if (!r) {
        (void)m_conn->rollback();
        return r;
    }
    return {};
}

Result<Runner::Prepared> Runner::prepare(const RunRequest& request, Mode mode) {
    Result<void> step = connect(request.connectTimeoutSeconds);
    if (!step)
        return step.error();
    if (mode == Mode::Run) {
        step = lock(request.lockWaitMs);
        if (!step)
            return step.error();
        step = refuseIfDirty();
        if (!step)
            return step.error();
    } else if (Result<void> dirty = refuseIfDirty(); !dirty) {
        // A dry run still shows its plan, but says that a real run would refuse.
        RunEvent e = makeEvent(RunEvent::Kind::Warning);
        e.message = dirty.error().message;
        emitEvent(e);
    }
    Prepared prepared;
    Result<QStringList> heads = m_versions->readHeads(*m_conn);
    if (!heads)
        return heads.error();
    prepared.heads = *heads;
    const RevisionGraph& graph = m_project.graph();
    for (const QString& h : prepared.heads)
        if (!graph.contains(h))
            return Error(ErrorCode::Target,
                         QCoreApplication::translate(
                             "strata", "environment '%1' is at revision %2, which is not in this "
                                       "project's version folders")
                             .arg(m_environment.name, h));
    Result<StepPlan> plan = request.kind == RunRequest::Kind::Upgrade
                                ? graph.planUpgrade(request.targets.value(0), prepared.heads)
                            : request.kind == RunRequest::Kind::Downgrade
                                ? graph.planDowngrade(request.targets.value(0), prepared.heads)
                                : graph.planStamp(request.targets, prepared.heads, request.purge);
    if (!plan)
        return plan.error();
    step = checkPlan(*plan, prepared);
    if (!step)
        return step.error();
    step = checkChecksums(request.strict && mode == Mode::Run);
    if (!step)
        return step.error();
    return prepared;
}

Result<StepPlan> Runner::plan(const RunRequest& request) {
    m_cancelled.store(false);
    m_clock.start();
    Result<Prepared> prepared = prepare(request, Mode::DryRun);
    m_conn.reset();
    if (!prepared)
        return finishError(prepared.error());
    return prepared->plan;
}

Result<RunSummary> Runner::run(const RunRequest& request) {
    m_cancelled.store(false);
    m_clock.start();
    m_backupFile.clear();
    RunSummary summary;
    {
        RunEvent e = makeEvent(RunEvent::Kind::RunStarted);
        e.message = QCoreApplication::translate("strata", "%1 %2 on %3")
                        .arg(RunRequest::kindName(request.kind),
                             request.targets.join(QLatin1Char(' ')), m_environment.name);
        emitEvent(e);
    }
    auto failed = [this](Error error) -> Result<RunSummary> {
        error = finishError(std::move(error));
        RunEvent e = makeEvent(error.code == ErrorCode::Cancelled ? RunEvent::Kind::RunCancelled
                                                                  : RunEvent::Kind::RunFailed);
        e.error = error;
        e.revision = error.revision;
        e.message = error.message;
        emitEvent(e);
        // Unlock explicitly while the session is usable (rolled back): closing the session
        // frees the lock too, but the server does that after we return, and the next runner
        // should not have to wait for it.
        if (m_lock && m_conn && m_conn->isOpen() &&
            m_conn->transactionStatus() == Connection::TransactionStatus::Idle)
            (void)m_lock->release(*m_conn);
        m_conn.reset(); // ends the session: the advisory lock goes with it
        {
            std::lock_guard<std::mutex> guard(m_cancelMutex);
            m_canceller.reset();
        }
        return error;
    };
    Result<Prepared> prepared = prepare(request, Mode::Run);
    if (!prepared)
        return failed(prepared.error());
    summary.headsBefore = prepared->heads;
    Result<void> ran = runSteps(prepared->plan, *prepared, summary);
    if (!ran)
        return failed(ran.error());
    (void)m_lock->release(*m_conn);
    m_conn.reset();
    {
        std::lock_guard<std::mutex> guard(m_cancelMutex);
        m_canceller.reset();
    }
    summary.durationMs = m_clock.elapsed();
    RunEvent e = makeEvent(RunEvent::Kind::RunFinished);
    e.stepCount = int(summary.plan.steps.size());
    e.durationMs = summary.durationMs;
    e.message =
        summary.plan.steps.isEmpty()
            ? QCoreApplication::translate("strata", "nothing to do: %1 is at %2")
                  .arg(m_environment.name, summary.headsAfter.isEmpty()
                                               ? QStringLiteral("base")
                                               : summary.headsAfter.join(QStringLiteral(", ")))
            : QCoreApplication::translate("strata", "%1 step(s) done; %2 is at %3")
                  .arg(summary.stepsDone)
                  .arg(m_environment.name, summary.headsAfter.isEmpty()
                                               ? QStringLiteral("base")
                                               : summary.headsAfter.join(QStringLiteral(", ")));
    emitEvent(e);
    return summary;
}

Result<void> Runner::runSteps(const StepPlan& plan, const Prepared& prepared, RunSummary& summary) {
    summary.plan = plan;
    summary.headsAfter = plan.initialHeads;
    if (plan.steps.isEmpty() && !plan.purge)
        return {};
    Result<void> r = ensureTables();
    if (!r)
        return r;
    m_recorder->prepare(*m_conn);
    if (m_environment.backup && !plan.steps.isEmpty()) {
        Result<QString> file = backup();
        if (!file)
            return file.error();
        m_backupFile = *file;
        summary.backupFile = *file;
    }
    bool purgeFirst = plan.purge;
    if (plan.steps.isEmpty() && purgeFirst) { // stamp --purge to base
        r = m_versions->deleteAll(*m_conn);
        if (!r)
            return r;
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps.at(i);
        if (cancelRequested())
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("strata", "cancelled before %1 %2")
                             .arg(directionName(step), step.revision));
        const Revision* rev = prepared.revisions.at(size_t(i));
        const bool transactional = step.stamp || !rev || rev->transactional;
        r = transactional ? runTransactionalStep(step, i, prepared, purgeFirst)
                          : runAutocommitStep(step, i, prepared);
        if (!r)
            return r;
        purgeFirst = false;
        ++summary.stepsDone;
        summary.headsAfter = step.headsAfter;
    }
    summary.headsAfter = plan.resultingHeads;
    return {};
}

Result<QString> Runner::backup() {
    RunEvent e = makeEvent(RunEvent::Kind::Warning);
    e.message = QCoreApplication::translate("strata", "backing up %1 with pg_dump -Fc into %2")
                    .arg(m_environment.name, m_project.config().backupDir());
    emitEvent(e);
    Result<QString> file = BackupDump::run(m_conninfo, m_project.config().backupDir(),
                                           m_environment.name, &m_cancelled);
    if (file) {
        RunEvent done = makeEvent(RunEvent::Kind::Warning);
        done.message = QCoreApplication::translate("strata", "backup written: %1").arg(*file);
        emitEvent(done);
    }
    return file;
}

Result<void> Runner::execStatement(const Revision& rev, const SqlStatement& statement,
                                   const PlanStep& step, int index) {
    if (cancelRequested()) {
        Error e(ErrorCode::Cancelled,
                QCoreApplication::translate("strata", "revision %1: cancelled").arg(rev.id));
        e.at(rev.filePath, statement.line).revision = rev.id;
        return e;
    }
    RunEvent started = makeEvent(RunEvent::Kind::StatementStarted);
    started.revision = rev.id;
    started.direction = directionName(step);
    started.stepIndex = index + 1;
    started.statement = statement.text;
    started.line = statement.line;
    started.commandTag = statement.tag;
    emitEvent(started);

    QElapsedTimer timer;
    timer.start();
    Result<QueryResult> result = QueryResult();
    if (statement.tag.startsWith(QLatin1String("CREATE INDEX"))) {
        const int pid = m_conn->backendPid();
        const QString revision = rev.id;
        IndexProgressMonitor monitor(m_conninfo, m_conn->options(), pid,
                                     [this, revision, index](RunEvent e) {
                                         e.revision = revision;
                                         e.stepIndex = index + 1;
                                         emitEvent(e);
                                     });
        result = m_conn->exec(statement.text);
    } else {
        result = m_conn->exec(statement.text);
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
        m_recorder->forget(); // DISCARD TEMP / ALL dropped our session function
    RunEvent finished = makeEvent(RunEvent::Kind::StatementFinished);
    finished.revision = rev.id;
    finished.direction = started.direction;
    finished.stepIndex = index + 1;
    finished.statement = statement.text;
    finished.line = statement.line;
    finished.durationMs = timer.elapsed();
    finished.commandTag = result->commandTag();
    finished.rows = result->rowsAffected();
    emitEvent(finished);
    return {};
}

void Runner::recordFailure(HistoryRow row, const Error& error, bool update) {
    row.status = error.code == ErrorCode::Cancelled ? HistoryRow::Status::Cancelled
                                                    : HistoryRow::Status::Failed;
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.durationMs = row.startedAt.msecsTo(row.finishedAt);
    const Error clean = finishError(error);
    row.errorSqlstate = clean.sqlstate;
    row.errorMessage = clean.message;
    if (!clean.detail.isEmpty())
        row.errorMessage += QStringLiteral(" DETAIL: ") + clean.detail;
    row.errorStatement = clean.statement;
    row.errorLine = clean.line;
    row.errorPosition = clean.position;
    // The session may be gone (pg_terminate_backend, network): write it on a new one.
    std::unique_ptr<Connection> fresh;
    Connection* conn = m_conn.get();
    if (!conn || !conn->isOpen() ||
        conn->transactionStatus() == Connection::TransactionStatus::Unknown) {
        ConnectionOptions options = m_conn ? m_conn->options() : ConnectionOptions();
        options.environment = m_environment.name;
        options.statementTimeout = QStringLiteral("30s");
        auto opened = Connection::open(m_conninfo, options);
        if (!opened) {
            RunEvent e = makeEvent(RunEvent::Kind::Warning);
            e.message =
                QCoreApplication::translate("strata", "could not record the failure in %1: %2")
                    .arg(m_history->qualifiedName(), opened.error().message);
            emitEvent(e);
            return;
        }
        fresh = std::move(opened).value();
        conn = fresh.get();
    }
    Result<void> written =
        update ? m_history->finish(*conn, row)
        : m_history->insert(*conn, row).ok()
            ? Result<void>()
            : Result<void>(Error(ErrorCode::Database,
                                 QCoreApplication::translate("strata", "insert failed")));
    if (!written) {
        RunEvent e = makeEvent(RunEvent::Kind::Warning);
        e.message = QCoreApplication::translate("strata", "could not record the failure in %1: %2")
                        .arg(m_history->qualifiedName(), written.error().message);
        emitEvent(e);
    }
}

Result<void> Runner::runTransactionalStep(const PlanStep& step, int index, const Prepared& prepared,
                                          bool purgeFirst) {
    const Revision* rev = prepared.revisions.at(size_t(index));
    RunEvent started = makeEvent(RunEvent::Kind::StepStarted);
    started.revision = step.revision;
    started.direction = directionName(step);
    started.stepIndex = index + 1;
    started.stepCount = int(prepared.plan.steps.size());
    started.message =
        QCoreApplication::translate("strata", "%1 %2 -> %3")
            .arg(started.direction,
                 step.fromRevisions.isEmpty() ? QStringLiteral("<base>")
                                              : step.fromRevisions.join(QStringLiteral(", ")),
                 step.toRevisions.isEmpty() ? QStringLiteral("<base>")
                                            : step.toRevisions.join(QStringLiteral(", ")));
    if (rev)
        started.detail = rev->message;
    emitEvent(started);

    HistoryRow row = HistoryRow::started(step.revision, started.direction, m_environment.name);
    row.backupFile = m_backupFile;
    if (rev)
        row.checksum = step.isUpgrade() ? rev->upgrade.checksum : rev->downgrade.checksum;
    QElapsedTimer timer;
    timer.start();

    Result<void> r = m_conn->begin();
    if (r && purgeFirst)
        r = m_versions->deleteAll(*m_conn);
    if (r && rev) {
        for (const SqlStatement& s : prepared.statements.at(size_t(index))) {
            r = execStatement(*rev, s, step, index);
            if (!r)
                break;
        }
    }
    if (r) {
        // The version rows and the succeeded history row in one round trip: a revision
        // costs BEGIN, its statements, this, COMMIT.
        row.status = HistoryRow::Status::Succeeded;
        row.finishedAt = QDateTime::currentDateTimeUtc();
        row.durationMs = timer.elapsed();
        Result<qint64> id = m_recorder->record(*m_conn, row, step.rows);
        if (!id)
            r = id.error();
    }
    if (r && cancelRequested())
        r = Error(ErrorCode::Cancelled,
                  QCoreApplication::translate("strata", "%1 of revision %2 cancelled")
                      .arg(started.direction, step.revision));
    if (r)
        r = m_conn->commit();
    if (!r) {
        Error error = r.error();
        if (error.revision.isEmpty())
            error.revision = step.revision;
        if (m_conn->isOpen())
            (void)m_conn->rollback();
        recordFailure(row, error, false);
        return error;
    }
    RunEvent finished = makeEvent(RunEvent::Kind::StepFinished);
    finished.revision = step.revision;
    finished.direction = started.direction;
    finished.stepIndex = index + 1;
    finished.stepCount = started.stepCount;
    finished.durationMs = timer.elapsed();
    emitEvent(finished);
    return {};
}

Result<void> Runner::runAutocommitStep(const PlanStep& step, int index, const Prepared& prepared) {
    const Revision* rev = prepared.revisions.at(size_t(index));
    RunEvent started = makeEvent(RunEvent::Kind::StepStarted);
    started.revision = step.revision;
    started.direction = directionName(step);
    started.stepIndex = index + 1;
    started.stepCount = int(prepared.plan.steps.size());
    started.message =
        QCoreApplication::translate("strata", "%1 %2 (Transactional: no, statement by statement)")
            .arg(started.direction, step.revision);
    started.detail = rev->message;
    emitEvent(started);

    HistoryRow row = HistoryRow::started(step.revision, started.direction, m_environment.name);
    row.backupFile = m_backupFile;
    row.transactional = false;
    row.checksum = step.isUpgrade() ? rev->upgrade.checksum : rev->downgrade.checksum;
    row.status = HistoryRow::Status::Running;
    QElapsedTimer timer;
    timer.start();
    Result<qint64> id = m_history->insert(*m_conn, row);
    if (!id)
        return id.error();
    row.id = *id;

    Result<void> r;
    for (const SqlStatement& s : prepared.statements.at(size_t(index))) {
        r = execStatement(*rev, s, step, index);
        if (!r)
            break;
    }
    if (r)
        r = m_conn->begin();
    if (r)
        r = m_versions->applyAll(*m_conn, step.rows);
    if (r) {
        row.status = HistoryRow::Status::Succeeded;
        row.finishedAt = QDateTime::currentDateTimeUtc();
        row.durationMs = timer.elapsed();
        r = m_history->finish(*m_conn, row);
    }
    if (r)
        r = m_conn->commit();
    if (!r) {
        Error error = r.error();
        if (error.revision.isEmpty())
            error.revision = step.revision;
        if (m_conn->isOpen() && m_conn->transactionStatus() != Connection::TransactionStatus::Idle)
            (void)m_conn->rollback();
        row.status = HistoryRow::Status::Running;
        recordFailure(row, error, true);
        error.message += QStringLiteral(" -- environment '%1' is now dirty (non-transactional "
                                        "revision); fix it, then `%2`")
                             .arg(m_environment.name, dirtyHint(m_environment.name));
        return error;
    }
    RunEvent finished = makeEvent(RunEvent::Kind::StepFinished);
    finished.revision = step.revision;
    finished.direction = started.direction;
    finished.stepIndex = index + 1;
    finished.stepCount = started.stepCount;
    finished.durationMs = timer.elapsed();
    emitEvent(finished);
    return {};
}

Result<RunSummary> Runner::resolve(ResolveAction action, qint64 lockWaitMs) {
    m_cancelled.store(false);
    m_clock.start();
    m_backupFile.clear();
    auto failed = [this](Error error) -> Result<RunSummary> {
        error = finishError(std::move(error));
        RunEvent e = makeEvent(RunEvent::Kind::RunFailed);
        e.error = error;
        e.message = error.message;
        emitEvent(e);
        m_conn.reset();
        std::lock_guard<std::mutex> guard(m_cancelMutex);
        m_canceller.reset();
        return error;
    };
    Result<void> r = connect(10);
    if (r)
        r = lock(lockWaitMs);
    if (!r)
        return failed(r.error());
    Result<std::optional<HistoryRow>> dirty = m_history->dirtyRow(*m_conn);
    if (!dirty)
        return failed(dirty.error());
    if (!dirty->has_value())
        return failed(Error(ErrorCode::Usage,
                            QCoreApplication::translate("strata", "environment '%1' is not dirty: "
                                                                  "nothing to resolve")
                                .arg(m_environment.name)));
    const HistoryRow row = **dirty;
    const RevisionGraph& graph = m_project.graph();
    const Revision* rev = graph.revision(row.revision);
    if (!rev && action != ResolveAction::MarkRolledBack)
        return failed(Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("strata", "the dirty revision %1 is not in this project")
                .arg(row.revision)));
    Result<QStringList> heads = m_versions->readHeads(*m_conn);
    if (!heads)
        return failed(heads.error());
    RunSummary summary;
    summary.headsBefore = *heads;
    summary.headsAfter = *heads;
    if (action == ResolveAction::MarkRolledBack) {
        r = m_history->setResolution(*m_conn, row.id, QStringLiteral("marked-rolled-back"));
        if (!r)
            return failed(r.error());
    } else {
        // The step the failed row stood for, planned again from the current heads.
        Result<StepPlan> plan = StepPlan();
        if (row.direction == QLatin1String("upgrade")) {
            plan = graph.planUpgrade(rev->id, *heads);
        } else {
            const QString target = rev->parents.size() == 1 ? rev->parents.constFirst()
                                   : rev->parents.isEmpty() ? QStringLiteral("base")
                                                            : rev->id + QStringLiteral("-1");
            plan = graph.planDowngrade(target, *heads);
        }
        if (!plan)
            return failed(plan.error());
        StepPlan one;
        one.initialHeads = plan->initialHeads;
        for (const PlanStep& step : plan->steps)
            if (step.revision == rev->id) {
                one.steps << step;
                one.resultingHeads = step.headsAfter;
                break;
            }
        if (one.steps.isEmpty())
            return failed(Error(ErrorCode::Target,
                                QCoreApplication::translate(
                                    "strata", "revision %1 is no longer a step from the current "
                                              "heads (%2); use --mark-rolled-back")
                                    .arg(rev->id, heads->join(QStringLiteral(", ")))));
        if (action == ResolveAction::MarkApplied) {
            const PlanStep& step = one.steps.constFirst();
            HistoryRow applied = HistoryRow::started(rev->id, row.direction, m_environment.name);
            applied.transactional = false;
            applied.checksum = row.checksum;
            applied.status = HistoryRow::Status::Succeeded;
            applied.finishedAt = applied.startedAt;
            applied.durationMs = 0;
            applied.errorMessage =
                QCoreApplication::translate("strata", "marked applied by strata resolve (row %1)")
                    .arg(row.id);
            r = m_conn->begin();
            if (r)
                r = m_versions->applyAll(*m_conn, step.rows);
            if (r) {
                Result<qint64> id = m_history->insert(*m_conn, applied);
                if (!id)
                    r = id.error();
            }
            if (r)
                r = m_history->setResolution(*m_conn, row.id, QStringLiteral("marked-applied"));
            if (r)
                r = m_conn->commit();
            if (!r) {
                (void)m_conn->rollback();
                return failed(r.error());
            }
            summary.plan = one;
            summary.stepsDone = 1;
            summary.headsAfter = step.headsAfter;
        } else {
            Prepared prepared;
            r = checkPlan(one, prepared);
            if (r)
                r = m_history->setResolution(*m_conn, row.id, QStringLiteral("retried"));
            if (r)
                r = runSteps(one, prepared, summary);
            if (!r)
                return failed(r.error());
        }
    }
    (void)m_lock->release(*m_conn);
    m_conn.reset();
    {
        std::lock_guard<std::mutex> guard(m_cancelMutex);
        m_canceller.reset();
    }
    summary.durationMs = m_clock.elapsed();
    RunEvent e = makeEvent(RunEvent::Kind::RunFinished);
    e.stepCount = summary.stepsDone;
    e.durationMs = summary.durationMs;
    e.message = QCoreApplication::translate("strata", "environment '%1' resolved; it is at %2")
                    .arg(m_environment.name, summary.headsAfter.isEmpty()
                                                 ? QStringLiteral("base")
                                                 : summary.headsAfter.join(QStringLiteral(", ")));
    emitEvent(e);
    return summary;
}

} // namespace strata
