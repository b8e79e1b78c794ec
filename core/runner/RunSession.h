#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "db/EnvironmentConnector.h"
#include "runner/RunEvent.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace strata {

class Canceller;
class Connection;
class MigrationLock;

// The database session of one run (DESIGN §6): the connection through EnvironmentConnector,
// its session settings, the session-level advisory lock, and a teardown that always unlocks
// before the connection closes. One run at a time; open() starts a new session (and closes the
// previous one). cancel() may be called from any thread.
class RunSession {
public:
    using EventSink = std::function<void(RunEvent)>;

    // `lockName`: the qualified version table the lock key is derived from.
    RunSession(Environment environment, QString lockName, EventSink sink);
    ~RunSession();
    RunSession(const RunSession&) = delete;
    RunSession& operator=(const RunSession&) = delete;

    // Connects (ConnectionPurpose::Run), relays the server's notices as Notice events.
    Result<void> open(int connectTimeoutSeconds);
    // Takes the migration lock, reporting LockWaiting / LockAcquired; `cancelled` stops the wait.
    Result<void> lock(qint64 lockWaitMs, const std::atomic<bool>* cancelled);
    // Releases the lock while the session can (not inside a failed transaction), then closes.
    void close();
    bool isOpen() const;
    Connection& connection() const { return *m_conn; }

    // Another connection to the environment (to record a failure when the session is gone).
    Result<std::unique_ptr<Connection>> openSide() const;

    // Cancels the running statement (harmless when none runs).
    void cancel();

    const Environment& environment() const { return m_environment; }
    // The expanded conninfo of the session (for pg_dump; never print it unredacted).
    const QString& conninfo() const { return m_conninfo; }
    // Every form of the session's passwords scrubbed from a text or an error.
    QString redact(const QString& text) const;
    Error redact(Error error) const;

private:
    Environment m_environment;
    QString m_lockName;
    EventSink m_sink;
    QString m_conninfo;
    QStringList m_secrets;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<MigrationLock> m_lock;
    std::mutex m_cancelMutex;
    std::shared_ptr<Canceller> m_canceller;
};

} // namespace strata
