#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Extended statistics (CREATE STATISTICS), for SnapshotReader.
class StatisticsReader {
public:
    explicit StatisticsReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    CatalogQuery& m_query;
};

} // namespace strata
