#include "schema/IndexReader.h"

#include <map>

namespace strata {

using namespace catalog;

namespace {

// Index keys are built from the catalogs (column, COLLATE, non-default opclass, DESC, NULLS)
// rather than with pg_get_indexdef, which opens every index (~30 us each, and an ACCESS SHARE
// lock); only indexes on expressions use pg_get_indexdef. The columns come one row per index
// column (OFFSET 0 keeps the attribute lookup an index probe rather than a hash of all of
// pg_attribute) and are joined into text by the client, which is cheaper than string_agg.
const char* const kIndexFilter = R"(NOT ic.relispartition
  AND i.indexrelid NOT IN (SELECT co.conindid FROM pg_constraint co
                           WHERE co.contype IN ('p', 'u', 'x')))";

QString indexColumnsQuery() {
    return schemasCte() + QStringLiteral(R"(
SELECT i.indexrelid AS oid, u.n, i.indnkeyatts AS nkey, quote_ident(a.attname) AS qname,
       CASE WHEN u.coll <> 0 AND u.coll <> a.attcollation THEN
           (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN ''
                        ELSE quote_ident(cn.nspname) || '.' END
                   || quote_ident(co.collname)
            FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE co.oid = u.coll) END AS collation,
       oc.opcname,
       CASE WHEN NOT oc.opcdefault THEN
           CASE WHEN ocn.nspname = 'pg_catalog' THEN '' ELSE quote_ident(ocn.nspname) || '.' END
           || quote_ident(oc.opcname) END AS opclass,
       u.opt
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN ns ON ns.oid = ic.relnamespace,
     unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
         WITH ORDINALITY u(attnum, cls, coll, opt, n)
LEFT JOIN LATERAL (SELECT pa.attname, pa.attcollation FROM pg_attribute pa
                   WHERE pa.attrelid = i.indrelid AND pa.attnum = u.attnum OFFSET 0) a ON true
LEFT JOIN pg_opclass oc ON oc.oid = u.cls
LEFT JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
WHERE %1)")
                              .arg(QLatin1String(kIndexFilter));
}

QString indexesQuery(int version) {
    // Before 15 every index is "nulls distinct", the default of 15+.
    const QString nullsNotDistinct =
        version >= 150000 ? QStringLiteral("i.indnullsnotdistinct") : QStringLiteral("false");
    return schemasCte() + QStringLiteral(R"(
SELECT i.indexrelid AS oid, ns.nspname AS schema, ic.relname AS name,
       quote_ident(ic.relname) AS qname,
       tn.nspname AS table_schema, c.relname AS table_name, c.relkind AS table_kind,
       quote_ident(tn.nspname) || '.' || quote_ident(c.relname) AS qtable,
       am.amname AS method, i.indisunique AS is_unique,
       %1 AS nulls_not_distinct, pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       i.indisvalid AS valid,
       CASE WHEN i.indexprs IS NOT NULL THEN pg_get_indexdef(i.indexrelid) END AS def,
       CASE WHEN i.indexprs IS NOT NULL THEN
           (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true), ', ' ORDER BY k)
            FROM generate_series(1, i.indnkeyatts) k) END AS expression_keys,
       CASE WHEN ic.reloptions IS NOT NULL THEN
           array_to_string(ARRAY(SELECT o FROM unnest(ic.reloptions) o ORDER BY o), ', ') END
           AS options,
       %3 AS comment
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN ns ON ns.oid = ic.relnamespace
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE c.relkind IN ('r', 'p', 'm') AND %4 AND %2)")
                              .arg(nullsNotDistinct, notExtensionMember("pg_class", "ic.oid"),
                                   comment("pg_class", "ic.oid"), QLatin1String(kIndexFilter));
}

// The key and INCLUDE columns of one index, in order.
struct IndexColumns {
    QStringList keys;
    QStringList include;
    QStringList opclasses;
};

} // namespace

Result<void> IndexReader::read() {
    STRATA_TRY(readIndexes());
    return {};
}

Result<void> IndexReader::readIndexes() {
    STRATA_TRY_ASSIGN(const CatalogRows columnRows, m_query.rows(indexColumnsQuery()));
    // index oid -> position -> (is a key column, text, opclass name).
    struct Part {
        bool isKey = true;
        QString text;
        QString opclass;
    };
    QHash<QString, std::map<int, Part>> parts;
    for (int r = 0; r < columnRows.count(); ++r) {
        const int n = columnRows.value(r, "n").toInt();
        const bool isKey = n <= columnRows.value(r, "nkey").toInt();
        QString key = columnRows.value(r, "qname"); // null for an expression
        if (isKey && !key.isNull()) {
            const QString collation = columnRows.value(r, "collation");
            const QString opclass = columnRows.value(r, "opclass");
            const int option = columnRows.value(r, "opt").toInt();
            if (!collation.isNull())
                key += QStringLiteral(" COLLATE ") + collation;
            if (!opclass.isNull())
                key += QLatin1Char(' ') + opclass;
            if (option & 1)
                key += (option & 2) ? QStringLiteral(" DESC") : QStringLiteral(" DESC NULLS LAST");
            else if (option & 2)
                key += QStringLiteral(" NULLS FIRST");
        }
        parts[columnRows.value(r, "oid")][n] = {isKey, key, columnRows.value(r, "opcname")};
    }
    QHash<QString, IndexColumns> columns;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        IndexColumns& index = columns[it.key()];
        for (const auto& [n, part] : it.value()) {
            if (part.isKey) {
                index.keys.append(part.text);
                index.opclasses.append(part.opclass);
            } else {
                index.include.append(part.text);
            }
        }
    }

    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(indexesQuery(m_query.version())));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "table_schema"), rows.value(r, "table_name"));
        SchemaObject object{ObjectKind::Index,
                            qualified(rows.value(r, "schema"), rows.value(r, "name")),
                            table,
                            {},
                            {}};
        const IndexColumns indexColumns = columns.value(rows.value(r, "oid"));
        const QString expressionKeys = rows.value(r, "expression_keys");
        const QString keys =
            expressionKeys.isNull() ? indexColumns.keys.join(QStringLiteral(", ")) : expressionKeys;
        const QString include = indexColumns.include.isEmpty()
                                    ? QString()
                                    : indexColumns.include.join(QStringLiteral(", "));
        const bool unique = rows.flag(r, "is_unique");
        const QString options = rows.value(r, "options");
        const QString predicate = rows.value(r, "predicate");
        QString definition = rows.value(r, "def");
        if (definition.isNull()) {
            definition =
                QStringLiteral("CREATE %1INDEX %2 ON %3%4 USING %5 (%6)")
                    .arg(unique ? QStringLiteral("UNIQUE ") : QString(), rows.value(r, "qname"),
                         rows.value(r, "table_kind") == QLatin1String("p") ? QStringLiteral("ONLY ")
                                                                           : QString(),
                         rows.value(r, "qtable"), rows.value(r, "method"), keys);
            if (!include.isNull())
                definition += QStringLiteral(" INCLUDE (%1)").arg(include);
            if (rows.flag(r, "nulls_not_distinct"))
                definition += QStringLiteral(" NULLS NOT DISTINCT");
            if (!options.isEmpty())
                definition += QStringLiteral(" WITH (%1)").arg(options);
            if (!predicate.isNull())
                definition += QStringLiteral(" WHERE (%1)").arg(predicate);
        }
        object.definition = definition + QLatin1Char(';');
        set(object, "table", table);
        set(object, "method", rows.value(r, "method"));
        setFlag(object, "unique", rows, r, "is_unique");
        setFlag(object, "nulls_not_distinct", rows, r, "nulls_not_distinct");
        set(object, "keys", keys);
        set(object, "include", include);
        set(object, "opclasses", indexColumns.opclasses.join(QStringLiteral(", ")));
        set(object, "predicate", rows.value(r, "predicate"));
        setFlag(object, "valid", rows, r, "valid");
        if (!rows.value(r, "options").isEmpty())
            set(object, "options", rows.value(r, "options"));
        set(object, "comment", rows.value(r, "comment"));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
