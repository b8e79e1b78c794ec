#include "schema/RelationReader.h"

#include <algorithm>

namespace strata {

using namespace catalog;

namespace {

QString relationsQuery() {
    return schemasCte() + QStringLiteral(R"(
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
                              .arg(sortedAcl("c.relacl"), notExtensionMember("pg_class", "c.oid"),
                                   comment("pg_class", "c.oid"));
}

QString constraintsQuery(int version) {
    // 15+: UNIQUE NULLS NOT DISTINCT (before 15 every unique constraint is "distinct");
    // 18: PRIMARY KEY / UNIQUE ... WITHOUT OVERLAPS (conperiod).
    const QString nullsNotDistinct =
        version >= 150000
            ? QStringLiteral("CASE WHEN co.contype = 'u' THEN (SELECT ix.indnullsnotdistinct FROM "
                             "pg_index ix WHERE ix.indexrelid = co.conindid) END")
            : QStringLiteral("CASE WHEN co.contype = 'u' THEN false END");
    const QString period =
        version >= 180000 ? QStringLiteral("co.conperiod") : QStringLiteral("NULL::bool");
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, co.conname AS name,
       ns.qns || '.' || quote_ident(c.relname) AS qtable, quote_ident(co.conname) AS qname,
       co.contype AS type, pg_get_constraintdef(co.oid, true) AS def,
       co.condeferrable AS deferrable, co.condeferred AS deferred, co.convalidated AS valid,
       CASE WHEN co.contype = 'f' THEN co.confrelid::regclass::text END AS references_table,
       CASE WHEN co.contype = 'f' THEN co.confupdtype END AS on_update,
       CASE WHEN co.contype = 'f' THEN co.confdeltype END AS on_delete,
       CASE WHEN co.contype = 'f' THEN co.confmatchtype END AS match,
       co.connoinherit AS no_inherit, %2 AS comment, %3 AS nulls_not_distinct,
       %4 AS without_overlaps
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND co.conparentid = 0
  AND c.relkind IN ('r', 'p') AND %1)")
                              .arg(notExtensionMember("pg_class", "c.oid"),
                                   comment("pg_constraint", "co.oid"), nullsNotDistinct, period);
}

QString sequencesQuery() {
    return schemasCte() + QStringLiteral(R"(
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
                              .arg(sortedAcl("c.relacl"), notExtensionMember("pg_class", "c.oid"),
                                   comment("pg_class", "c.oid"));
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

} // namespace

Result<void> RelationReader::read() {
    STRATA_TRY(readRelations());
    STRATA_TRY(readConstraints());
    STRATA_TRY(readSequences());
    return {};
}

Result<void> RelationReader::readRelations() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(relationsQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        const QString name = qualified(rows.value(r, "schema"), rows.value(r, "name"));
        const QString qname = rows.value(r, "qname");
        const QChar kind = rows.value(r, "kind").at(0);
        SchemaObject object;
        object.name = name;
        setCommon(object, rows, r);
        set(object, "options", rows.value(r, "options"));
        set(object, "tablespace", rows.value(r, "tablespace"));
        if (kind == QLatin1Char('v') || kind == QLatin1Char('m')) {
            const bool materialized = kind == QLatin1Char('m');
            object.kind = materialized ? ObjectKind::MaterializedView : ObjectKind::View;
            object.definition = QStringLiteral("CREATE %1 %2 AS\n%3")
                                    .arg(materialized ? QStringLiteral("MATERIALIZED VIEW")
                                                      : QStringLiteral("VIEW"),
                                         qname, rows.value(r, "viewdef").trimmed());
            m_query.snapshot().insert(std::move(object));
            continue;
        }
        object.kind = ObjectKind::Table;
        object.attributes.insert(QStringLiteral("kind"), kind == QLatin1Char('p')
                                                             ? QStringLiteral("partitioned")
                                                             : QStringLiteral("ordinary"));
        const QChar persistence = rows.value(r, "persistence").at(0);
        object.attributes.insert(QStringLiteral("persistence"),
                                 persistence == QLatin1Char('u')   ? QStringLiteral("unlogged")
                                 : persistence == QLatin1Char('t') ? QStringLiteral("temporary")
                                                                   : QStringLiteral("permanent"));
        setFlag(object, "rls_enabled", rows, r, "rls_enabled");
        setFlag(object, "rls_forced", rows, r, "rls_forced");
        set(object, "partition_key", rows.value(r, "partition_key"));
        set(object, "partition_bound", rows.value(r, "partition_bound"));
        const bool isPartition = rows.flag(r, "is_partition");
        set(object, isPartition ? "partition_of" : "inherits", rows.value(r, "parents"));

        QString head =
            QStringLiteral("CREATE %1TABLE %2")
                .arg(persistence == QLatin1Char('u') ? QStringLiteral("UNLOGGED ") : QString(),
                     qname);
        QString tail;
        if (isPartition) {
            head += QStringLiteral(" PARTITION OF ") + rows.value(r, "parents");
            tail += QLatin1Char(' ') + rows.value(r, "partition_bound");
        } else if (!rows.value(r, "parents").isEmpty()) {
            tail += QStringLiteral(" INHERITS (") + rows.value(r, "parents") + QLatin1Char(')');
        }
        if (!rows.value(r, "partition_key").isNull())
            tail += QStringLiteral(" PARTITION BY ") + rows.value(r, "partition_key");
        if (!rows.value(r, "options").isEmpty())
            tail += QStringLiteral(" WITH (") + rows.value(r, "options") + QLatin1Char(')');
        tail += QLatin1Char(';');
        if (rows.flag(r, "rls_enabled"))
            tail += QStringLiteral("\nALTER TABLE %1 ENABLE ROW LEVEL SECURITY;").arg(qname);
        if (rows.flag(r, "rls_forced"))
            tail += QStringLiteral("\nALTER TABLE %1 FORCE ROW LEVEL SECURITY;").arg(qname);
        m_tableHeads.insert(name, head);
        m_tableTails.insert(name, tail);
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> RelationReader::readConstraints() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(constraintsQuery(m_query.version())));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "schema"), rows.value(r, "table_name"));
        SchemaObject object{
            ObjectKind::Constraint, qualified(table, rows.value(r, "name")), table, {}, {}};
        const QString def = rows.value(r, "def");
        object.attributes.insert(QStringLiteral("type"), constraintType(rows.value(r, "type")));
        set(object, "expression", def);
        setFlag(object, "deferrable", rows, r, "deferrable");
        setFlag(object, "deferred", rows, r, "deferred");
        setFlag(object, "valid", rows, r, "valid");
        if (rows.flag(r, "no_inherit"))
            object.attributes.insert(QStringLiteral("no_inherit"), QStringLiteral("true"));
        setFlag(object, "nulls_not_distinct", rows, r, "nulls_not_distinct");
        // Absent (the only possibility before 18) is the default: no WITHOUT OVERLAPS.
        if (rows.flag(r, "without_overlaps"))
            object.attributes.insert(QStringLiteral("without_overlaps"), QStringLiteral("true"));
        set(object, "references", rows.value(r, "references_table"));
        const QString onUpdate = rows.value(r, "on_update");
        if (!onUpdate.isNull()) {
            object.attributes.insert(QStringLiteral("on_update"), fkAction(onUpdate));
            object.attributes.insert(QStringLiteral("on_delete"),
                                     fkAction(rows.value(r, "on_delete")));
            set(object, "match", rows.value(r, "match"));
        }
        set(object, "comment", rows.value(r, "comment"));
        object.definition = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3;")
                                .arg(rows.value(r, "qtable"), rows.value(r, "qname"), def);
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> RelationReader::readSequences() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(sequencesQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object;
        object.kind = ObjectKind::Sequence;
        object.name = qualified(rows.value(r, "schema"), rows.value(r, "name"));
        const QString ownerTable = rows.value(r, "table_name");
        if (!ownerTable.isNull()) {
            object.parent = qualified(rows.value(r, "table_schema"), ownerTable);
            set(object, "owned_by", qualified(object.parent, rows.value(r, "column_name")));
        }
        const QString type = rows.value(r, "type");
        set(object, "type", type);
        set(object, "start", rows.value(r, "start"));
        set(object, "increment", rows.value(r, "increment"));
        set(object, "min", rows.value(r, "min"));
        set(object, "max", rows.value(r, "max"));
        set(object, "cache", rows.value(r, "cache"));
        setFlag(object, "cycle", rows, r, "cycle");
        if (rows.value(r, "persistence") == QLatin1String("u"))
            object.attributes.insert(QStringLiteral("persistence"), QStringLiteral("unlogged"));
        setCommon(object, rows, r);
        object.definition =
            QStringLiteral("CREATE SEQUENCE %1 AS %2 START WITH %3 INCREMENT BY %4 MINVALUE %5 "
                           "MAXVALUE %6 CACHE %7%8;")
                .arg(rows.value(r, "qname"), type, rows.value(r, "start"),
                     rows.value(r, "increment"), rows.value(r, "min"), rows.value(r, "max"),
                     rows.value(r, "cache"),
                     rows.flag(r, "cycle") ? QStringLiteral(" CYCLE") : QString());
        if (!ownerTable.isNull())
            object.definition += QStringLiteral("\nALTER SEQUENCE %1 OWNED BY %2;")
                                     .arg(rows.value(r, "qname"), rows.value(r, "qowner"));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

// The tables' column order and CREATE TABLE text, once the columns are known.
void RelationReader::finishTables(SchemaSnapshot& snapshot,
                                  const ColumnReader& columnReader) const {
    static const ColumnReader::TableColumns none;
    for (auto it = m_tableHeads.cbegin(); it != m_tableHeads.cend(); ++it) {
        const SchemaObject* table = snapshot.find(ObjectKind::Table, it.key());
        if (!table)
            continue;
        SchemaObject object = *table;
        const ColumnReader::TableColumns* found = columnReader.of(it.key());
        const ColumnReader::TableColumns& columns = found ? *found : none;
        object.attributes.insert(QLatin1String(kColumnOrderAttribute),
                                 columns.names.join(QLatin1Char(',')));
        QString body;
        if (!columns.definitions.isEmpty())
            body = QStringLiteral(" (\n    ") +
                   columns.definitions.join(QStringLiteral(",\n    ")) + QStringLiteral("\n)");
        else if (!object.attributes.contains(QStringLiteral("partition_of")))
            body = QStringLiteral(" ()");
        object.definition = it.value() + body + m_tableTails.value(it.key());
        snapshot.insert(std::move(object));
    }
}

} // namespace strata
