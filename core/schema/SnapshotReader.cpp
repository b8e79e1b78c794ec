#include "schema/SnapshotReader.h"

#include "db/Connection.h"
#include "db/QueryResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <utility>

namespace strata {

namespace {

// Every query starts with this CTE: the schemas to read. $1 is the --schema list (text[]) or
// NULL for all of them.
const char* const kSchemasCte = R"(WITH ns AS (
    SELECT n.oid, n.nspname, quote_ident(n.nspname) AS qns
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_(toast|temp_)'
      AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                      AND d.objid = n.oid AND d.deptype = 'e')
)
)";

// Not a member of an extension: %1 the catalog, %2 the oid (a hashed subplan, run once).
QString notExtensionMember(const char* catalog, const char* oid) {
    return QStringLiteral("%2 NOT IN (SELECT dx.objid FROM pg_depend dx WHERE dx.classid = "
                          "'%1'::regclass AND dx.deptype = 'e')")
        .arg(QLatin1String(catalog), QLatin1String(oid));
}

// The comment on an object (obj_description/col_description without their per-call catalog
// lookups): %1 the catalog, %2 the oid, %3 the sub-id.
QString comment(const char* catalog, const char* oid, const char* subId = "0") {
    return QStringLiteral("(SELECT ds.description FROM pg_description ds WHERE ds.objoid = %2 "
                          "AND ds.classoid = '%1'::regclass AND ds.objsubid = %3)")
        .arg(QLatin1String(catalog), QLatin1String(oid), QLatin1String(subId));
}

// An aclitem[] as sorted text (grant order does not matter).
QString sortedAcl(const char* column) {
    return QStringLiteral("CASE WHEN %1 IS NOT NULL THEN (SELECT string_agg(x::text, ' ' ORDER BY "
                          "x::text) FROM unnest(%1) x) END")
        .arg(QLatin1String(column));
}

QString schemasQuery() {
    return QLatin1String(kSchemasCte) + QStringLiteral(R"(
SELECT ns.nspname AS name, ns.qns AS qname, pg_get_userbyid(n.nspowner) AS owner,
       %1 AS acl, obj_description(n.oid, 'pg_namespace') AS comment
FROM ns JOIN pg_namespace n ON n.oid = ns.oid)")
                                            .arg(sortedAcl("n.nspacl"));
}

QString extensionsQuery() {
    return QStringLiteral(R"(
SELECT e.extname AS name, quote_ident(e.extname) AS qname, e.extversion AS version,
       n.nspname AS schema, quote_ident(n.nspname) AS qschema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE $1::text[] IS NULL OR n.nspname = ANY ($1::text[]))");
}

QString relationsQuery() {
    return QLatin1String(kSchemasCte) + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS name, ns.qns || '.' || quote_ident(c.relname) AS qname,
       c.relkind AS kind, c.relpersistence AS persistence,
       pg_get_userbyid(c.relowner) AS owner, %1 AS acl,
       %3 AS comment,
       c.relrowsecurity AS rls_enabled, c.relforcerowsecurity AS rls_forced,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, 0) END AS partition_bound,
       CASE WHEN c.relispartition OR c.relkind = 'r' THEN
           (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)
            FROM pg_inherits i WHERE i.inhrelid = c.oid) END AS parents,
       c.relispartition AS is_partition,
       CASE WHEN c.reloptions IS NOT NULL THEN
           array_to_string(ARRAY(SELECT o FROM unnest(c.reloptions) o ORDER BY o), ', ') END
           AS options,
       CASE WHEN c.reltablespace <> 0 THEN
           (SELECT t.spcname FROM pg_tablespace t WHERE t.oid = c.reltablespace) END AS tablespace,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef
FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm') AND %2)")
                                            .arg(sortedAcl("c.relacl"),
                                                 notExtensionMember("pg_class", "c.oid"),
                                                 comment("pg_class", "c.oid"));
}

QString columnsQuery(int version) {
    const QString compression = version >= 140000 ? QStringLiteral("NULLIF(a.attcompression, '')")
                                                  : QStringLiteral("NULL::text");
    return QLatin1String(kSchemasCte) +
           QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, a.attname AS name,
       quote_ident(a.attname) AS qname, format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation THEN
           (SELECT
               CASE WHEN cn.nspname = 'pg_catalog' THEN '' ELSE quote_ident(cn.nspname) || '.' END
               || quote_ident(co.collname)
            FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE co.oid = a.attcollation) END AS collation,
       a.attnotnull AS not_null, CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0)
            ELSE pg_get_expr(d.adbin, d.adrelid) END AS expr,
       NULLIF(a.attidentity, '') AS identity, NULLIF(a.attgenerated, '') AS generated,
       %1 AS compression, ds.description AS comment, %2 AS acl
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN ns ON ns.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.objsubid = a.attnum
                           AND ds.classoid = 'pg_class'::regclass
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND (a.attislocal OR NOT c.relispartition) AND %3
ORDER BY a.attrelid, a.attnum)")
               .arg(compression, sortedAcl("a.attacl"), notExtensionMember("pg_class", "c.oid"));
}

QString constraintsQuery() {
    return QLatin1String(kSchemasCte) +
           QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, co.conname AS name,
       ns.qns || '.' || quote_ident(c.relname) AS qtable, quote_ident(co.conname) AS qname,
       co.contype AS type, pg_get_constraintdef(co.oid, true) AS def,
       co.condeferrable AS deferrable, co.condeferred AS deferred, co.convalidated AS valid,
       CASE WHEN co.contype = 'f' THEN co.confrelid::regclass::text END AS references_table,
       CASE WHEN co.contype = 'f' THEN co.confupdtype END AS on_update,
       CASE WHEN co.contype = 'f' THEN co.confdeltype END AS on_delete,
       CASE WHEN co.contype = 'f' THEN co.confmatchtype END AS match,
       co.connoinherit AS no_inherit, %2 AS comment
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND co.conparentid = 0
  AND c.relkind IN ('r', 'p') AND %1)")
               .arg(notExtensionMember("pg_class", "c.oid"), comment("pg_constraint", "co.oid"));
}

// Index keys are built from the catalogs (column, COLLATE, non-default opclass, DESC, NULLS)
// rather than with pg_get_indexdef, which opens every index (~30 us each, and an ACCESS SHARE
// lock); only indexes on expressions use pg_get_indexdef. The columns come one row per index
// column (OFFSET 0 keeps the attribute lookup an index probe rather than a hash of all of
// pg_attribute) and are joined into text by the client, which is cheaper than string_agg.
const char* const kIndexFilter = R"(NOT ic.relispartition
  AND i.indexrelid NOT IN (SELECT co.conindid FROM pg_constraint co
                           WHERE co.contype IN ('p', 'u', 'x')))";

QString indexColumnsQuery() {
    return QLatin1String(kSchemasCte) + QStringLiteral(R"(
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
    const QString nullsNotDistinct =
        version >= 150000 ? QStringLiteral("i.indnullsnotdistinct") : QStringLiteral("NULL::bool");
    return QLatin1String(kSchemasCte) +
           QStringLiteral(R"(
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

QString sequencesQuery() {
    return QLatin1String(kSchemasCte) + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS name, ns.qns || '.' || quote_ident(c.relname) AS qname,
       format_type(s.seqtypid, NULL) AS type, s.seqstart AS start, s.seqincrement AS increment,
       s.seqmin AS min, s.seqmax AS max, s.seqcache AS cache, s.seqcycle AS cycle,
       c.relpersistence AS persistence,
       pg_get_userbyid(c.relowner) AS owner, %1 AS acl,
       %3 AS comment,
       own.table_schema, own.table_name, own.column_name, own.qowner
FROM pg_class c
JOIN pg_sequence s ON s.seqrelid = c.oid
JOIN ns ON ns.oid = c.relnamespace
LEFT JOIN LATERAL (
    SELECT tn.nspname AS table_schema, tc.relname AS table_name, ta.attname AS column_name,
           quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.'
               || quote_ident(ta.attname) AS qowner
    FROM pg_depend d
    JOIN pg_class tc ON tc.oid = d.refobjid
    JOIN pg_namespace tn ON tn.oid = tc.relnamespace
    JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
      AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
    LIMIT 1) own ON true
WHERE c.relkind = 'S' AND %2
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'i'))")
                                            .arg(sortedAcl("c.relacl"),
                                                 notExtensionMember("pg_class", "c.oid"),
                                                 comment("pg_class", "c.oid"));
}

QString functionsQuery() {
    return QLatin1String(kSchemasCte) +
           QStringLiteral(R"(
SELECT ns.nspname AS schema, p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS args, p.prokind AS kind,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS def,
       pg_get_function_result(p.oid) AS result, l.lanname AS language,
       p.provolatile AS volatility, p.prosecdef AS security_definer, p.proisstrict AS strict,
       p.proparallel AS parallel, p.proleakproof AS leakproof,
       array_to_string(p.proconfig, ', ') AS config,
       pg_get_userbyid(p.proowner) AS owner, %1 AS acl,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
JOIN ns ON ns.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE %2)")
               .arg(sortedAcl("p.proacl"), notExtensionMember("pg_proc", "p.oid"));
}

QString triggersQuery(int version) {
    // 13+: triggers cloned onto partitions have tgparentid (on 12 they are tgisinternal).
    const QString notClone =
        version >= 130000 ? QStringLiteral("t.tgparentid = 0") : QStringLiteral("true");
    return QLatin1String(kSchemasCte) + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, t.tgname AS name,
       pg_get_triggerdef(t.oid, true) AS def, t.tgenabled AS enabled,
       obj_description(t.oid, 'pg_trigger') AS comment
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE NOT t.tgisinternal AND %1 AND %2)")
                                            .arg(notClone, notExtensionMember("pg_class", "c.oid"));
}

QString typesQuery() {
    return QLatin1String(kSchemasCte) +
           QStringLiteral(R"(
SELECT ns.nspname AS schema, t.typname AS name, ns.qns || '.' || quote_ident(t.typname) AS qname,
       t.typtype AS type, pg_get_userbyid(t.typowner) AS owner, %1 AS acl,
       obj_description(t.oid, 'pg_type') AS comment,
       CASE WHEN t.typtype = 'e' THEN
           (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
            FROM pg_enum e WHERE e.enumtypid = t.oid) END AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       CASE WHEN t.typtype = 'd' THEN t.typnotnull END AS not_null,
       CASE WHEN t.typtype = 'd' THEN t.typdefault END AS default_value,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN
           (SELECT
               CASE WHEN cn.nspname = 'pg_catalog' THEN '' ELSE quote_ident(cn.nspname) || '.' END
               || quote_ident(co.collname)
            FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE co.oid = t.typcollation) END AS collation,
       CASE WHEN t.typtype = 'd' THEN
           (SELECT string_agg('CONSTRAINT ' || quote_ident(co.conname) || ' '
                                  || pg_get_constraintdef(co.oid, true), ' ' ORDER BY co.conname)
            FROM pg_constraint co WHERE co.contypid = t.oid AND co.contype = 'c') END
           AS checks,
       CASE WHEN t.typtype = 'c' THEN
           (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod),
                              ', ' ORDER BY a.attnum)
            FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0
              AND NOT a.attisdropped) END AS fields
FROM pg_type t
JOIN ns ON ns.oid = t.typnamespace
LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
WHERE (t.typtype IN ('e', 'd')
       OR (t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c'))
  AND %2)")
               .arg(sortedAcl("t.typacl"), notExtensionMember("pg_type", "t.oid"));
}

QString policiesQuery() {
    return QLatin1String(kSchemasCte) + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, p.polname AS name,
       quote_ident(p.polname) AS qname, ns.qns || '.' || quote_ident(c.relname) AS qtable,
       p.polcmd AS command, p.polpermissive AS permissive,
       (SELECT string_agg(r.name, ', ' ORDER BY r.name)
        FROM (SELECT CASE WHEN o = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(o)) END
                  AS name FROM unnest(p.polroles) o) r) AS roles,
       pg_get_expr(p.polqual, p.polrelid, true) AS using_expr,
       pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expr,
       obj_description(p.oid, 'pg_policy') AS comment
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE %1)")
                                            .arg(notExtensionMember("pg_class", "c.oid"));
}

// Reads the cells of one query result by column name (indexes looked up once).
class Rows {
public:
    explicit Rows(QueryResult result)
        : m_result(std::move(result)) {
        for (int c = 0; c < m_result.columnCount(); ++c)
            m_columns.insert(m_result.columnName(c), c);
    }
    int count() const { return m_result.rowCount(); }
    // `column` is a string literal: its index is looked up once per literal.
    QString value(int row, const char* column) const {
        auto it = m_byLiteral.constFind(column);
        if (it == m_byLiteral.cend())
            it = m_byLiteral.insert(column, m_columns.value(QLatin1String(column), -1));
        Q_ASSERT(it.value() >= 0);
        return it.value() < 0 ? QString() : m_result.value(row, it.value());
    }
    bool flag(int row, const char* column) const {
        return value(row, column) == QLatin1String("t");
    }

private:
    QueryResult m_result;
    QHash<QString, int> m_columns;
    mutable QHash<const char*, int> m_byLiteral;
};

QString boolText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Sets an attribute unless the catalog value is NULL (absent).
void set(SchemaObject& object, const char* name, const QString& value) {
    if (!value.isNull())
        object.attributes.insert(QLatin1String(name), value);
}

void setFlag(SchemaObject& object, const char* name, const Rows& rows, int row,
             const char* column) {
    const QString value = rows.value(row, column);
    if (!value.isNull())
        object.attributes.insert(QLatin1String(name), boolText(value == QLatin1String("t")));
}

void setCommon(SchemaObject& object, const Rows& rows, int row) {
    set(object, "owner", rows.value(row, "owner"));
    set(object, "acl", rows.value(row, "acl"));
    set(object, "comment", rows.value(row, "comment"));
}

QString qualified(const QString& a, const QString& b) {
    return a + QLatin1Char('.') + b;
}

QString fkAction(const QString& code) {
    switch (code.isEmpty() ? ' ' : code.at(0).toLatin1()) {
    case 'a':
        return QStringLiteral("no action");
    case 'r':
        return QStringLiteral("restrict");
    case 'c':
        return QStringLiteral("cascade");
    case 'n':
        return QStringLiteral("set null");
    case 'd':
        return QStringLiteral("set default");
    default:
        return code;
    }
}

QString constraintType(const QString& code) {
    switch (code.isEmpty() ? ' ' : code.at(0).toLatin1()) {
    case 'p':
        return QStringLiteral("primary key");
    case 'u':
        return QStringLiteral("unique");
    case 'f':
        return QStringLiteral("foreign key");
    case 'c':
        return QStringLiteral("check");
    case 'x':
        return QStringLiteral("exclude");
    default:
        return code;
    }
}

QString textArrayLiteral(const QStringList& items) {
    if (items.isEmpty())
        return QString(); // SQL NULL: no filter
    QStringList quoted;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        item.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + item + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

// A column being collected for its table's CREATE TABLE text.
struct TableColumns {
    QStringList names;
    QStringList definitions;
};

class Reader {
public:
    Reader(Connection& connection, const SnapshotOptions& options)
        : m_conn(connection)
        , m_options(options)
        , m_version(connection.serverVersion())
        , m_schemaFilter(textArrayLiteral(options.schemas)) {}

    Result<SchemaSnapshot> run();

private:
    Result<Rows> query(const QString& sql);
    Result<void> readSchemas();
    Result<void> readExtensions();
    Result<void> readRelations();
    Result<void> readColumns();
    Result<void> readConstraints();
    Result<void> readIndexes();
    Result<void> readSequences();
    Result<void> readFunctions();
    Result<void> readTriggers();
    Result<void> readTypes();
    Result<void> readPolicies();
    void finishTables();
    void applyExclusions();

    Connection& m_conn;
    const SnapshotOptions& m_options;
    int m_version;
    QString m_schemaFilter;
    SchemaSnapshot m_snapshot;
    QHash<QString, QString> m_tableHeads; // table -> "CREATE TABLE q ("
    QHash<QString, QString> m_tableTails; // table -> ") PARTITION BY ...;"
    QHash<QString, TableColumns> m_columns;
};

Result<Rows> Reader::query(const QString& sql) {
    auto result = m_conn.execParams(sql, {m_schemaFilter});
    if (!result)
        return result.error();
    return Rows(std::move(result.value()));
}

Result<void> Reader::readSchemas() {
    auto rows = query(schemasQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        SchemaObject object{ObjectKind::Schema, rows->value(r, "name"), {}, {}, {}};
        setCommon(object, *rows, r);
        object.definition = QStringLiteral("CREATE SCHEMA %1;").arg(rows->value(r, "qname"));
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readExtensions() {
    auto rows = query(extensionsQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        SchemaObject object{ObjectKind::Extension, rows->value(r, "name"), {}, {}, {}};
        set(object, "version", rows->value(r, "version"));
        set(object, "schema", rows->value(r, "schema"));
        object.definition =
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 WITH SCHEMA %2 "
                           "VERSION '%3';")
                .arg(rows->value(r, "qname"), rows->value(r, "qschema"), rows->value(r, "version"));
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readRelations() {
    auto rows = query(relationsQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        const QString name = qualified(rows->value(r, "schema"), rows->value(r, "name"));
        const QString qname = rows->value(r, "qname");
        const QChar kind = rows->value(r, "kind").at(0);
        SchemaObject object;
        object.name = name;
        setCommon(object, *rows, r);
        set(object, "options", rows->value(r, "options"));
        set(object, "tablespace", rows->value(r, "tablespace"));
        if (kind == QLatin1Char('v') || kind == QLatin1Char('m')) {
            const bool materialized = kind == QLatin1Char('m');
            object.kind = materialized ? ObjectKind::MaterializedView : ObjectKind::View;
            object.definition = QStringLiteral("CREATE %1 %2 AS\n%3")
                                    .arg(materialized ? QStringLiteral("MATERIALIZED VIEW")
                                                      : QStringLiteral("VIEW"),
                                         qname, rows->value(r, "viewdef").trimmed());
            m_snapshot.insert(std::move(object));
            continue;
        }
        object.kind = ObjectKind::Table;
        object.attributes.insert(QStringLiteral("kind"), kind == QLatin1Char('p')
                                                             ? QStringLiteral("partitioned")
                                                             : QStringLiteral("ordinary"));
        const QChar persistence = rows->value(r, "persistence").at(0);
        object.attributes.insert(QStringLiteral("persistence"),
                                 persistence == QLatin1Char('u')   ? QStringLiteral("unlogged")
                                 : persistence == QLatin1Char('t') ? QStringLiteral("temporary")
                                                                   : QStringLiteral("permanent"));
        setFlag(object, "rls_enabled", *rows, r, "rls_enabled");
        setFlag(object, "rls_forced", *rows, r, "rls_forced");
        set(object, "partition_key", rows->value(r, "partition_key"));
        set(object, "partition_bound", rows->value(r, "partition_bound"));
        const bool isPartition = rows->flag(r, "is_partition");
        set(object, isPartition ? "partition_of" : "inherits", rows->value(r, "parents"));

        QString head =
            QStringLiteral("CREATE %1TABLE %2")
                .arg(persistence == QLatin1Char('u') ? QStringLiteral("UNLOGGED ") : QString(),
                     qname);
        QString tail;
        if (isPartition) {
            head += QStringLiteral(" PARTITION OF ") + rows->value(r, "parents");
            tail += QLatin1Char(' ') + rows->value(r, "partition_bound");
        } else if (!rows->value(r, "parents").isEmpty()) {
            tail += QStringLiteral(" INHERITS (") + rows->value(r, "parents") + QLatin1Char(')');
        }
        if (!rows->value(r, "partition_key").isNull())
            tail += QStringLiteral(" PARTITION BY ") + rows->value(r, "partition_key");
        if (!rows->value(r, "options").isEmpty())
            tail += QStringLiteral(" WITH (") + rows->value(r, "options") + QLatin1Char(')');
        tail += QLatin1Char(';');
        if (rows->flag(r, "rls_enabled"))
            tail += QStringLiteral("\nALTER TABLE %1 ENABLE ROW LEVEL SECURITY;").arg(qname);
        if (rows->flag(r, "rls_forced"))
            tail += QStringLiteral("\nALTER TABLE %1 FORCE ROW LEVEL SECURITY;").arg(qname);
        m_tableHeads.insert(name, head);
        m_tableTails.insert(name, tail);
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readColumns() {
    auto rows = query(columnsQuery(m_version));
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        const QString table = qualified(rows->value(r, "schema"), rows->value(r, "table_name"));
        const QString column = rows->value(r, "name");
        SchemaObject object{ObjectKind::Column, qualified(table, column), table, {}, {}};
        const QString type = rows->value(r, "type");
        const QString collation = rows->value(r, "collation");
        const QString expr = rows->value(r, "expr");
        const QString identity = rows->value(r, "identity");
        const QString generated = rows->value(r, "generated");
        const QString compression = rows->value(r, "compression");
        const bool notNull = rows->flag(r, "not_null");
        set(object, "type", type);
        set(object, "collation", collation);
        object.attributes.insert(QStringLiteral("not_null"), boolText(notNull));
        if (!generated.isNull())
            set(object, "generated", expr);
        else
            set(object, "default", expr);
        if (!identity.isNull())
            object.attributes.insert(QStringLiteral("identity"),
                                     identity == QLatin1String("a") ? QStringLiteral("always")
                                                                    : QStringLiteral("by default"));
        if (!compression.isNull())
            object.attributes.insert(QStringLiteral("compression"),
                                     compression == QLatin1String("l") ? QStringLiteral("lz4")
                                                                       : QStringLiteral("pglz"));
        set(object, "comment", rows->value(r, "comment"));
        set(object, "acl", rows->value(r, "acl"));

        QString definition = rows->value(r, "qname") + QLatin1Char(' ') + type;
        if (!collation.isNull())
            definition += QStringLiteral(" COLLATE ") + collation;
        if (!compression.isNull())
            definition += QStringLiteral(" COMPRESSION ") + object.attribute("compression");
        if (notNull)
            definition += QStringLiteral(" NOT NULL");
        if (!generated.isNull())
            definition += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(expr);
        else if (!expr.isNull())
            definition += QStringLiteral(" DEFAULT ") + expr;
        if (!identity.isNull())
            definition += QStringLiteral(" GENERATED %1 AS IDENTITY")
                              .arg(identity == QLatin1String("a") ? QStringLiteral("ALWAYS")
                                                                  : QStringLiteral("BY DEFAULT"));
        object.definition = definition;

        TableColumns& columns = m_columns[table];
        columns.names.append(column);
        columns.definitions.append(definition);
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readConstraints() {
    auto rows = query(constraintsQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        const QString table = qualified(rows->value(r, "schema"), rows->value(r, "table_name"));
        SchemaObject object{
            ObjectKind::Constraint, qualified(table, rows->value(r, "name")), table, {}, {}};
        const QString def = rows->value(r, "def");
        object.attributes.insert(QStringLiteral("type"), constraintType(rows->value(r, "type")));
        set(object, "expression", def);
        setFlag(object, "deferrable", *rows, r, "deferrable");
        setFlag(object, "deferred", *rows, r, "deferred");
        setFlag(object, "valid", *rows, r, "valid");
        if (rows->flag(r, "no_inherit"))
            object.attributes.insert(QStringLiteral("no_inherit"), QStringLiteral("true"));
        set(object, "references", rows->value(r, "references_table"));
        const QString onUpdate = rows->value(r, "on_update");
        if (!onUpdate.isNull()) {
            object.attributes.insert(QStringLiteral("on_update"), fkAction(onUpdate));
            object.attributes.insert(QStringLiteral("on_delete"),
                                     fkAction(rows->value(r, "on_delete")));
            set(object, "match", rows->value(r, "match"));
        }
        set(object, "comment", rows->value(r, "comment"));
        object.definition = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3;")
                                .arg(rows->value(r, "qtable"), rows->value(r, "qname"), def);
        m_snapshot.insert(std::move(object));
    }
    return {};
}

// The key and INCLUDE columns of one index, in order.
struct IndexColumns {
    QStringList keys;
    QStringList include;
    QStringList opclasses;
};

Result<void> Reader::readIndexes() {
    auto columnRows = query(indexColumnsQuery());
    if (!columnRows)
        return columnRows.error();
    // index oid -> position -> (is a key column, text, opclass name).
    struct Part {
        bool isKey = true;
        QString text;
        QString opclass;
    };
    QHash<QString, std::map<int, Part>> parts;
    for (int r = 0; r < columnRows->count(); ++r) {
        const int n = columnRows->value(r, "n").toInt();
        const bool isKey = n <= columnRows->value(r, "nkey").toInt();
        QString key = columnRows->value(r, "qname"); // null for an expression
        if (isKey && !key.isNull()) {
            const QString collation = columnRows->value(r, "collation");
            const QString opclass = columnRows->value(r, "opclass");
            const int option = columnRows->value(r, "opt").toInt();
            if (!collation.isNull())
                key += QStringLiteral(" COLLATE ") + collation;
            if (!opclass.isNull())
                key += QLatin1Char(' ') + opclass;
            if (option & 1)
                key += (option & 2) ? QStringLiteral(" DESC") : QStringLiteral(" DESC NULLS LAST");
            else if (option & 2)
                key += QStringLiteral(" NULLS FIRST");
        }
        parts[columnRows->value(r, "oid")][n] = {isKey, key, columnRows->value(r, "opcname")};
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

    auto rows = query(indexesQuery(m_version));
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        const QString table =
            qualified(rows->value(r, "table_schema"), rows->value(r, "table_name"));
        SchemaObject object{ObjectKind::Index,
                            qualified(rows->value(r, "schema"), rows->value(r, "name")),
                            table,
                            {},
                            {}};
        const IndexColumns indexColumns = columns.value(rows->value(r, "oid"));
        const QString expressionKeys = rows->value(r, "expression_keys");
        const QString keys =
            expressionKeys.isNull() ? indexColumns.keys.join(QStringLiteral(", ")) : expressionKeys;
        const QString include = indexColumns.include.isEmpty()
                                    ? QString()
                                    : indexColumns.include.join(QStringLiteral(", "));
        const bool unique = rows->flag(r, "is_unique");
        const QString options = rows->value(r, "options");
        const QString predicate = rows->value(r, "predicate");
        QString definition = rows->value(r, "def");
        if (definition.isNull()) {
            definition =
                QStringLiteral("CREATE %1INDEX %2 ON %3%4 USING %5 (%6)")
                    .arg(unique ? QStringLiteral("UNIQUE ") : QString(), rows->value(r, "qname"),
                         rows->value(r, "table_kind") == QLatin1String("p")
                             ? QStringLiteral("ONLY ")
                             : QString(),
                         rows->value(r, "qtable"), rows->value(r, "method"), keys);
            if (!include.isNull())
                definition += QStringLiteral(" INCLUDE (%1)").arg(include);
            if (rows->flag(r, "nulls_not_distinct"))
                definition += QStringLiteral(" NULLS NOT DISTINCT");
            if (!options.isEmpty())
                definition += QStringLiteral(" WITH (%1)").arg(options);
            if (!predicate.isNull())
                definition += QStringLiteral(" WHERE (%1)").arg(predicate);
        }
        object.definition = definition + QLatin1Char(';');
        set(object, "table", table);
        set(object, "method", rows->value(r, "method"));
        setFlag(object, "unique", *rows, r, "is_unique");
        setFlag(object, "nulls_not_distinct", *rows, r, "nulls_not_distinct");
        set(object, "keys", keys);
        set(object, "include", include);
        set(object, "opclasses", indexColumns.opclasses.join(QStringLiteral(", ")));
        set(object, "predicate", rows->value(r, "predicate"));
        setFlag(object, "valid", *rows, r, "valid");
        if (!rows->value(r, "options").isEmpty())
            set(object, "options", rows->value(r, "options"));
        set(object, "comment", rows->value(r, "comment"));
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readSequences() {
    auto rows = query(sequencesQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        SchemaObject object;
        object.kind = ObjectKind::Sequence;
        object.name = qualified(rows->value(r, "schema"), rows->value(r, "name"));
        const QString ownerTable = rows->value(r, "table_name");
        if (!ownerTable.isNull()) {
            object.parent = qualified(rows->value(r, "table_schema"), ownerTable);
            set(object, "owned_by", qualified(object.parent, rows->value(r, "column_name")));
        }
        const QString type = rows->value(r, "type");
        set(object, "type", type);
        set(object, "start", rows->value(r, "start"));
        set(object, "increment", rows->value(r, "increment"));
        set(object, "min", rows->value(r, "min"));
        set(object, "max", rows->value(r, "max"));
        set(object, "cache", rows->value(r, "cache"));
        setFlag(object, "cycle", *rows, r, "cycle");
        if (rows->value(r, "persistence") == QLatin1String("u"))
            object.attributes.insert(QStringLiteral("persistence"), QStringLiteral("unlogged"));
        setCommon(object, *rows, r);
        object.definition =
            QStringLiteral("CREATE SEQUENCE %1 AS %2 START WITH %3 INCREMENT BY %4 MINVALUE %5 "
                           "MAXVALUE %6 CACHE %7%8;")
                .arg(rows->value(r, "qname"), type, rows->value(r, "start"),
                     rows->value(r, "increment"), rows->value(r, "min"), rows->value(r, "max"),
                     rows->value(r, "cache"),
                     rows->flag(r, "cycle") ? QStringLiteral(" CYCLE") : QString());
        if (!ownerTable.isNull())
            object.definition += QStringLiteral("\nALTER SEQUENCE %1 OWNED BY %2;")
                                     .arg(rows->value(r, "qname"), rows->value(r, "qowner"));
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readFunctions() {
    auto rows = query(functionsQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        SchemaObject object;
        object.kind = ObjectKind::Function;
        object.name = qualified(rows->value(r, "schema"), rows->value(r, "name")) +
                      QLatin1Char('(') + rows->value(r, "args") + QLatin1Char(')');
        const QChar kind = rows->value(r, "kind").at(0);
        object.attributes.insert(QStringLiteral("kind"),
                                 kind == QLatin1Char('p')   ? QStringLiteral("procedure")
                                 : kind == QLatin1Char('a') ? QStringLiteral("aggregate")
                                 : kind == QLatin1Char('w') ? QStringLiteral("window")
                                                            : QStringLiteral("function"));
        set(object, "result", rows->value(r, "result"));
        set(object, "language", rows->value(r, "language"));
        const QString volatility = rows->value(r, "volatility");
        object.attributes.insert(QStringLiteral("volatility"),
                                 volatility == QLatin1String("i")   ? QStringLiteral("immutable")
                                 : volatility == QLatin1String("s") ? QStringLiteral("stable")
                                                                    : QStringLiteral("volatile"));
        setFlag(object, "security_definer", *rows, r, "security_definer");
        setFlag(object, "strict", *rows, r, "strict");
        setFlag(object, "leakproof", *rows, r, "leakproof");
        const QString parallel = rows->value(r, "parallel");
        object.attributes.insert(QStringLiteral("parallel"),
                                 parallel == QLatin1String("s")   ? QStringLiteral("safe")
                                 : parallel == QLatin1String("r") ? QStringLiteral("restricted")
                                                                  : QStringLiteral("unsafe"));
        set(object, "config", rows->value(r, "config"));
        setCommon(object, *rows, r);
        object.definition = rows->value(r, "def").trimmed();
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readTriggers() {
    auto rows = query(triggersQuery(m_version));
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        const QString table = qualified(rows->value(r, "schema"), rows->value(r, "table_name"));
        SchemaObject object{ObjectKind::Trigger,
                            qualified(table, rows->value(r, "name")),
                            table,
                            {},
                            rows->value(r, "def") + QLatin1Char(';')};
        const QString enabled = rows->value(r, "enabled");
        object.attributes.insert(QStringLiteral("enabled"),
                                 enabled == QLatin1String("D")   ? QStringLiteral("disabled")
                                 : enabled == QLatin1String("R") ? QStringLiteral("replica")
                                 : enabled == QLatin1String("A") ? QStringLiteral("always")
                                                                 : QStringLiteral("origin"));
        set(object, "comment", rows->value(r, "comment"));
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readTypes() {
    auto rows = query(typesQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        SchemaObject object;
        object.name = qualified(rows->value(r, "schema"), rows->value(r, "name"));
        const QString qname = rows->value(r, "qname");
        const QString type = rows->value(r, "type");
        setCommon(object, *rows, r);
        if (type == QLatin1String("e")) {
            object.kind = ObjectKind::EnumType;
            set(object, "labels", rows->value(r, "labels"));
            object.definition =
                QStringLiteral("CREATE TYPE %1 AS ENUM (%2);").arg(qname, rows->value(r, "labels"));
        } else if (type == QLatin1String("d")) {
            object.kind = ObjectKind::Domain;
            set(object, "base_type", rows->value(r, "base_type"));
            setFlag(object, "not_null", *rows, r, "not_null");
            set(object, "default", rows->value(r, "default_value"));
            set(object, "collation", rows->value(r, "collation"));
            set(object, "checks", rows->value(r, "checks"));
            QString definition =
                QStringLiteral("CREATE DOMAIN %1 AS %2").arg(qname, rows->value(r, "base_type"));
            if (!rows->value(r, "collation").isNull())
                definition += QStringLiteral(" COLLATE ") + rows->value(r, "collation");
            if (!rows->value(r, "default_value").isNull())
                definition += QStringLiteral(" DEFAULT ") + rows->value(r, "default_value");
            if (rows->flag(r, "not_null"))
                definition += QStringLiteral(" NOT NULL");
            if (!rows->value(r, "checks").isNull())
                definition += QLatin1Char(' ') + rows->value(r, "checks");
            object.definition = definition + QLatin1Char(';');
        } else {
            object.kind = ObjectKind::CompositeType;
            set(object, "fields", rows->value(r, "fields"));
            object.definition =
                QStringLiteral("CREATE TYPE %1 AS (%2);").arg(qname, rows->value(r, "fields"));
        }
        m_snapshot.insert(std::move(object));
    }
    return {};
}

Result<void> Reader::readPolicies() {
    auto rows = query(policiesQuery());
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        const QString table = qualified(rows->value(r, "schema"), rows->value(r, "table_name"));
        SchemaObject object{
            ObjectKind::Policy, qualified(table, rows->value(r, "name")), table, {}, {}};
        const QString command = rows->value(r, "command");
        const QString commandText = command == QLatin1String("r")   ? QStringLiteral("SELECT")
                                    : command == QLatin1String("a") ? QStringLiteral("INSERT")
                                    : command == QLatin1String("w") ? QStringLiteral("UPDATE")
                                    : command == QLatin1String("d") ? QStringLiteral("DELETE")
                                                                    : QStringLiteral("ALL");
        const bool permissive = rows->flag(r, "permissive");
        object.attributes.insert(QStringLiteral("command"), commandText);
        object.attributes.insert(QStringLiteral("permissive"), boolText(permissive));
        set(object, "roles", rows->value(r, "roles"));
        set(object, "using", rows->value(r, "using_expr"));
        set(object, "with_check", rows->value(r, "check_expr"));
        set(object, "comment", rows->value(r, "comment"));
        QString definition =
            QStringLiteral("CREATE POLICY %1 ON %2 AS %3 FOR %4 TO %5")
                .arg(rows->value(r, "qname"), rows->value(r, "qtable"),
                     permissive ? QStringLiteral("PERMISSIVE") : QStringLiteral("RESTRICTIVE"),
                     commandText, rows->value(r, "roles"));
        if (!rows->value(r, "using_expr").isNull())
            definition += QStringLiteral(" USING (%1)").arg(rows->value(r, "using_expr"));
        if (!rows->value(r, "check_expr").isNull())
            definition += QStringLiteral(" WITH CHECK (%1)").arg(rows->value(r, "check_expr"));
        object.definition = definition + QLatin1Char(';');
        m_snapshot.insert(std::move(object));
    }
    return {};
}

// The tables' column order and CREATE TABLE text, once the columns are known.
void Reader::finishTables() {
    for (auto it = m_tableHeads.cbegin(); it != m_tableHeads.cend(); ++it) {
        SchemaObject object = *m_snapshot.find(ObjectKind::Table, it.key());
        const TableColumns columns = m_columns.value(it.key());
        object.attributes.insert(QLatin1String(kColumnOrderAttribute),
                                 columns.names.join(QLatin1Char(',')));
        QString body;
        if (!columns.definitions.isEmpty())
            body = QStringLiteral(" (\n    ") +
                   columns.definitions.join(QStringLiteral(",\n    ")) + QStringLiteral("\n)");
        else if (!object.attributes.contains(QStringLiteral("partition_of")))
            body = QStringLiteral(" ()");
        object.definition = it.value() + body + m_tableTails.value(it.key());
        m_snapshot.insert(std::move(object));
    }
}

void Reader::applyExclusions() {
    QList<QRegularExpression> patterns;
    for (const QString& pattern : m_options.ignorePatterns)
        patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
    QSet<QString> excludedTables;
    if (!m_options.versionTable.isEmpty())
        excludedTables.insert(m_options.versionTable);
    if (!m_options.historyTable.isEmpty())
        excludedTables.insert(m_options.historyTable);
    auto ignored = [&](const QString& name) {
        if (name.isEmpty())
            return false;
        if (excludedTables.contains(name))
            return true;
        for (const QRegularExpression& re : patterns) {
            if (re.match(name).hasMatch())
                return true;
        }
        return false;
    };
    QList<ObjectKey> drop;
    for (const auto& [key, object] : m_snapshot.objects()) {
        if (ignored(object.name) || ignored(object.parent))
            drop.append(key);
    }
    for (const ObjectKey& key : drop)
        m_snapshot.remove(key);
    if (!m_options.ignoreOwners && !m_options.ignorePrivileges)
        return;
    QList<SchemaObject> stripped;
    for (const auto& [key, object] : m_snapshot.objects()) {
        if ((m_options.ignoreOwners && object.attributes.contains(QStringLiteral("owner"))) ||
            (m_options.ignorePrivileges && object.attributes.contains(QStringLiteral("acl")))) {
            SchemaObject copy = object;
            if (m_options.ignoreOwners)
                copy.attributes.remove(QStringLiteral("owner"));
            if (m_options.ignorePrivileges)
                copy.attributes.remove(QStringLiteral("acl"));
            stripped.append(std::move(copy));
        }
    }
    for (SchemaObject& object : stripped)
        m_snapshot.insert(std::move(object));
}

Result<SchemaSnapshot> Reader::run() {
    m_snapshot.setServerVersion(m_version);
    using Step = Result<void> (Reader::*)();
    const Step steps[] = {&Reader::readSchemas,   &Reader::readExtensions,  &Reader::readRelations,
                          &Reader::readColumns,   &Reader::readConstraints, &Reader::readIndexes,
                          &Reader::readSequences, &Reader::readFunctions,   &Reader::readTriggers,
                          &Reader::readTypes,     &Reader::readPolicies};
    for (Step step : steps) {
        Result<void> done = (this->*step)();
        if (!done)
            return done.error();
    }
    finishTables();
    applyExclusions();
    return std::move(m_snapshot);
}

} // namespace

Result<SchemaSnapshot> SnapshotReader::read(Connection& connection,
                                            const SnapshotOptions& options) {
    if (!connection.isOpen())
        return Error(ErrorCode::Connection,
                     QCoreApplication::translate("strata", "schema snapshot: no connection"));
    if (connection.transactionStatus() != Connection::TransactionStatus::Idle)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "strata", "schema snapshot: the connection is inside a transaction"));
    const int version = connection.serverVersion();
    if (version < 120000)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "strata", "schema snapshot: PostgreSQL %1 is not supported (12 or "
                                   "later is needed)")
                         .arg(connection.serverVersionText()));

    auto begin = connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!begin)
        return begin.error();
    auto setup = connection.execParams(
        QStringLiteral("SELECT set_config('search_path', 'pg_catalog', true), "
                       "set_config('jit', 'off', true), "
                       "CASE WHEN $1 <> '' THEN set_config('lock_timeout', $1, true) END"),
        {options.lockTimeout.isNull() ? QString(QLatin1String("")) : options.lockTimeout});
    Result<SchemaSnapshot> snapshot =
        setup ? Reader(connection, options).run() : Result<SchemaSnapshot>(setup.error());
    if (!snapshot) {
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return snapshot;
    }
    auto end = connection.exec(QStringLiteral("COMMIT"));
    if (!end)
        return end.error();
    return snapshot;
}

} // namespace strata
