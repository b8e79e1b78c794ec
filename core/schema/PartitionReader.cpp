#include "schema/PartitionReader.h"

namespace strata {

using namespace catalog;

namespace {

QString partitionedIndexesQuery() {
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, ic.relname AS name,
       (SELECT string_agg(cn.nspname || '.' || ci.relname, ', ' ORDER BY cn.nspname, ci.relname)
        FROM pg_inherits ih
        JOIN pg_class ci ON ci.oid = ih.inhrelid
        JOIN pg_namespace cn ON cn.oid = ci.relnamespace
        WHERE ih.inhparent = ic.oid) AS attached
FROM pg_class ic
JOIN ns ON ns.oid = ic.relnamespace
WHERE ic.relkind = 'I' AND NOT ic.relispartition)");
}

} // namespace

Result<void> PartitionReader::read() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(partitionedIndexesQuery()));
    SchemaSnapshot& snapshot = m_query.snapshot();
    for (int r = 0; r < rows.count(); ++r) {
        const SchemaObject* index = snapshot.find(
            ObjectKind::Index, qualified(rows.value(r, "schema"), rows.value(r, "name")));
        if (!index)
            continue; // backs a constraint, or left out
        SchemaObject object = *index;
        object.attributes.insert(QStringLiteral("partitioned"), boolText(true));
        set(object, "attached", rows.value(r, "attached"));
        snapshot.insert(std::move(object));
    }
    return {};
}

} // namespace strata
