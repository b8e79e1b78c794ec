#pragma once

#include "Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace strata {

class Connection;

// The migration lock (DESIGN §6): a SESSION-level advisory lock, pg_try_advisory_lock(key),
// taken before the heads are read and held until release() or the end of the session (a killed
// process releases it with its connection). Never a transaction-level lock and never an open
// transaction while waiting, so CREATE INDEX CONCURRENTLY elsewhere does not wait for us.
// While another session holds it, acquire() polls and reports who holds it.
class MigrationLock {
public:
    // `qualifiedVersionTable`: "schema.table" of the version table; two projects sharing a
    // version table share the lock.
    explicit MigrationLock(const QString& qualifiedVersionTable);

    // A stable 64-bit key: the first 8 bytes (big-endian) of SHA-256("strata-migration-lock:" +
    // name), as a signed integer. Independent of the platform, Qt version and process.
    static qint64 keyFor(const QString& qualifiedVersionTable);
    qint64 key() const { return m_key; }

    // Who holds the lock, as PostgreSQL shows it ("pid 1234 (strata 0.1.0 prod, connected
    // since 2026-01-02 10:11:12Z)"); empty when nobody (or we cannot see it).
    static QString describeHolder(Connection& conn, qint64 key, int* pidOut = nullptr);

    // Takes the lock on `conn`, polling every `pollMs` for at most `timeoutMs` (0 = one try).
    // `waiting` is called with the holder's description when we start waiting and whenever the
    // holder changes. `cancelled` (may be null) stops the wait with ErrorCode::Cancelled.
    // Timeout: ErrorCode::Lock naming the holder. `conn` must not be in a transaction.
    Result<void> acquire(Connection& conn, qint64 timeoutMs,
                         const std::function<void(const QString&)>& waiting,
                         const std::atomic<bool>* cancelled = nullptr, int pollMs = 100);
    Result<void> release(Connection& conn);
    bool isHeld() const { return m_held; }

private:
    Result<bool> tryOnce(Connection& conn);

    QString m_name;
    qint64 m_key = 0;
    bool m_held = false;
};

} // namespace strata
