#include "Runner.h"

#include "Project.h"
#include "alembic/PythonInterpreter.h"
#include "db/Connection.h"
#include "runner/BackupDump.h"
#include "runner/HistoryTable.h"
#include "runner/IdWidthCheck.h"
#include "runner/Planner.h"
#include "runner/PythonStepExecutor.h"
#include "runner/RunSession.h"
#include "runner/StepExecutor.h"
#include "runner/StepRecorder.h"
#include "runner/VersionTable.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace strata {

namespace {

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("base") : heads.join(QStringLiteral(", "));
}

} // namespace

// What a plan needs before it runs: the heads it starts from and its steps, split and checked.
struct Runner::Prepared {
    QStringList heads;
    StepPlan plan;
    std::vector<PreparedStep> steps;
};

Runner::Runner(const Project& project, const Environment& environment)
    : m_project(project)
    , m_environment(environment) {
    const ProjectConfig& config = project.config();
    m_versions = std::make_unique<VersionTable>(config.versionTableSchema(), config.versionTable());
    m_history = std::make_unique<HistoryTable>(config.versionTableSchema(), config.historyTable());
    m_recorder = std::make_unique<StepRecorder>(*m_versions, *m_history);
    auto sink = [this](RunEvent e) { emitEvent(std::move(e)); };
    m_session = std::make_unique<RunSession>(m_environment, m_versions->qualifiedName(), sink);
    m_executor = std::make_unique<StepExecutor>(*m_session, *m_versions, *m_history, *m_recorder,
                                                sink, m_cancelled);
    m_python = std::make_unique<PythonStepExecutor>(*m_session, *m_versions, *m_history, sink,
                                                    m_cancelled);
    m_resolver =
        std::make_unique<DirtyStateResolver>(project.graph(), *m_session, *m_versions, *m_history);
}

Runner::~Runner() = default;

void Runner::setEventHandler(EventHandler handler) {
    std::lock_guard<std::mutex> guard(m_handlerMutex);
    m_handler = std::move(handler);
}

void Runner::cancel() {
    m_cancelled.store(true);
    m_session->cancel();
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
    event.message = m_session->redact(event.message);
    event.detail = m_session->redact(event.detail);
    event.statement = m_session->redact(event.statement);
    std::lock_guard<std::mutex> guard(m_handlerMutex);
    if (m_handler)
        m_handler(event);
}

Result<void> Runner::checkChecksums(bool strict) {
    STRATA_TRY_ASSIGN(const auto recorded, m_history->appliedChecksums(m_session->connection()));
    QStringList changed;
    for (auto it = recorded.constBegin(); it != recorded.constEnd(); ++it) {
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

Result<Runner::Prepared> Runner::prepare(const RunRequest& request, bool forRun) {
    STRATA_TRY(m_session->open(request.connectTimeoutSeconds));
    if (forRun) {
        STRATA_TRY(m_session->lock(request.lockWaitMs, &m_cancelled));
        STRATA_TRY(m_resolver->refuseIfDirty());
    } else if (Result<void> dirty = m_resolver->refuseIfDirty(); !dirty) {
        // A dry run still shows its plan, but says that a real run would refuse.
        RunEvent e = makeEvent(RunEvent::Kind::Warning);
        e.message = dirty.error().message;
        emitEvent(e);
    }
    Prepared prepared;
    STRATA_TRY_ASSIGN(prepared.heads, m_versions->readHeads(m_session->connection()));
    RunRequest named = request;
    named.environment = m_environment.name;
    STRATA_TRY_ASSIGN(prepared.plan, Planner::plan(m_project.graph(), named, prepared.heads));
    STRATA_TRY_ASSIGN(prepared.steps, StepExecutor::prepare(m_project.graph(), prepared.plan,
                                                            m_project.config().postgresMajor()));
    if (forRun) // an id wider than version_num (or the history's column) refuses the whole run
        STRATA_TRY(IdWidthCheck::check(m_session->connection(), prepared.plan,
                                       m_project.config().versionTableSchema(),
                                       m_project.config().versionTable(),
                                       m_project.config().historyTable(), m_environment.name));
    STRATA_TRY(checkChecksums(request.strict && forRun));
    return prepared;
}

Result<StepPlan> Runner::plan(const RunRequest& request) {
    m_clock.start();
    Result<Prepared> prepared = prepare(request, false);
    m_session->close();
    if (!prepared)
        return m_session->redact(prepared.error());
    return prepared->plan;
}

Result<RunSummary> Runner::run(const RunRequest& request) {
    return execute(request, nullptr);
}

Result<RunSummary> Runner::run(const RunRequest& request, const StepPlan& expected) {
    return execute(request, &expected);
}

Result<RunSummary> Runner::execute(const RunRequest& request, const StepPlan* expected) {
    m_clock.start();
    {
        RunEvent e = makeEvent(RunEvent::Kind::RunStarted);
        e.message = QCoreApplication::translate("strata", "%1 on %2")
                        .arg(request.text(), m_environment.name);
        emitEvent(e);
    }
    Result<RunSummary> outcome = [&]() -> Result<RunSummary> {
        if (m_cancelled.load())
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("strata", "%1 cancelled before it started")
                             .arg(request.text()));
        STRATA_TRY_ASSIGN(const Prepared prepared, prepare(request, true));
        if (expected) {
            const QString difference = Planner::difference(*expected, prepared.plan);
            if (!difference.isEmpty())
                return Error(ErrorCode::Target,
                             QCoreApplication::translate(
                                 "strata", "environment '%1' changed since the plan was shown "
                                           "(%2); nothing ran, refresh the plan and try again")
                                 .arg(m_environment.name, difference));
        }
        RunSummary summary;
        summary.headsBefore = prepared.heads;
        m_python->setArguments(request.xArguments, request.tag); // -x, --tag for env.py
        STRATA_TRY(runSteps(prepared.plan, prepared.steps, summary));
        STRATA_TRY_ASSIGN(summary.headsAfter, m_versions->readHeads(m_session->connection()));
        return summary;
    }();
    return finish(std::move(outcome), [this](const RunSummary& summary) {
        return summary.plan.steps.isEmpty()
                   ? QCoreApplication::translate("strata", "nothing to do: %1 is at %2")
                         .arg(m_environment.name, headsText(summary.headsAfter))
                   : QCoreApplication::translate("strata", "%1 step(s) done; %2 is at %3")
                         .arg(summary.stepsDone)
                         .arg(m_environment.name, headsText(summary.headsAfter));
    });
}

Result<RunSummary> Runner::finish(Result<RunSummary> outcome,
                                  const std::function<QString(const RunSummary&)>& doneMessage) {
    m_cancelled.store(false); // a cancel request ends with the run it was meant for
    if (!outcome) {
        const Error error = m_session->redact(std::move(outcome).error());
        RunEvent e = makeEvent(error.code == ErrorCode::Cancelled ? RunEvent::Kind::RunCancelled
                                                                  : RunEvent::Kind::RunFailed);
        e.error = error;
        e.revision = error.revision;
        e.message = error.message;
        emitEvent(e);
        m_session->close(); // unlocks when the session can, then ends it
        return error;
    }
    m_session->close();
    RunSummary summary = std::move(outcome).value();
    summary.durationMs = m_clock.elapsed();
    RunEvent e = makeEvent(RunEvent::Kind::RunFinished);
    e.stepCount = int(summary.plan.steps.size());
    e.durationMs = summary.durationMs;
    e.message = doneMessage(summary);
    emitEvent(e);
    return summary;
}

Result<void> Runner::runSteps(const StepPlan& plan, const std::vector<PreparedStep>& steps,
                              RunSummary& summary) {
    summary.plan = plan;
    m_executor->setBackupFile(QString());
    if (plan.steps.isEmpty() && !plan.purge)
        return {};
    Connection& conn = m_session->connection();
    STRATA_TRY(preparePython(steps)); // the interpreter is checked before anything runs
    m_pgDump.clear();
    if (m_environment.backup && !plan.steps.isEmpty()) { // and pg_dump, against the server
        const QString configured =
            m_environment.pgDump.isEmpty() ? m_project.config().pgDump() : m_environment.pgDump;
        STRATA_TRY_ASSIGN(const BackupDump::Program pgDump,
                          BackupDump::choose(conn.serverVersion() / 10000, configured));
        m_pgDump = pgDump.path;
    }
    STRATA_TRY(
        m_executor->ensureTables(m_project.config().createSchema(), m_project.config().filePath()));
    m_recorder->prepare(conn);
    if (m_environment.backup && !plan.steps.isEmpty()) {
        STRATA_TRY_ASSIGN(summary.backupFile, backup());
        m_executor->setBackupFile(summary.backupFile);
    }
    m_python->setBackupFile(summary.backupFile);
    const bool purgeFirst = plan.purge;
    m_executor->setPurgedRows(plan.purge ? plan.initialHeads : QStringList());
    if (plan.steps.isEmpty() && purgeFirst) // stamp --purge to base
        STRATA_TRY(m_versions->deleteAll(conn));
    Result<void> done = runEach(steps, purgeFirst);
    m_python->finish(); // one Alembic child per run
    STRATA_TRY(done);
    summary.stepsDone = int(steps.size());
    return {};
}

Result<void> Runner::preparePython(const std::vector<PreparedStep>& steps) {
    if (std::none_of(steps.begin(), steps.end(), [](const PreparedStep& s) { return s.python(); }))
        return {};
    const ProjectConfig& config = m_project.config();
    if (!config.isAlembicProject())
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "Alembic Python revisions need an Alembic project (alembic.ini, "
                                   "or [project] alembic in strata.toml)"));
    PythonStepExecutor::Setup setup;
    setup.configFile = config.alembicConfigPath();
    setup.urlVariable = config.alembicUrlVariable();
    setup.python = PythonInterpreter::choose(config.alembicPython(),
                                             QFileInfo(setup.configFile).absolutePath());
    return m_python->prepare(setup);
}

// Each step by its own executor, in plan order, under the one lock of the session: `.sql`
// steps by StepExecutor, `.py` steps by PythonStepExecutor (the project's Alembic).
Result<void> Runner::runEach(const std::vector<PreparedStep>& steps, bool purgeFirst) {
    const int count = int(steps.size());
    for (int i = 0; i < count; ++i) {
        const PreparedStep& prepared = steps.at(size_t(i));
        const PlanStep& step = prepared.step;
        if (m_cancelled.load())
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("strata", "cancelled before %1 %2")
                             .arg(step.stamp         ? QStringLiteral("stamp")
                                  : step.isUpgrade() ? QStringLiteral("upgrade")
                                                     : QStringLiteral("downgrade"),
                                  step.revision));
        if (prepared.python() && !purgeFirst)
            STRATA_TRY(m_python->run(prepared, i, count));
        else
            STRATA_TRY(m_executor->run(prepared, i, count, purgeFirst));
        purgeFirst = false;
    }
    return {};
}

Result<QString> Runner::backup() {
    RunEvent e = makeEvent(RunEvent::Kind::Warning);
    e.message = QCoreApplication::translate("strata", "backing up %1 with pg_dump -Fc into %2")
                    .arg(m_environment.name, m_project.config().backupDir());
    emitEvent(e);
    BackupDump::Request request;
    request.conninfo = m_session->conninfo();
    request.dir = m_project.config().backupDir();
    request.environment = m_environment.name;
    request.pgDump = m_pgDump;
    request.password = m_environment.password;
    request.lockTimeoutMs = m_environment.lockTimeoutMs;
    request.cancelled = &m_cancelled;
    Result<QString> dumped = BackupDump::run(request);
    if (!dumped && dumped.error().code == ErrorCode::Lock) {
        // Name who holds the table, as a second runner names who holds the migration lock.
        Error e = std::move(dumped).error();
        const QString holders = m_session->describeTableLockHolders(e.detail);
        if (!holders.isEmpty())
            e.message += QCoreApplication::translate("strata", ": held by %1").arg(holders);
        e.message += QCoreApplication::translate("strata", "; nothing ran");
        e.detail.clear();
        return e;
    }
    STRATA_TRY_ASSIGN(const QString file, std::move(dumped));
    RunEvent done = makeEvent(RunEvent::Kind::Warning);
    done.message = QCoreApplication::translate("strata", "backup written: %1").arg(file);
    emitEvent(done);
    return file;
}

Result<RunSummary> Runner::resolve(ResolveAction action, qint64 lockWaitMs) {
    m_clock.start();
    Result<RunSummary> outcome = [&]() -> Result<RunSummary> {
        if (m_cancelled.load())
            return Error(
                ErrorCode::Cancelled,
                QCoreApplication::translate("strata", "resolve cancelled before it started"));
        STRATA_TRY(m_session->open(10));
        STRATA_TRY(m_session->lock(lockWaitMs, &m_cancelled));
        return m_resolver->resolve(action, [this](const StepPlan& plan, RunSummary& summary) {
            return StepExecutor::prepare(m_project.graph(), plan,
                                         m_project.config().postgresMajor())
                .and_then([&](const std::vector<PreparedStep>& steps) {
                    return runSteps(plan, steps, summary);
                });
        });
    }();
    return finish(std::move(outcome), [this](const RunSummary& summary) {
        return QCoreApplication::translate("strata", "environment '%1' resolved; it is at %2")
            .arg(m_environment.name, headsText(summary.headsAfter));
    });
}

} // namespace strata
