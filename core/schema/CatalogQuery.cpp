#include "schema/CatalogQuery.h"

#include "db/Connection.h"

namespace strata {

namespace {

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

} // namespace

CatalogQuery::CatalogQuery(Connection& connection, const QStringList& schemas)
    : m_connection(connection)
    , m_version(connection.serverVersion())
    , m_schemaFilter(textArrayLiteral(schemas)) {
    m_snapshot.setServerVersion(m_version);
}

Result<CatalogRows> CatalogQuery::rows(const QString& sql) {
    return m_connection.execParams(sql, {m_schemaFilter}).transform([](QueryResult result) {
        return CatalogRows(std::move(result));
    });
}

namespace catalog {

QString attributeName(const char* name) {
    // Per thread (snapshots are read on several threads at once), keyed by the literal's
    // address; a literal seen again under another address only adds an entry.
    thread_local QHash<const char*, QString> names;
    auto it = names.constFind(name);
    if (it == names.cend())
        it = names.insert(name, QString::fromLatin1(name));
    return it.value();
}

QString schemasCte() {
    return QLatin1String(kSchemasCte);
}

// An extension member's pg_depend row (deptype 'e') always refers to its pg_extension row:
// with refclassid the subplan is an index scan of the few rows that refer to an extension
// (pg_depend_reference_index) instead of a scan of all of pg_depend (~50,000 rows at 2,000
// tables), once per catalog query.
QString notExtensionMember(const char* catalog, const char* oid) {
    return QStringLiteral("%2 NOT IN (SELECT dx.objid FROM pg_depend dx WHERE dx.refclassid = "
                          "'pg_extension'::regclass AND dx.classid = '%1'::regclass AND "
                          "dx.deptype = 'e')")
        .arg(QLatin1String(catalog), QLatin1String(oid));
}

// The comment on an object (obj_description/col_description without their per-call catalog
// lookups): %1 the catalog, %2 the oid, %3 the sub-id.
QString comment(const char* catalog, const char* oid, const char* subId) {
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

} // namespace catalog

} // namespace strata
