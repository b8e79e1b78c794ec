#include "runner/PythonStepExecutor.h"

#include "alembic/AlembicBridge.h"
#include "alembic/PythonInterpreter.h"
#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "revision/Revision.h"
#include "runner/HistoryTable.h"
#include "runner/RunSession.h"
#include "runner/StepExecutor.h"
#include "runner/VersionTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

namespace strata {

namespace {

// How long the child has to report a cancelled statement before it is stopped.
constexpr int kCancelGraceMs = 5000;

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

} // namespace

PythonStepExecutor::PythonStepExecutor(RunSession& session, const VersionTable& versions,
                                       const HistoryTable& history, EventSink sink,
                                       const std::atomic<bool>& cancelled)
    : m_session(session)
    , m_versions(versions)
    , m_history(history)
    , m_sink(std::move(sink))
    , m_cancelled(cancelled) {}

PythonStepExecutor::~PythonStepExecutor() = default;

Result<void> PythonStepExecutor::prepare(const Setup& setup) {
    m_setup = setup;
    // The bridge's own start is the interpreter check (it imports alembic and sqlalchemy before
    // it says "ready"): one Python start per run instead of two (about 0.4 s, a quarter of what
    // `alembic upgrade` takes for 200 revisions). Only when it fails is the interpreter checked
    // on its own, for the error that names it and what it lacks.
    Result<void> started = ensureBridge();
    if (started)
        return started;
    STRATA_TRY(PythonInterpreter::check(setup.python));
    return started;
}

void PythonStepExecutor::finish() {
    if (m_bridge)
        m_bridge->stop();
    m_bridge.reset();
    m_serverPid = 0;
    m_lastIndex = -2;
}

Result<void> PythonStepExecutor::ensureBridge() {
    if (m_bridge && m_bridge->isRunning())
        return {};
    STRATA_TRY_ASSIGN(const QString url, EnvironmentConnector::conninfo(m_session.environment()));
    if (!url.startsWith(QLatin1String("postgres")))
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "environment '%1': Alembic revisions need a postgresql:// URL")
                         .arg(m_session.environment().name));
    AlembicBridge::Options options;
    options.python = m_setup.python;
    options.configFile = m_setup.configFile;
    options.urlVariable = m_setup.urlVariable;
    options.url = url;
    options.password = m_session.environment().password;
    options.xArguments = m_xArguments;
    options.tag = m_tag;
    m_bridge = std::make_unique<AlembicBridge>();
    return m_bridge->start(options).or_else([this](Error e) -> Result<void> {
        m_bridge.reset();
        return m_session.redact(std::move(e));
    });
}

Result<void> PythonStepExecutor::run(const PreparedStep& prepared, int index, int count) {
    const PlanStep& step = prepared.step;
    const Revision& rev = *prepared.revision;
    RunEvent started;
    started.kind = RunEvent::Kind::StepStarted;
    started.revision = step.revision;
    started.direction = step.isUpgrade() ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    started.stepIndex = index + 1;
    started.stepCount = count;
    started.message =
        QCoreApplication::translate("strata", "%1 %2 -> %3 (Alembic)")
            .arg(started.direction, headsText(step.fromRevisions), headsText(step.toRevisions));
    started.detail = rev.message;
    m_sink(started);

    // The running row is committed on Strata's session before the child starts the step: the
    // step's own transaction is on the child's connection, out of Strata's reach.
    HistoryRow row =
        HistoryRow::started(step.revision, started.direction, m_session.environment().name);
    row.backupFile = m_backupFile;
    row.status = HistoryRow::Status::Running;
    QElapsedTimer timer;
    timer.start();
    Connection& conn = m_session.connection();
    STRATA_TRY_ASSIGN(row.id, m_history.insert(conn, row));

    Result<void> r = ensureBridge().and_then([&] { return exchange(prepared, index); });
    if (r)
        r = checkHeads(prepared);
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.durationMs = timer.elapsed();
    if (!r) {
        Error error = m_session.redact(r.error());
        if (error.revision.isEmpty())
            error.revision = step.revision;
        if (error.file.isEmpty())
            error.file = rev.filePath;
        row.status = error.code == ErrorCode::Cancelled ? HistoryRow::Status::Cancelled
                                                        : HistoryRow::Status::Failed;
        row.errorSqlstate = error.sqlstate;
        row.errorMessage = error.message;
        if (!error.detail.isEmpty())
            row.errorMessage += QStringLiteral(" DETAIL: ") + error.detail;
        row.errorStatement = error.statement;
        row.errorLine = error.line;
        if (Result<void> written = m_history.finish(conn, row); !written) {
            RunEvent w;
            w.kind = RunEvent::Kind::Warning;
            w.message = QCoreApplication::translate("strata", "could not record the failure in "
                                                              "%1: %2")
                            .arg(m_history.qualifiedName(), written.error().message);
            m_sink(w);
        }
        return error;
    }
    row.status = HistoryRow::Status::Succeeded;
    STRATA_TRY(m_history.finish(conn, row));
    RunEvent finished;
    finished.kind = RunEvent::Kind::StepFinished;
    finished.revision = started.revision;
    finished.direction = started.direction;
    finished.stepIndex = started.stepIndex;
    finished.stepCount = count;
    finished.durationMs = timer.elapsed();
    m_sink(finished);
    return {};
}

Result<void> PythonStepExecutor::exchange(const PreparedStep& prepared, int index) {
    const PlanStep& step = prepared.step;
    const Revision& rev = *prepared.revision;
    const QString verb = step.isUpgrade() ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    // "follows": the step before this one was the bridge's too, so nothing else changed the
    // version table in between (the bridge may go on in the same env.py run without reading
    // it); false after a step of Strata's own runner (the bridge starts a new run).
    const bool follows = index == m_lastIndex + 1;
    m_lastIndex = -2;
    STRATA_TRY(m_bridge->send(QJsonObject{{QStringLiteral("cmd"), verb},
                                          {QStringLiteral("revision"), step.revision},
                                          {QStringLiteral("follows"), follows}}));
    bool cancelSent = false;
    QElapsedTimer sinceCancel;
    for (;;) {
        if (m_cancelled.load() && !cancelSent) {
            cancelSent = true;
            sinceCancel.start();
            // On Strata's own session (idle while the child works): the child's statement
            // fails with 57014 and the child reports it.
            if (m_serverPid > 0)
                (void)m_session.connection().execParams(
                    QStringLiteral("SELECT pg_catalog.pg_cancel_backend($1::int)"),
                    {QString::number(m_serverPid)});
        }
        if (cancelSent && sinceCancel.elapsed() > kCancelGraceMs) {
            m_bridge->kill();
            Error e(ErrorCode::Cancelled,
                    QCoreApplication::translate("strata", "%1 of revision %2 cancelled (the "
                                                          "Alembic bridge was stopped)")
                        .arg(verb, rev.id));
            e.revision = rev.id;
            return e;
        }
        Result<std::optional<QJsonObject>> got = m_bridge->next(100);
        if (!got) {
            Error e = std::move(got).error();
            e.code = cancelSent ? ErrorCode::Cancelled : ErrorCode::Database;
            e.message = QCoreApplication::translate(
                            "strata", "%1 of revision %2 failed: %3; the version table says "
                                      "what Alembic committed")
                            .arg(verb, rev.id, e.message);
            e.revision = rev.id;
            return e;
        }
        if (!*got)
            continue;
        const QJsonObject& ev = **got;
        const QString kind = ev.value(QStringLiteral("event")).toString();
        if (kind == QLatin1String("pid")) {
            m_serverPid = qint64(ev.value(QStringLiteral("pid")).toDouble());
        } else if (kind == QLatin1String("statement_started") ||
                   kind == QLatin1String("statement_finished")) {
            RunEvent e;
            e.kind = kind == QLatin1String("statement_started") ? RunEvent::Kind::StatementStarted
                                                                : RunEvent::Kind::StatementFinished;
            e.revision = rev.id;
            e.direction = verb;
            e.stepIndex = index + 1;
            e.statement = ev.value(QStringLiteral("statement")).toString().trimmed();
            e.commandTag = e.statement.section(QLatin1Char(' '), 0, 0).toUpper();
            if (e.kind == RunEvent::Kind::StatementFinished) {
                e.durationMs = qint64(ev.value(QStringLiteral("ms")).toDouble());
                e.rows = qint64(ev.value(QStringLiteral("rows")).toDouble(-1));
            }
            m_sink(e);
        } else if (kind == QLatin1String("notice")) {
            RunEvent e;
            e.kind = RunEvent::Kind::Notice;
            e.revision = rev.id;
            e.stepIndex = index + 1;
            e.severity = ev.value(QStringLiteral("severity")).toString();
            e.message = ev.value(QStringLiteral("message")).toString();
            m_sink(e);
        } else if (kind == QLatin1String("done")) {
            m_lastIndex = index;
            return {}; // a cancel that came too late: the step is done and recorded as such
        } else if (kind == QLatin1String("error")) {
            Error e(ErrorCode::Database, QString());
            e.sqlstate = ev.value(QStringLiteral("sqlstate")).toString();
            e.detail = ev.value(QStringLiteral("detail")).toString();
            e.hint = ev.value(QStringLiteral("hint")).toString();
            e.statement = ev.value(QStringLiteral("statement")).toString().trimmed();
            const QString where = ev.value(QStringLiteral("where")).toString();
            const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
            if (colon > 0)
                e.at(where.left(colon), where.mid(colon + 1).toInt());
            const bool cancelled = e.sqlstate == QLatin1String("57014") || cancelSent;
            if (cancelled)
                e.code = ErrorCode::Cancelled;
            const QString text = ev.value(QStringLiteral("message")).toString();
            e.message =
                cancelled ? QCoreApplication::translate("strata", "%1 of revision %2 cancelled: %3")
                                .arg(verb, rev.id, text)
                          : QCoreApplication::translate("strata", "%1 of revision %2 failed: %3")
                                .arg(verb, rev.id, text);
            e.revision = rev.id;
            return e;
        }
    }
}

Result<void> PythonStepExecutor::checkHeads(const PreparedStep& prepared) {
    // Never a false success: the version table must say what the plan says this step does.
    STRATA_TRY_ASSIGN(QStringList heads, m_versions.readHeads(m_session.connection()));
    QStringList expected = prepared.step.headsAfter;
    heads.sort();
    expected.sort();
    if (heads == expected)
        return {};
    Error e(ErrorCode::Database,
            QCoreApplication::translate("strata", "revision %1: Alembic left the version table "
                                                  "at %2, expected %3")
                .arg(prepared.step.revision, headsText(heads), headsText(expected)));
    e.revision = prepared.step.revision;
    return e;
}

} // namespace strata
