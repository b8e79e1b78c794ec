#include "VersionTable.h"

#include "db/Connection.h"
#include "db/TableName.h"

#include <QCoreApplication>

namespace strata {

VersionTable::VersionTable(QString schema, QString table)
    : m_schema(schema.isEmpty() ? QStringLiteral("public") : std::move(schema))
    , m_table(std::move(table)) {}

QString VersionTable::quotedName(const Connection& conn) const {
    return TableName(m_schema, m_table).quoted(conn);
}

Result<bool> VersionTable::exists(Connection& conn) const {
    return TableName(m_schema, m_table).exists(conn);
}

Result<QStringList> VersionTable::readHeads(Connection& conn) const {
    Result<bool> present = exists(conn);
    if (!present)
        return present.error();
    if (!*present)
        return QStringList();
    auto r = conn.exec(QStringLiteral("SELECT version_num FROM ") + quotedName(conn));
    if (!r)
        return r.error();
    QStringList heads;
    for (int i = 0; i < r->rowCount(); ++i)
        heads << r->value(i, 0);
    return heads;
}

Result<void> VersionTable::create(Connection& conn) const {
    auto r = conn.exec(
        QStringLiteral("CREATE TABLE %1 (version_num VARCHAR(32) NOT NULL, "
                       "CONSTRAINT %2 PRIMARY KEY (version_num))")
            .arg(quotedName(conn), conn.quoteIdentifier(m_table + QStringLiteral("_pkc"))));
    if (!r)
        return r.error();
    return {};
}

Result<void> VersionTable::apply(Connection& conn, const VersionRowOp& op) const {
    Result<QueryResult> r = QueryResult();
    switch (op.kind) {
    case VersionRowOp::Kind::Insert:
        r = conn.execParams(
            QStringLiteral("INSERT INTO %1 (version_num) VALUES ($1)").arg(quotedName(conn)),
            {op.to});
        break;
    case VersionRowOp::Kind::Delete:
        r = conn.execParams(
            QStringLiteral("DELETE FROM %1 WHERE version_num = $1").arg(quotedName(conn)),
            {op.from});
        break;
    case VersionRowOp::Kind::Update:
        r = conn.execParams(QStringLiteral("UPDATE %1 SET version_num = $1 WHERE version_num = $2")
                                .arg(quotedName(conn)),
                            {op.to, op.from});
        break;
    }
    if (!r)
        return r.error();
    if (r->rowsAffected() != 1)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "strata", "version table %1: %2 expected to change one row, changed %3 "
                                   "(was the table changed by another tool during the run?)")
                         .arg(qualifiedName(), op.toString())
                         .arg(r->rowsAffected()));
    return {};
}

Result<void> VersionTable::applyAll(Connection& conn, const QList<VersionRowOp>& ops) const {
    for (const VersionRowOp& op : ops) {
        Result<void> r = apply(conn, op);
        if (!r)
            return r;
    }
    return {};
}

QString VersionTable::rowOpSql(const Connection& conn, const VersionRowOp& op, int firstParam,
                               QStringList* params) const {
    const int n = firstParam - 1 + int(params->size());
    switch (op.kind) {
    case VersionRowOp::Kind::Insert:
        params->append(op.to);
        return QStringLiteral("INSERT INTO %1 (version_num) VALUES ($%2) RETURNING 1")
            .arg(quotedName(conn))
            .arg(n + 1);
    case VersionRowOp::Kind::Delete:
        params->append(op.from);
        return QStringLiteral("DELETE FROM %1 WHERE version_num = $%2 RETURNING 1")
            .arg(quotedName(conn))
            .arg(n + 1);
    case VersionRowOp::Kind::Update:
        break;
    }
    params->append(op.to);
    params->append(op.from);
    return QStringLiteral("UPDATE %1 SET version_num = $%2 WHERE version_num = $%3 RETURNING 1")
        .arg(quotedName(conn))
        .arg(n + 1)
        .arg(n + 2);
}

Result<void> VersionTable::deleteAll(Connection& conn) const {
    auto r = conn.exec(QStringLiteral("DELETE FROM ") + quotedName(conn));
    if (!r)
        return r.error();
    return {};
}

} // namespace strata
