#pragma once

#include "Result.h"
#include "db/Canceller.h"
#include "db/ConnectionOptions.h"
#include "db/DbNotice.h"
#include "db/QueryResult.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct pg_conn;
class QThread;

namespace strata {

// One libpq connection (RAII over PGconn). Used by one thread at a time; only the Canceller
// may be used from another thread. Statements run synchronously; errors come back as data:
// ErrorCode::Database (server errors with SQLSTATE, detail, hint, position, statement),
// ErrorCode::Cancelled (57014 after a cancel), ErrorCode::Connection (unreachable, lost).
// No message ever contains the password.
class Connection {
public:
    enum class TransactionStatus { Idle, Active, InTransaction, InError, Unknown };

    // conninfoOrUri: "host=... dbname=..." or "postgresql://user@host:port/db?..." (both through
    // PQconnectdbParams with expand_dbname). Adds application_name and connect_timeout, then sets
    // lock_timeout and statement_timeout from the options.
    static Result<std::unique_ptr<Connection>> open(const QString& conninfoOrUri,
                                                    const ConnectionOptions& options = {});

    // Opening a connection on `thread` (the studio's GUI thread) is a bug: when thread checks
    // are on (debug builds, or STRATA_THREAD_CHECKS=1 in the process environment) open() aborts
    // there with a message naming the purpose. nullptr (the default) allows every thread.
    static void forbidThread(QThread* thread);
    static bool threadChecksEnabled();

    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const;
    void close();

    Result<QueryResult> exec(const QString& sql);
    // $1, $2, ... in text format; a null QString is SQL NULL.
    Result<QueryResult> execParams(const QString& sql, const QStringList& params);

    Result<void> begin();
    Result<void> commit();
    Result<void> rollback();
    TransactionStatus transactionStatus() const;

    int serverVersion() const;         // 150004
    QString serverVersionText() const; // "15.4 (Debian 15.4-1)"
    int backendPid() const;
    QString user() const;
    QString database() const;
    QString host() const;
    QString port() const;
    const ConnectionOptions& options() const { return m_options; }

    // A quoted identifier ("My Table"), through PQescapeIdentifier.
    QString quoteIdentifier(const QString& identifier) const;

    // Called (on the thread running the statement) for each NOTICE/WARNING/INFO, in order.
    void setNoticeHandler(std::function<void(const DbNotice&)> handler);

    // Cancels the running statement from any thread; valid for the life of the connection
    // (and harmless after it).
    std::shared_ptr<Canceller> canceller() const { return m_canceller; }

private:
    Connection(pg_conn* conn, ConnectionOptions options, QStringList secrets);
    Result<QueryResult> finish(struct pg_result* result, const QString& sql);
    Error connectionLost(const struct pg_result* result, const QString& sql) const;
    QString scrub(QString text) const;
    static void noticeReceiver(void* arg, const struct pg_result* result);

    struct ConnDeleter {
        void operator()(pg_conn* conn) const;
    };
    std::unique_ptr<pg_conn, ConnDeleter> m_conn;
    ConnectionOptions m_options;
    QStringList m_secrets; // the passwords, only to scrub them from messages
    std::shared_ptr<Canceller> m_canceller;
    std::function<void(const DbNotice&)> m_noticeHandler;
};

// The meaningful line of a libpq connection error ("could not connect to server at "h" port 1:
// Connection refused", "password authentication failed for user "x""). Exposed for tests.
QString cleanConnectionError(const QString& libpqMessage);

} // namespace strata
