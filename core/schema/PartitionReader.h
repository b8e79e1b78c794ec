#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Partitioned indexes, for SnapshotReader (after IndexReader): each index on a partitioned
// table (relkind 'I') that IndexReader read gets the attributes "partitioned" (true) and
// "attached": the partition indexes attached to it (sorted qualified names; IndexReader leaves
// them out as clones of their parent), so an index missing on a partition, or one attached by
// hand under another name, is a difference. The partition bounds, keys and parents of tables
// ("partition_bound" from pg_get_expr(relpartbound), "partition_key" from pg_get_partkeydef,
// "partition_of") are attributes of the tables RelationReader reads.
class PartitionReader {
public:
    explicit PartitionReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    CatalogQuery& m_query;
};

} // namespace strata
