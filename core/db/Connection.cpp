#include "db/Connection.h"

#include "config/ConnectionUrl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

#include <libpq-fe.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace strata {

namespace {

QString diag(const PGresult* result, int field) {
    const char* value = PQresultErrorField(result, field);
    return value ? QString::fromUtf8(value) : QString();
}

// Whether libpq can parse the conninfo or URI (its message in *parseError when it cannot).
bool parses(const QString& conninfo, QString* parseError) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (error) {
        *parseError = QString::fromUtf8(error).trimmed();
        PQfreemem(error);
    }
    if (!options)
        return false;
    PQconninfoFree(options);
    return true;
}

// The one redactor (ConnectionUrl): every form of the passwords, and any connection string
// quoted in the text. Passwords shorter than 4 characters would blank out ordinary words of
// every server message (libpq never echoes a password anyway); connection strings quoted in a
// message are still redacted whole.
QString scrubText(const QString& text, const QStringList& secrets) {
    QStringList useful;
    for (const QString& s : secrets)
        if (s.size() >= 4)
            useful << s;
    return ConnectionUrl::redactText(text, useful);
}

// libpq reports a rejected password only as text; with a password used, an authentication
// failure is the one outcome we must tell apart (SQLSTATE 28P01 is not passed to the client
// before the connection exists).
bool isAuthFailure(const QString& message) {
    return message.contains(QLatin1String("authentication failed")) ||
           message.contains(QLatin1String("password"));
}

} // namespace

QString cleanConnectionError(const QString& libpqMessage) {
    QString meaningful;
    for (const QString& line : libpqMessage.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.front().isSpace())
            continue;                // libpq's indented hints ("Is the server running ...")
        meaningful = line.trimmed(); // the last attempt is the most telling one
    }
    if (meaningful.isEmpty())
        return QCoreApplication::translate("strata", "could not connect to the server");
    static const QRegularExpression attempt(
        QStringLiteral("^connection to server (?:at \"([^\"]*)\"(?: \\(([^)]*)\\))?, port (\\d+)|"
                       "on socket \"([^\"]*)\") failed: (.*)$"));
    static const QRegularExpression severity(QStringLiteral("^(?:FATAL|ERROR|PANIC):\\s+"));
    const QRegularExpressionMatch m = attempt.match(meaningful);
    if (!m.hasMatch())
        return meaningful.remove(severity);
    QString reason = m.captured(5).trimmed();
    if (severity.match(reason).hasMatch())
        return reason.remove(severity); // the server answered: its message says it all
    if (!m.captured(4).isEmpty())
        return QStringLiteral("could not connect to server on socket \"%1\": %2")
            .arg(m.captured(4), reason);
    return QStringLiteral("could not connect to server at \"%1\" port %2: %3")
        .arg(m.captured(1), m.captured(3), reason);
}

namespace {
std::atomic<QThread*> g_forbiddenThread{nullptr};
} // namespace

void Connection::forbidThread(QThread* thread) {
    g_forbiddenThread.store(thread);
}

bool Connection::threadChecksEnabled() {
#ifndef NDEBUG
    return true;
#else
    static const bool enabled = qEnvironmentVariableIntValue("STRATA_THREAD_CHECKS") != 0;
    return enabled;
#endif
}

void Connection::ConnDeleter::operator()(pg_conn* conn) const {
    PQfinish(conn);
}

Connection::Connection(pg_conn* conn, ConnectionOptions options, QStringList secrets)
    : m_conn(conn)
    , m_options(std::move(options))
    , m_secrets(std::move(secrets))
    , m_canceller(new Canceller(PQgetCancel(conn))) {
    PQsetNoticeReceiver(conn, &Connection::noticeReceiver, this);
}

Connection::~Connection() {
    close();
}

void Connection::close() {
    if (m_canceller)
        m_canceller->invalidate();
    m_conn.reset();
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& conninfoOrUri,
                                                     const ConnectionOptions& options) {
    QThread* forbidden = g_forbiddenThread.load();
    if (forbidden && forbidden == QThread::currentThread() && threadChecksEnabled()) {
        std::fprintf(stderr,
                     "strata: a database connection (%s) was opened on the GUI thread; "
                     "database work belongs on a worker thread\n",
                     qPrintable(options.effectiveApplicationName()));
        std::fflush(stderr);
        std::abort();
    }
    QString parseError;
    if (!parses(conninfoOrUri, &parseError)) {
        // libpq quotes pieces of the string in its message; they might be the password. Keep
        // only one-character quotes ("=").
        static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
        QString safe;
        qsizetype last = 0;
        for (auto it = quoted.globalMatch(parseError); it.hasNext();) {
            const auto m = it.next();
            safe += parseError.mid(last, m.capturedStart() - last);
            safe += m.capturedLength() <= 3 ? m.captured() : QStringLiteral("\"...\"");
            last = m.capturedEnd();
        }
        parseError = safe + parseError.mid(last);
        return Error(ErrorCode::Config,
                     QCoreApplication::translate("strata", "invalid connection string: %1")
                         .arg(parseError.isEmpty()
                                  ? QCoreApplication::translate("strata", "cannot parse it")
                                  : parseError.split(QLatin1Char('\n')).first()));
    }
    QStringList secrets = ConnectionUrl::secrets(conninfoOrUri);
    if (!options.password.isEmpty())
        secrets << options.password;

    const QByteArray connectTimeout = QByteArray::number(options.connectTimeoutSeconds);
    const QByteArray dbname = conninfoOrUri.toUtf8();
    const QByteArray applicationName = options.effectiveApplicationName().toUtf8();
    // Defaults before dbname (the conninfo overrides them), what Strata insists on after it.
    const QByteArray passwordBytes = options.password.toUtf8();
    const QByteArray databaseBytes = options.database.toUtf8();
    // A NULL value ends libpq's lists early, so the optional keywords come last.
    std::vector<const char*> keywords = {"dbname", "application_name", "client_encoding"};
    std::vector<const char*> values = {dbname.constData(), applicationName.constData(), "UTF8"};
    if (options.connectTimeoutSeconds > 0) {
        // Before dbname: it is a default, and a connect_timeout written in the conninfo wins.
        keywords.insert(keywords.begin(), "connect_timeout");
        values.insert(values.begin(), connectTimeout.constData());
    }
    if (!options.database.isEmpty()) {
        // Only the first dbname is expanded as a conninfo; this one is a plain name.
        keywords.push_back("dbname");
        values.push_back(databaseBytes.constData());
    }
    if (!options.password.isEmpty()) {
        keywords.push_back("password");
        values.push_back(passwordBytes.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* raw = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!raw)
        return Error(ErrorCode::Connection,
                     QCoreApplication::translate("strata", "out of memory while connecting"));
    if (PQstatus(raw) != CONNECTION_OK) {
        const QString message =
            scrubText(cleanConnectionError(QString::fromUtf8(PQerrorMessage(raw))), secrets);
        // Typed, so that callers (the studio's password prompt) never match libpq's English text:
        // the server asked for a password and none was given, or it rejected the one given.
        const bool authentication = PQconnectionNeedsPassword(raw) ||
                                    (PQconnectionUsedPassword(raw) && isAuthFailure(message));
        PQfinish(raw);
        return Error(authentication ? ErrorCode::Authentication : ErrorCode::Connection, message);
    }
    std::unique_ptr<Connection> connection(new Connection(raw, options, secrets));
    const std::pair<const char*, QString> settings[] = {
        {"lock_timeout", options.lockTimeout}, {"statement_timeout", options.statementTimeout}};
    for (const auto& [name, value] : settings) {
        if (value.isEmpty())
            continue;
        auto set =
            connection->execParams(QStringLiteral("SELECT pg_catalog.set_config($1, $2, false)"),
                                   {QString::fromLatin1(name), value});
        if (!set) {
            Error error = set.error();
            error.code = ErrorCode::Config;
            error.message = QCoreApplication::translate("strata", "cannot set %1 to '%2': %3")
                                .arg(QString::fromLatin1(name), value, error.message);
            return error;
        }
    }
    return connection;
}

bool Connection::isOpen() const {
    return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK;
}

QString Connection::scrub(QString text) const {
    return scrubText(text, m_secrets);
}

Error Connection::connectionLost(const pg_result* result, const QString& sql) const {
    // The server may have said why (pg_terminate_backend: FATAL 57P01 "terminating connection
    // due to administrator command") before libpq noticed the closed socket.
    QString reason;
    QString sqlstate;
    if (result) {
        reason = diag(result, PG_DIAG_MESSAGE_PRIMARY);
        sqlstate = diag(result, PG_DIAG_SQLSTATE);
    }
    if (reason.isEmpty() && m_conn) {
        static const QRegularExpression fatal(QStringLiteral("^(?:FATAL|PANIC):\\s+(.*)$"));
        for (const QString& line : QString::fromUtf8(PQerrorMessage(m_conn.get())).split(u'\n')) {
            const auto m = fatal.match(line.trimmed());
            if (m.hasMatch()) {
                reason = m.captured(1).trimmed();
                break;
            }
        }
    }
    if (reason.startsWith(QLatin1String("server closed the connection")))
        reason.clear();
    Error error(
        ErrorCode::Connection,
        reason.isEmpty()
            ? QCoreApplication::translate("strata", "the server closed the connection unexpectedly")
            : QCoreApplication::translate("strata", "the server closed the connection: ") +
                  scrub(reason));
    error.sqlstate = sqlstate;
    error.statement = sql;
    return error;
}

Result<QueryResult> Connection::finish(pg_result* raw, const QString& sql) {
    QueryResult result(raw); // owns raw (may be null)
    if (!raw) {
        if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD)
            return connectionLost(nullptr, sql);
        return Error(ErrorCode::Database,
                     scrub(QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed()));
    }
    switch (PQresultStatus(raw)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_EMPTY_QUERY:
        return result;
    case PGRES_COPY_IN:
    case PGRES_COPY_OUT:
    case PGRES_COPY_BOTH: {
        // Not supported through exec: end the copy so the connection stays usable.
        if (PQresultStatus(raw) == PGRES_COPY_IN) {
            PQputCopyEnd(m_conn.get(), "COPY FROM STDIN is not supported by strata");
        } else {
            char* row = nullptr;
            while (PQgetCopyData(m_conn.get(), &row, 0) >= 0) // drain the rows
                PQfreemem(row);
        }
        for (int guard = 0; guard < 1000; ++guard) {
            PGresult* rest = PQgetResult(m_conn.get());
            if (!rest)
                break;
            PQclear(rest);
        }
        Error error(ErrorCode::Database,
                    QCoreApplication::translate(
                        "strata", "COPY ... FROM STDIN / TO STDOUT is not supported here"));
        error.statement = sql;
        return error;
    }
    default:
        break;
    }
    if (PQstatus(m_conn.get()) == CONNECTION_BAD)
        return connectionLost(raw, sql);
    Error error(ErrorCode::Database, scrub(diag(raw, PG_DIAG_MESSAGE_PRIMARY)));
    error.sqlstate = diag(raw, PG_DIAG_SQLSTATE);
    error.detail = scrub(diag(raw, PG_DIAG_MESSAGE_DETAIL));
    error.hint = scrub(diag(raw, PG_DIAG_MESSAGE_HINT));
    error.position = diag(raw, PG_DIAG_STATEMENT_POSITION).toInt();
    error.statement = sql;
    if (error.message.isEmpty())
        error.message = scrub(QString::fromUtf8(PQresultErrorMessage(raw)).trimmed());
    if (error.sqlstate == QLatin1String("57014") &&
        (m_canceller->wasRequested() || !error.message.contains(QLatin1String("timeout"))))
        error.code = ErrorCode::Cancelled;
    return error;
}

Result<QueryResult> Connection::exec(const QString& sql) {
    if (!m_conn)
        return Error(ErrorCode::Connection,
                     QCoreApplication::translate("strata", "the connection is closed"));
    m_canceller->resetRequested();
    return finish(PQexec(m_conn.get(), sql.toUtf8().constData()), sql);
}

Result<QueryResult> Connection::execParams(const QString& sql, const QStringList& params) {
    if (!m_conn)
        return Error(ErrorCode::Connection,
                     QCoreApplication::translate("strata", "the connection is closed"));
    std::vector<QByteArray> storage;
    storage.reserve(params.size());
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const QString& p : params) {
        storage.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : storage.back().constData());
    }
    m_canceller->resetRequested();
    PGresult* raw = PQexecParams(m_conn.get(), sql.toUtf8().constData(), int(params.size()),
                                 nullptr, values.data(), nullptr, nullptr, 0);
    return finish(raw, sql);
}

Result<void> Connection::begin() {
    auto r = exec(QStringLiteral("BEGIN"));
    if (!r)
        return r.error();
    return {};
}

Result<void> Connection::commit() {
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r)
        return r.error();
    // COMMIT of a failed transaction answers ROLLBACK without an error: report it.
    if (r->commandTag() == QLatin1String("ROLLBACK"))
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "strata", "the transaction was rolled back (it had failed)"));
    return {};
}

Result<void> Connection::rollback() {
    auto r = exec(QStringLiteral("ROLLBACK"));
    if (!r)
        return r.error();
    return {};
}

Connection::TransactionStatus Connection::transactionStatus() const {
    if (!m_conn)
        return TransactionStatus::Unknown;
    switch (PQtransactionStatus(m_conn.get())) {
    case PQTRANS_IDLE:
        return TransactionStatus::Idle;
    case PQTRANS_ACTIVE:
        return TransactionStatus::Active;
    case PQTRANS_INTRANS:
        return TransactionStatus::InTransaction;
    case PQTRANS_INERROR:
        return TransactionStatus::InError;
    default:
        return TransactionStatus::Unknown;
    }
}

int Connection::serverVersion() const {
    return m_conn ? PQserverVersion(m_conn.get()) : 0;
}

QString Connection::serverVersionText() const {
    if (!m_conn)
        return {};
    return QString::fromUtf8(PQparameterStatus(m_conn.get(), "server_version"));
}

int Connection::backendPid() const {
    return m_conn ? PQbackendPID(m_conn.get()) : 0;
}

QString Connection::user() const {
    return m_conn ? QString::fromUtf8(PQuser(m_conn.get())) : QString();
}

QString Connection::database() const {
    return m_conn ? QString::fromUtf8(PQdb(m_conn.get())) : QString();
}

QString Connection::host() const {
    return m_conn ? QString::fromUtf8(PQhost(m_conn.get())) : QString();
}

QString Connection::port() const {
    return m_conn ? QString::fromUtf8(PQport(m_conn.get())) : QString();
}

QString Connection::quoteIdentifier(const QString& identifier) const {
    if (!m_conn) {
        QString quoted = identifier;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    const QByteArray utf8 = identifier.toUtf8();
    char* escaped = PQescapeIdentifier(m_conn.get(), utf8.constData(), size_t(utf8.size()));
    if (!escaped)
        return {};
    const QString result = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    return result;
}

void Connection::setNoticeHandler(std::function<void(const DbNotice&)> handler) {
    m_noticeHandler = std::move(handler);
}

void Connection::noticeReceiver(void* arg, const PGresult* result) {
    auto* self = static_cast<Connection*>(arg);
    if (!self || !self->m_noticeHandler || !result)
        return;
    DbNotice notice;
    notice.severity = diag(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (notice.severity.isEmpty())
        notice.severity = diag(result, PG_DIAG_SEVERITY);
    notice.sqlstate = diag(result, PG_DIAG_SQLSTATE);
    notice.message = self->scrub(diag(result, PG_DIAG_MESSAGE_PRIMARY));
    notice.detail = self->scrub(diag(result, PG_DIAG_MESSAGE_DETAIL));
    notice.hint = self->scrub(diag(result, PG_DIAG_MESSAGE_HINT));
    self->m_noticeHandler(notice);
}

} // namespace strata
