#include "TableName.h"

#include "db/Connection.h"

namespace strata {

TableName::TableName(QString schemaName, QString tableName)
    : schema(schemaName.isEmpty() ? QStringLiteral("public") : std::move(schemaName))
    , table(std::move(tableName)) {}

QString TableName::quoted(const Connection& conn) const {
    return conn.quoteIdentifier(schema) + QLatin1Char('.') + conn.quoteIdentifier(table);
}

Result<bool> TableName::exists(Connection& conn) const {
    auto r = conn.execParams(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN "
                       "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 "
                       "AND c.relname = $2 AND c.relkind IN ('r', 'p'))"),
        {schema, table});
    if (!r)
        return r.error();
    return r->scalar() == QLatin1String("t");
}

} // namespace strata
