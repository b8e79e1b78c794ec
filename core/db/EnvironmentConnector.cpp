#include "db/EnvironmentConnector.h"

#include "config/ConnectionUrl.h"
#include "db/Connection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace strata {

namespace {

QString purposeSuffix(ConnectionPurpose purpose) {
    switch (purpose) {
    case ConnectionPurpose::Run:
        return {};
    case ConnectionPurpose::Status:
        return QStringLiteral(" status");
    case ConnectionPurpose::Catalog:
        return QStringLiteral(" catalog");
    case ConnectionPurpose::Progress:
        return QStringLiteral(" progress");
    }
    return {};
}

// "5s" style values PostgreSQL accepts; milliseconds are exact.
QString millis(qint64 ms) {
    return ms > 0 ? QString::number(ms) + QLatin1String("ms") : QString();
}

// The error of a failed open: "environment 'dev' (postgresql://app@db/app): <reason>", with
// every form of a password scrubbed.
Error withEnvironment(Error error, const Environment& environment, const QString& conninfo) {
    QStringList secrets = ConnectionUrl::secrets(conninfo);
    if (!environment.password.isEmpty())
        secrets << environment.password;
    error.message = ConnectionUrl::redactText(error.message, secrets);
    if (!environment.name.isEmpty())
        error.message = QCoreApplication::translate("strata", "environment '%1' (%2): %3")
                            .arg(environment.name, environment.displayUrl(), error.message);
    if (error.file.isEmpty() && error.code == ErrorCode::Config && !environment.file.isEmpty())
        error.at(environment.file, environment.line);
    return error;
}

} // namespace

ConnectionOptions EnvironmentConnector::options(const Environment& environment,
                                                ConnectionPurpose purpose,
                                                int connectTimeoutSeconds) {
    ConnectionOptions options;
    options.environment = environment.name;
    options.applicationName = options.effectiveApplicationName() + purposeSuffix(purpose);
    options.connectTimeoutSeconds = connectTimeoutSeconds;
    options.password = environment.password;
    if (purpose != ConnectionPurpose::Progress) {
        options.lockTimeout = millis(environment.lockTimeoutMs);
        options.statementTimeout = millis(environment.statementTimeoutMs);
    }
    // A read never waits forever on a server that stopped answering.
    if (purpose == ConnectionPurpose::Status && options.statementTimeout.isEmpty())
        options.statementTimeout = QStringLiteral("30s");
    if (purpose == ConnectionPurpose::Progress)
        options.statementTimeout = QStringLiteral("5s");
    return options;
}

Result<QString> EnvironmentConnector::conninfo(const Environment& environment) {
    STRATA_TRY_ASSIGN(QString info, environment.conninfo());
    STRATA_TRY(checkStructure(environment, info));
    return info;
}

Result<void> EnvironmentConnector::checkStructure(const Environment& environment,
                                                  const QString& conninfo) {
    const auto fail = [&](const QString& why) {
        Error e(ErrorCode::Config,
                QCoreApplication::translate("strata", "cannot parse the URL of environment '%1'")
                        .arg(environment.name) +
                    why);
        if (!environment.file.isEmpty())
            e.at(environment.file, environment.line);
        return e;
    };
    // What libpq makes of it; its own message quotes pieces of the string (the password's, in a
    // malformed URL), so it is never shown.
    char* parseError = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (parseError)
        PQfreemem(parseError);
    if (!parsed)
        return fail(QString());
    QString password;
    for (PQconninfoOption* o = parsed; o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val)
            password = QString::fromUtf8(o->val);
    PQconninfoFree(parsed);
    // The password as the user meant it (up to the last '@' of the URL) must be what libpq
    // read; otherwise an unencoded '/', '@', '#' or '?' split it and libpq would use (and
    // quote, in its errors) the pieces as a host, port or database.
    if (ConnectionUrl::isUri(conninfo)) {
        const QStringList meant = ConnectionUrl::secrets(conninfo);
        if (!meant.isEmpty() && !meant.contains(password))
            return fail(QCoreApplication::translate(
                "strata", ": its password holds a character that must be percent-encoded "
                          "('/' as %2F, '@' as %40, '#' as %23, '?' as %3F)"));
    }
    return {};
}

Result<std::unique_ptr<Connection>> EnvironmentConnector::open(const Environment& environment,
                                                               ConnectionPurpose purpose,
                                                               int connectTimeoutSeconds) {
    return openDatabase(environment, QString(), purpose, connectTimeoutSeconds);
}

Result<std::unique_ptr<Connection>>
EnvironmentConnector::openDatabase(const Environment& environment, const QString& database,
                                   ConnectionPurpose purpose, int connectTimeoutSeconds) {
    Result<QString> info = conninfo(environment);
    if (!info)
        return info.error(); // names the environment, strata.toml and its line
    ConnectionOptions opts = options(environment, purpose, connectTimeoutSeconds);
    opts.database = database;
    Result<std::unique_ptr<Connection>> conn = Connection::open(*info, opts);
    if (!conn)
        return withEnvironment(std::move(conn).error(), environment, *info);
    return conn;
}

} // namespace strata
