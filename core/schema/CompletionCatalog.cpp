#include "schema/CompletionCatalog.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"

#include <QHash>

namespace strata {

const CompletionCatalog::Table* CompletionCatalog::table(const QString& schema,
                                                         const QString& name) const {
    const Table* fallback = nullptr;
    for (const Table& t : tables) {
        if (t.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!schema.isEmpty()) {
            if (t.schema.compare(schema, Qt::CaseInsensitive) == 0)
                return &t;
            continue;
        }
        if (t.schema == QLatin1String("public"))
            return &t;
        if (!fallback)
            fallback = &t;
    }
    return fallback;
}

QList<const CompletionCatalog::Table*> CompletionCatalog::tablesIn(const QString& schema) const {
    QList<const Table*> out;
    for (const Table& t : tables)
        if (t.schema.compare(schema, Qt::CaseInsensitive) == 0)
            out.append(&t);
    return out;
}

Result<CompletionCatalog> CompletionCatalog::read(Connection& connection) {
    CompletionCatalog catalog;

    auto schemas = connection.exec(
        QStringLiteral("SELECT nspname FROM pg_namespace "
                       "WHERE nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp_%' "
                       "ORDER BY nspname"));
    if (!schemas)
        return schemas.error();
    for (int r = 0; r < schemas->rowCount(); ++r)
        catalog.schemas.append(schemas->value(r, 0));

    auto columns = connection.exec(QStringLiteral(
        "SELECT n.nspname, c.relname, c.relkind, a.attname, "
        "       format_type(a.atttypid, a.atttypmod) "
        "FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') "
        "  AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "  AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp_%' "
        "ORDER BY n.nspname, c.relname, a.attnum"));
    if (!columns)
        return columns.error();
    QHash<QString, int> indexByKey;
    for (int r = 0; r < columns->rowCount(); ++r) {
        const QString schema = columns->value(r, 0);
        const QString name = columns->value(r, 1);
        const QString key = schema + QLatin1Char('.') + name;
        auto it = indexByKey.constFind(key);
        int index = 0;
        if (it == indexByKey.constEnd()) {
            Table t;
            t.schema = schema;
            t.name = name;
            const QString kind = columns->value(r, 2);
            t.kind = kind.isEmpty() ? 'r' : kind.at(0).toLatin1();
            catalog.tables.append(t);
            index = int(catalog.tables.size()) - 1;
            indexByKey.insert(key, index);
        } else {
            index = *it;
        }
        if (!columns->isNull(r, 3))
            catalog.tables[index].columns.append({columns->value(r, 3), columns->value(r, 4)});
    }

    // Base, domain, enum and range types a user would name (no array types, no table row types).
    auto types = connection.exec(
        QStringLiteral("SELECT DISTINCT CASE WHEN pg_type_is_visible(t.oid) THEN t.typname "
                       "                     ELSE n.nspname || '.' || t.typname END "
                       "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                       "WHERE t.typtype IN ('b', 'd', 'e', 'r', 'm') AND t.typelem = 0 "
                       "  AND t.typname NOT LIKE '\\_%' AND n.nspname NOT LIKE 'pg_toast%' "
                       "ORDER BY 1"));
    if (!types)
        return types.error();
    for (int r = 0; r < types->rowCount(); ++r)
        catalog.types.append(types->value(r, 0));

    auto functions = connection.exec(QStringLiteral(
        "SELECT DISTINCT p.proname FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE p.prokind IN ('f', 'a', 'w') AND p.proname NOT LIKE '\\_%' "
        "  AND (n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "       OR p.proname !~ '^(pg_|binary_|int[248]|float[48]|bool|char|text|varchar|"
        "timestamp|date|time|interval|numeric|oid|xid|tid|cid|name|bpchar|byte|cash|circle|box|"
        "line|lseg|path|point|poly|inet|cidr|mac|range|multirange|any|record|regclass|regtype|"
        "regproc|regoper|tsvector|tsquery|gist|gin|brin|spg|hash|bt)')"
        "ORDER BY 1"));
    if (!functions)
        return functions.error();
    for (int r = 0; r < functions->rowCount(); ++r)
        catalog.functions.append(functions->value(r, 0));

    return catalog;
}

Result<CompletionCatalog> CompletionCatalog::load(const Environment& environment) {
    return EnvironmentConnector::open(environment, ConnectionPurpose::Catalog)
        .and_then([](std::unique_ptr<Connection> connection) { return read(*connection); });
}

Result<CompletionCatalog> CompletionCatalog::load(const QString& conninfo) {
    Environment environment;
    environment.url = conninfo;
    return load(environment);
}

} // namespace strata
