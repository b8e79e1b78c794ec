#include "runner/RunSession.h"

#include "config/ConnectionUrl.h"
#include "db/Connection.h"
#include "runner/MigrationLock.h"

#include <QCoreApplication>

namespace strata {

RunSession::RunSession(Environment environment, QString lockName, EventSink sink)
    : m_environment(std::move(environment))
    , m_lockName(std::move(lockName))
    , m_sink(std::move(sink)) {
    if (!m_environment.password.isEmpty())
        m_secrets << m_environment.password;
}

RunSession::~RunSession() {
    close();
}

Result<void> RunSession::open(int connectTimeoutSeconds) {
    close();
    STRATA_TRY_ASSIGN(m_conninfo, EnvironmentConnector::conninfo(m_environment));
    m_secrets = ConnectionUrl::secrets(m_conninfo);
    if (!m_environment.password.isEmpty())
        m_secrets << m_environment.password;
    STRATA_TRY_ASSIGN(m_conn, EnvironmentConnector::open(m_environment, ConnectionPurpose::Run,
                                                         connectTimeoutSeconds));
    // A new session holds no lock yet (a previous run's session, and its lock, are gone).
    m_lock = std::make_unique<MigrationLock>(m_lockName);
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
        RunEvent e;
        e.kind = RunEvent::Kind::Notice;
        e.severity = n.severity;
        e.message = n.message;
        e.detail = n.detail;
        e.hint = n.hint;
        m_sink(e);
    });
    return {};
}

Result<void> RunSession::lock(qint64 lockWaitMs, const std::atomic<bool>* cancelled) {
    STRATA_TRY(m_lock->acquire(
        *m_conn, lockWaitMs,
        [this](const QString& holder) {
            RunEvent e;
            e.kind = RunEvent::Kind::LockWaiting;
            e.message =
                QCoreApplication::translate("strata", "waiting for the migration lock held by %1")
                    .arg(holder);
            m_sink(e);
        },
        cancelled));
    RunEvent e;
    e.kind = RunEvent::Kind::LockAcquired;
    e.message =
        QCoreApplication::translate("strata", "migration lock taken (key %1)").arg(m_lock->key());
    m_sink(e);
    return {};
}

void RunSession::close() {
    // Unlock explicitly while the session is usable: closing the session frees the lock too,
    // but the server does that after we return, and the next runner should not wait for it.
    if (m_lock && m_lock->isHeld() && m_conn && m_conn->isOpen() &&
        m_conn->transactionStatus() == Connection::TransactionStatus::Idle)
        (void)m_lock->release(*m_conn);
    {
        std::lock_guard<std::mutex> guard(m_cancelMutex);
        m_canceller.reset();
    }
    m_conn.reset(); // ends the session: a lock still held goes with it
    m_lock.reset();
}

bool RunSession::isOpen() const {
    return m_conn && m_conn->isOpen();
}

Result<std::unique_ptr<Connection>> RunSession::openSide() const {
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> conn,
                      EnvironmentConnector::open(m_environment, ConnectionPurpose::Run));
    // Recording a failure must not hang on a server in trouble.
    STRATA_TRY(conn->execParams(QStringLiteral("SELECT pg_catalog.set_config($1, $2, false)"),
                                {QStringLiteral("statement_timeout"), QStringLiteral("30s")}));
    return conn;
}

void RunSession::cancel() {
    std::lock_guard<std::mutex> guard(m_cancelMutex);
    if (m_canceller)
        m_canceller->cancel();
}

QString RunSession::redact(const QString& text) const {
    return m_secrets.isEmpty() ? text : ConnectionUrl::redactText(text, m_secrets);
}

Error RunSession::redact(Error error) const {
    error.message = redact(error.message);
    error.detail = redact(error.detail);
    error.hint = redact(error.hint);
    error.statement = redact(error.statement);
    return error;
}

} // namespace strata
