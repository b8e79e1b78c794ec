#include "MigrationLock.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QThread>

namespace strata {

MigrationLock::MigrationLock(const QString& qualifiedVersionTable)
    : m_name(qualifiedVersionTable)
    , m_key(keyFor(qualifiedVersionTable)) {}

qint64 MigrationLock::keyFor(const QString& qualifiedVersionTable) {
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("strata-migration-lock:") + qualifiedVersionTable).toUtf8(),
        QCryptographicHash::Sha256);
    quint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint64(quint8(digest.at(i)));
    return qint64(key);
}

QString MigrationLock::describeHolder(Connection& conn, qint64 key, int* pidOut) {
    const quint64 k = quint64(key);
    auto r = conn.execParams(
        QStringLiteral(
            "SELECT l.pid, coalesce(a.application_name, ''), coalesce(a.usename::text, ''), "
            "coalesce(to_char(a.backend_start AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD HH24:MI:SS\"Z\"'), ''), coalesce(a.client_addr::text, ''), "
            "coalesce(a.state, '') "
            "FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::oid AND "
            "l.objid = $2::oid AND l.objsubid = 1 AND l.database = (SELECT oid FROM "
            "pg_catalog.pg_database WHERE datname = pg_catalog.current_database()) LIMIT 1"),
        {QString::number(k >> 32), QString::number(k & 0xffffffffULL)});
    if (!r || r->rowCount() == 0)
        return {};
    if (pidOut)
        *pidOut = r->value(0, 0).toInt();
    QStringList about;
    if (!r->value(0, 1).isEmpty())
        about << r->value(0, 1);
    if (!r->value(0, 2).isEmpty())
        about << QCoreApplication::translate("strata", "user ") + r->value(0, 2);
    if (!r->value(0, 4).isEmpty())
        about << QCoreApplication::translate("strata", "from ") + r->value(0, 4);
    if (!r->value(0, 3).isEmpty())
        about << QCoreApplication::translate("strata", "connected since ") + r->value(0, 3);
    QString text = QStringLiteral("pid ") + r->value(0, 0);
    if (!about.isEmpty())
        text += QStringLiteral(" (") + about.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

Result<bool> MigrationLock::tryOnce(Connection& conn) {
    auto r = conn.execParams(QStringLiteral("SELECT pg_catalog.pg_try_advisory_lock($1::bigint)"),
                             {QString::number(m_key)});
    if (!r)
        return r.error();
    return r->scalar() == QLatin1String("t");
}

Result<void> MigrationLock::acquire(Connection& conn, qint64 timeoutMs,
                                    const std::function<void(const QString&)>& waiting,
                                    const std::atomic<bool>* cancelled, int pollMs) {
    if (m_held)
        return {};
    if (conn.transactionStatus() != Connection::TransactionStatus::Idle)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate(
                         "strata", "the migration lock must be taken outside a transaction"));
    QDeadlineTimer deadline(timeoutMs);
    QString lastHolder;
    for (;;) {
        Result<bool> got = tryOnce(conn);
        if (!got)
            return got.error();
        if (*got) {
            m_held = true;
            return {};
        }
        QString holder = describeHolder(conn, m_key);
        if (holder.isEmpty())
            holder = QCoreApplication::translate("strata", "another session");
        if (holder != lastHolder) {
            if (waiting)
                waiting(holder);
            lastHolder = holder;
        }
        if (deadline.hasExpired())
            return Error(ErrorCode::Lock,
                         QCoreApplication::translate(
                             "strata", "could not take the migration lock on %1 within %2 s: it "
                                       "is held by %3")
                             .arg(m_name)
                             .arg(double(timeoutMs) / 1000.0, 0, 'f', 1)
                             .arg(lastHolder));
        const qint64 left = deadline.remainingTime();
        for (qint64 slept = 0; slept < qMin<qint64>(pollMs, left); slept += 20) {
            if (cancelled && cancelled->load())
                return Error(ErrorCode::Cancelled,
                             QCoreApplication::translate(
                                 "strata", "cancelled while waiting for the migration lock"));
            QThread::msleep(20);
        }
        if (cancelled && cancelled->load())
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate(
                             "strata", "cancelled while waiting for the migration lock"));
    }
}

Result<void> MigrationLock::release(Connection& conn) {
    if (!m_held)
        return {};
    m_held = false;
    auto r = conn.execParams(QStringLiteral("SELECT pg_catalog.pg_advisory_unlock($1::bigint)"),
                             {QString::number(m_key)});
    if (!r)
        return r.error();
    return {};
}

} // namespace strata
