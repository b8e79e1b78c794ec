#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Indexes (not those behind a PRIMARY KEY/UNIQUE/EXCLUDE constraint, nor attached partition
// indexes), for SnapshotReader.
class IndexReader {
public:
    explicit IndexReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    Result<void> readIndexes();

    CatalogQuery& m_query;
};

} // namespace strata
