#include "HistoryTable.h"

#include "db/Connection.h"
#include "db/TableName.h"
#include "strata/Version.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace strata {

namespace {

QString isoUtc(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString timestampColumn(const char* name) {
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(QLatin1String(name));
}

QString nullIfEmpty(const QString& s) {
    return s.isEmpty() ? QString() : s;
}

QString intOrNull(qint64 v, qint64 nullValue) {
    return v == nullValue ? QString() : QString::number(v);
}

QString osUserName() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd* pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user;
}

} // namespace

QString HistoryRow::statusName(Status status) {
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

std::optional<HistoryRow::Status> HistoryRow::statusFromName(const QString& name) {
    for (Status s : {Status::Running, Status::Succeeded, Status::Failed, Status::Cancelled})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

HistoryRow HistoryRow::started(const QString& revision, const QString& direction,
                               const QString& environment) {
    HistoryRow row;
    row.revision = revision;
    row.direction = direction;
    row.environment = environment;
    row.startedAt = QDateTime::currentDateTimeUtc();
    static const QString user = osUserName();
    static const QString host = QSysInfo::machineHostName();
    row.osUser = user;
    row.host = host;
    row.toolVersion = QString::fromLatin1(kVersion);
    return row;
}

bool HistoryRow::isDirty() const {
    return !transactional && status != Status::Succeeded && resolution.isEmpty();
}

QJsonObject HistoryRow::toJson() const {
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("revision")] = revision;
    o[QStringLiteral("direction")] = direction;
    o[QStringLiteral("status")] = statusName(status);
    o[QStringLiteral("transactional")] = transactional;
    auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o[QLatin1String(key)] = value;
    };
    put("checksum", checksum);
    put("started_at", isoUtc(startedAt));
    put("finished_at", isoUtc(finishedAt));
    if (durationMs >= 0)
        o[QStringLiteral("duration_ms")] = durationMs;
    put("db_user", dbUser);
    put("os_user", osUser);
    put("host", host);
    put("tool_version", toolVersion);
    put("environment", environment);
    put("backup_file", backupFile);
    put("resolution", resolution);
    if (!errorMessage.isEmpty() || !errorSqlstate.isEmpty()) {
        QJsonObject e;
        e[QStringLiteral("message")] = errorMessage;
        if (!errorSqlstate.isEmpty())
            e[QStringLiteral("sqlstate")] = errorSqlstate;
        if (!errorStatement.isEmpty())
            e[QStringLiteral("statement")] = errorStatement;
        if (errorLine > 0)
            e[QStringLiteral("line")] = errorLine;
        if (errorPosition > 0)
            e[QStringLiteral("position")] = errorPosition;
        o[QStringLiteral("error")] = e;
    }
    return o;
}

QString HistoryRow::toText() const {
    QString when = startedAt.isValid()
                       ? startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                             QStringLiteral("Z")
                       : QStringLiteral("-");
    QString duration = durationMs < 0 ? QStringLiteral("-")
                       : durationMs < 1000
                           ? QStringLiteral("%1 ms").arg(durationMs)
                           : QStringLiteral("%1 s").arg(double(durationMs) / 1000.0, 0, 'f', 1);
    QString who = osUser.isEmpty() ? QStringLiteral("?") : osUser;
    if (!host.isEmpty())
        who += QLatin1Char('@') + host;
    if (!dbUser.isEmpty())
        who += QStringLiteral(" (db %1)").arg(dbUser);
    QString text =
        QStringLiteral("%1  %2  %3  %4  %5  %6")
            .arg(when, direction.leftJustified(9), revision, statusName(status), duration, who);
    if (!transactional)
        text += QStringLiteral("  [non-transactional]");
    if (!resolution.isEmpty())
        text += QStringLiteral("  [resolved: %1]").arg(resolution);
    if (!backupFile.isEmpty())
        text += QStringLiteral("  backup: %1").arg(backupFile);
    if (!errorMessage.isEmpty()) {
        text += QStringLiteral("\n    error");
        if (errorLine > 0)
            text += QCoreApplication::translate("strata", " at line %1").arg(errorLine);
        text += QStringLiteral(": %1").arg(errorMessage);
        if (!errorSqlstate.isEmpty())
            text += QStringLiteral(" [SQLSTATE %1]").arg(errorSqlstate);
    }
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

HistoryTable::HistoryTable(QString schema, QString table)
    : m_schema(schema.isEmpty() ? QStringLiteral("public") : std::move(schema))
    , m_table(std::move(table)) {}

QString HistoryTable::quotedName(const Connection& conn) const {
    return TableName(m_schema, m_table).quoted(conn);
}

Result<bool> HistoryTable::exists(Connection& conn) const {
    return TableName(m_schema, m_table).exists(conn);
}

Result<void> HistoryTable::create(Connection& conn) const {
    auto r = conn.exec(
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS %1 (\n"
            "    id bigserial PRIMARY KEY,\n"
            "    revision text NOT NULL,\n"
            "    direction text NOT NULL CHECK (direction IN ('upgrade', 'downgrade', 'stamp')),\n"
            "    checksum text,\n"
            "    status text NOT NULL\n"
            "        CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),\n"
            "    transactional boolean NOT NULL DEFAULT true,\n"
            "    started_at timestamptz NOT NULL,\n"
            "    finished_at timestamptz,\n"
            "    duration_ms bigint,\n"
            "    db_user text NOT NULL DEFAULT current_user,\n"
            "    os_user text,\n"
            "    host text,\n"
            "    tool_version text,\n"
            "    error_sqlstate text,\n"
            "    error_message text,\n"
            "    error_statement text,\n"
            "    error_line integer,\n"
            "    error_position integer,\n"
            "    backup_file text,\n"
            "    environment text,\n"
            "    resolution text\n"
            ")")
            .arg(quotedName(conn)));
    if (!r)
        return r.error();
    return {};
}

namespace {

QStringList rowParameters(const HistoryRow& row) {
    return {row.revision,
            row.direction,
            nullIfEmpty(row.checksum),
            HistoryRow::statusName(row.status),
            row.transactional ? QStringLiteral("true") : QStringLiteral("false"),
            isoUtc(row.startedAt.isValid() ? row.startedAt : QDateTime::currentDateTimeUtc()),
            isoUtc(row.finishedAt),
            intOrNull(row.durationMs, -1),
            nullIfEmpty(row.osUser),
            nullIfEmpty(row.host),
            nullIfEmpty(row.toolVersion),
            nullIfEmpty(row.errorSqlstate),
            nullIfEmpty(row.errorMessage),
            nullIfEmpty(row.errorStatement),
            intOrNull(row.errorLine, 0),
            intOrNull(row.errorPosition, 0),
            nullIfEmpty(row.backupFile),
            nullIfEmpty(row.environment),
            nullIfEmpty(row.resolution)};
}

const char* const kInsertColumns =
    "(revision, direction, checksum, status, transactional, started_at, finished_at, "
    "duration_ms, os_user, host, tool_version, error_sqlstate, error_message, error_statement, "
    "error_line, error_position, backup_file, environment, resolution)";
const char* const kInsertValues =
    "$1, $2, $3, $4, $5::boolean, $6::timestamptz, $7::timestamptz, $8::bigint, $9, $10, $11, "
    "$12, $13, $14, $15::integer, $16::integer, $17, $18, $19";

} // namespace

Result<qint64> HistoryTable::insert(Connection& conn, const HistoryRow& row) const {
    auto r = conn.execParams(
        QStringLiteral("INSERT INTO %1 %2 VALUES (%3) RETURNING id")
            .arg(quotedName(conn), QLatin1String(kInsertColumns), QLatin1String(kInsertValues)),
        rowParameters(row));
    if (!r)
        return r.error();
    return r->scalar().toLongLong();
}

Result<qint64> HistoryTable::insertWith(Connection& conn, const HistoryRow& row,
                                        const QStringList& changes,
                                        const QStringList& params) const {
    if (changes.isEmpty())
        return insert(conn, row);
    QStringList with;
    QStringList checks;
    for (int i = 0; i < changes.size(); ++i) {
        with << QStringLiteral("c%1 AS (%2)").arg(i).arg(changes.at(i));
        checks << QStringLiteral("(SELECT count(*) FROM c%1) = 1").arg(i);
    }
    auto r = conn.execParams(QStringLiteral("WITH %1 INSERT INTO %2 %3 SELECT %4 WHERE %5 "
                                            "RETURNING id")
                                 .arg(with.join(QStringLiteral(", ")), quotedName(conn),
                                      QLatin1String(kInsertColumns), QLatin1String(kInsertValues),
                                      checks.join(QStringLiteral(" AND "))),
                             rowParameters(row) + params);
    if (!r)
        return r.error();
    if (r->rowCount() != 1)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "strata", "the version table did not hold the rows this step expected "
                                   "(was it changed by another tool during the run?)"));
    return r->scalar().toLongLong();
}

Result<void> HistoryTable::finish(Connection& conn, const HistoryRow& row) const {
    auto r = conn.execParams(
        QStringLiteral("UPDATE %1 SET status = $2, finished_at = $3::timestamptz, duration_ms = "
                       "$4::bigint, error_sqlstate = $5, error_message = $6, error_statement = "
                       "$7, error_line = $8::integer, error_position = $9::integer WHERE id = "
                       "$1::bigint")
            .arg(quotedName(conn)),
        {QString::number(row.id), HistoryRow::statusName(row.status), isoUtc(row.finishedAt),
         intOrNull(row.durationMs, -1), nullIfEmpty(row.errorSqlstate),
         nullIfEmpty(row.errorMessage), nullIfEmpty(row.errorStatement),
         intOrNull(row.errorLine, 0), intOrNull(row.errorPosition, 0)});
    if (!r)
        return r.error();
    return {};
}

Result<void> HistoryTable::setResolution(Connection& conn, qint64 id,
                                         const QString& resolution) const {
    auto r = conn.execParams(
        QStringLiteral("UPDATE %1 SET resolution = $2 WHERE id = $1::bigint").arg(quotedName(conn)),
        {QString::number(id), resolution});
    if (!r)
        return r.error();
    return {};
}

QString HistoryTable::columns() const {
    return QStringLiteral("id, revision, direction, coalesce(checksum, ''), status, "
                          "transactional, %1, %2, duration_ms, db_user, coalesce(os_user, ''), "
                          "coalesce(host, ''), coalesce(tool_version, ''), "
                          "coalesce(error_sqlstate, ''), coalesce(error_message, ''), "
                          "coalesce(error_statement, ''), coalesce(error_line, 0), "
                          "coalesce(error_position, 0), coalesce(backup_file, ''), "
                          "coalesce(environment, ''), coalesce(resolution, '')")
        .arg(timestampColumn("started_at"), timestampColumn("finished_at"));
}

HistoryRow HistoryTable::rowFrom(const QueryResult& r, int i) {
    HistoryRow row;
    row.id = r.value(i, 0).toLongLong();
    row.revision = r.value(i, 1);
    row.direction = r.value(i, 2);
    row.checksum = r.value(i, 3);
    row.status = HistoryRow::statusFromName(r.value(i, 4)).value_or(HistoryRow::Status::Failed);
    row.transactional = r.value(i, 5) == QLatin1String("t");
    row.startedAt = QDateTime::fromString(r.value(i, 6), Qt::ISODateWithMs);
    row.finishedAt = QDateTime::fromString(r.value(i, 7), Qt::ISODateWithMs);
    row.durationMs = r.isNull(i, 8) ? -1 : r.value(i, 8).toLongLong();
    row.dbUser = r.value(i, 9);
    row.osUser = r.value(i, 10);
    row.host = r.value(i, 11);
    row.toolVersion = r.value(i, 12);
    row.errorSqlstate = r.value(i, 13);
    row.errorMessage = r.value(i, 14);
    row.errorStatement = r.value(i, 15);
    row.errorLine = r.value(i, 16).toInt();
    row.errorPosition = r.value(i, 17).toInt();
    row.backupFile = r.value(i, 18);
    row.environment = r.value(i, 19);
    row.resolution = r.value(i, 20);
    return row;
}

Result<QList<HistoryRow>> HistoryTable::latest(Connection& conn, int limit) const {
    Result<bool> present = exists(conn);
    if (!present)
        return present.error();
    if (!*present)
        return QList<HistoryRow>();
    QString sql =
        QStringLiteral("SELECT %1 FROM %2 ORDER BY id DESC").arg(columns(), quotedName(conn));
    QStringList params;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT $1::integer");
        params << QString::number(limit);
    }
    auto r = conn.execParams(sql, params);
    if (!r)
        return r.error();
    QList<HistoryRow> rows;
    for (int i = 0; i < r->rowCount(); ++i)
        rows << rowFrom(*r, i);
    return rows;
}

QString HistoryTable::where(const HistoryFilter& filter, QStringList& params) {
    QStringList terms;
    const auto param = [&params](const QString& value) {
        params << value;
        return QStringLiteral("$%1").arg(params.size());
    };
    switch (filter.outcome) {
    case HistoryFilter::Outcome::Any:
        break;
    case HistoryFilter::Outcome::Succeeded:
        terms << QStringLiteral("status = 'succeeded'");
        break;
    case HistoryFilter::Outcome::Failed:
        terms << QStringLiteral("status = 'failed'");
        break;
    case HistoryFilter::Outcome::Cancelled:
        terms << QStringLiteral("status = 'cancelled'");
        break;
    case HistoryFilter::Outcome::Running:
        terms << QStringLiteral("status = 'running'");
        break;
    case HistoryFilter::Outcome::Resolved:
        terms << QStringLiteral("resolution IS NOT NULL");
        break;
    }
    if (!filter.direction.isEmpty())
        terms << QStringLiteral("direction = %1").arg(param(filter.direction));
    if (filter.from.isValid())
        terms << QStringLiteral("started_at >= %1::timestamptz").arg(param(isoUtc(filter.from)));
    if (filter.to.isValid())
        terms << QStringLiteral("started_at < %1::timestamptz").arg(param(isoUtc(filter.to)));
    if (!filter.user.isEmpty()) {
        const QString p = param(filter.user.toLower());
        terms << QStringLiteral("(strpos(lower(coalesce(os_user, '') || '@' || coalesce(host, "
                                "'')), %1) > 0 OR strpos(lower(db_user), %1) > 0)")
                     .arg(p);
    }
    if (!filter.text.isEmpty()) {
        const QString p = param(filter.text.toLower());
        QString term = QStringLiteral("strpos(lower(revision), %1) > 0 OR "
                                      "strpos(lower(coalesce(error_message, '')), %1) > 0")
                           .arg(p);
        if (!filter.revisions.isEmpty())
            term += QStringLiteral(" OR revision = ANY (string_to_array(%1, E'\\n'))")
                        .arg(param(filter.revisions.join(QLatin1Char('\n'))));
        terms << QLatin1Char('(') + term + QLatin1Char(')');
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<qint64> HistoryTable::count(Connection& conn, const HistoryFilter& filter) const {
    STRATA_TRY_ASSIGN(const bool present, exists(conn));
    if (!present)
        return qint64(0);
    QStringList params;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM %1%2").arg(quotedName(conn), where(filter, params));
    STRATA_TRY_ASSIGN(const QueryResult r, conn.execParams(sql, params));
    return r.scalar().toLongLong();
}

Result<QList<HistoryRow>> HistoryTable::page(Connection& conn, const HistoryFilter& filter,
                                             qint64 offset, int limit) const {
    STRATA_TRY_ASSIGN(const bool present, exists(conn));
    if (!present)
        return QList<HistoryRow>();
    QStringList params;
    QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY started_at DESC, id DESC")
                      .arg(columns(), quotedName(conn), where(filter, params));
    params << QString::number(qMax<qint64>(0, offset));
    sql += QStringLiteral(" OFFSET $%1::bigint").arg(params.size());
    if (limit > 0) {
        params << QString::number(limit);
        sql += QStringLiteral(" LIMIT $%1::integer").arg(params.size());
    }
    STRATA_TRY_ASSIGN(const QueryResult r, conn.execParams(sql, params));
    QList<HistoryRow> rows;
    rows.reserve(r.rowCount());
    for (int i = 0; i < r.rowCount(); ++i)
        rows << rowFrom(r, i);
    return rows;
}

Result<std::optional<HistoryRow>> HistoryTable::lastApplied(Connection& conn,
                                                            const QString& revision) const {
    STRATA_TRY_ASSIGN(const bool present, exists(conn));
    if (!present)
        return std::optional<HistoryRow>();
    STRATA_TRY_ASSIGN(const QueryResult r,
                      conn.execParams(QStringLiteral("SELECT %1 FROM %2 WHERE revision = $1 AND "
                                                     "status = 'succeeded' AND direction IN "
                                                     "('upgrade', 'stamp') ORDER BY id DESC "
                                                     "LIMIT 1")
                                          .arg(columns(), quotedName(conn)),
                                      {revision}));
    if (r.rowCount() == 0)
        return std::optional<HistoryRow>();
    return std::optional<HistoryRow>(rowFrom(r, 0));
}

Result<std::optional<HistoryRow>> HistoryTable::dirtyRow(Connection& conn) const {
    Result<bool> present = exists(conn);
    if (!present)
        return present.error();
    if (!*present)
        return std::optional<HistoryRow>();
    auto r = conn.exec(QStringLiteral("SELECT %1 FROM %2 WHERE NOT transactional AND status <> "
                                      "'succeeded' AND resolution IS NULL ORDER BY id DESC LIMIT 1")
                           .arg(columns(), quotedName(conn)));
    if (!r)
        return r.error();
    if (r->rowCount() == 0)
        return std::optional<HistoryRow>();
    return std::optional<HistoryRow>(rowFrom(*r, 0));
}

Result<QHash<QString, QString>> HistoryTable::appliedChecksums(Connection& conn) const {
    Result<bool> present = exists(conn);
    if (!present)
        return present.error();
    QHash<QString, QString> out;
    if (!*present)
        return out;
    auto r = conn.exec(
        QStringLiteral("SELECT DISTINCT ON (revision) revision, direction, coalesce(checksum, '') "
                       "FROM %1 WHERE status = 'succeeded' AND direction <> 'stamp' "
                       "ORDER BY revision, id DESC")
            .arg(quotedName(conn)));
    if (!r)
        return r.error();
    for (int i = 0; i < r->rowCount(); ++i)
        if (r->value(i, 1) == QLatin1String("upgrade") && !r->value(i, 2).isEmpty())
            out.insert(r->value(i, 0), r->value(i, 2));
    return out;
}

} // namespace strata
