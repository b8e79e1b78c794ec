#include "schema/TypeReader.h"

namespace strata {

using namespace catalog;

namespace {

QString typesQuery() {
    return schemasCte() + QStringLiteral(R"(
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

} // namespace

Result<void> TypeReader::read() {
    STRATA_TRY(readTypes());
    return {};
}

Result<void> TypeReader::readTypes() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(typesQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object;
        object.name = qualified(rows.value(r, "schema"), rows.value(r, "name"));
        const QString qname = rows.value(r, "qname");
        const QString type = rows.value(r, "type");
        setCommon(object, rows, r);
        if (type == QLatin1String("e")) {
            object.kind = ObjectKind::EnumType;
            set(object, "labels", rows.value(r, "labels"));
            object.definition =
                QStringLiteral("CREATE TYPE %1 AS ENUM (%2);").arg(qname, rows.value(r, "labels"));
        } else if (type == QLatin1String("d")) {
            object.kind = ObjectKind::Domain;
            set(object, "base_type", rows.value(r, "base_type"));
            setFlag(object, "not_null", rows, r, "not_null");
            set(object, "default", rows.value(r, "default_value"));
            set(object, "collation", rows.value(r, "collation"));
            set(object, "checks", rows.value(r, "checks"));
            QString definition =
                QStringLiteral("CREATE DOMAIN %1 AS %2").arg(qname, rows.value(r, "base_type"));
            if (!rows.value(r, "collation").isNull())
                definition += QStringLiteral(" COLLATE ") + rows.value(r, "collation");
            if (!rows.value(r, "default_value").isNull())
                definition += QStringLiteral(" DEFAULT ") + rows.value(r, "default_value");
            if (rows.flag(r, "not_null"))
                definition += QStringLiteral(" NOT NULL");
            if (!rows.value(r, "checks").isNull())
                definition += QLatin1Char(' ') + rows.value(r, "checks");
            object.definition = definition + QLatin1Char(';');
        } else {
            object.kind = ObjectKind::CompositeType;
            set(object, "fields", rows.value(r, "fields"));
            object.definition =
                QStringLiteral("CREATE TYPE %1 AS (%2);").arg(qname, rows.value(r, "fields"));
        }
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
