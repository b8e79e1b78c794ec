#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Foreign data wrappers, foreign servers, user mappings and foreign tables, for SnapshotReader.
//
// Wrappers, servers and user mappings are database-wide: they are read whatever the --schema
// filter (a foreign table in the chosen schemas needs its server), except those that belong to
// an extension (postgres_fdw's wrapper comes with CREATE EXTENSION). A user mapping's options
// can hold passwords: only its existence and its option NAMES are read, never a value (the
// definition creates the mapping without options). A foreign table's definition lists its
// columns (name, type, COLLATE, OPTIONS, NOT NULL, DEFAULT) and CHECK constraints, its server
// and options; a foreign table that is a partition is created PARTITION OF its parent (with
// "partition_of" and "partition_bound" attributes, and only its own columns).
class ForeignDataReader {
public:
    explicit ForeignDataReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    Result<void> readWrappers();
    Result<void> readServers();
    Result<void> readUserMappings();
    Result<void> readForeignTables();

    CatalogQuery& m_query;
};

} // namespace strata
