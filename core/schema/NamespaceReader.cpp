#include "schema/NamespaceReader.h"

namespace strata {

using namespace catalog;

namespace {

QString schemasQuery() {
    return schemasCte() + QStringLiteral(R"(
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

} // namespace

Result<void> NamespaceReader::read() {
    STRATA_TRY(readSchemas());
    STRATA_TRY(readExtensions());
    return {};
}

Result<void> NamespaceReader::readSchemas() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(schemasQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::Schema, rows.value(r, "name"), {}, {}, {}};
        setCommon(object, rows, r);
        object.definition = QStringLiteral("CREATE SCHEMA %1;").arg(rows.value(r, "qname"));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> NamespaceReader::readExtensions() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(extensionsQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::Extension, rows.value(r, "name"), {}, {}, {}};
        set(object, "version", rows.value(r, "version"));
        set(object, "schema", rows.value(r, "schema"));
        object.definition =
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 WITH SCHEMA %2 "
                           "VERSION '%3';")
                .arg(rows.value(r, "qname"), rows.value(r, "qschema"), rows.value(r, "version"));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
