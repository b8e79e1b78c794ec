#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Functions, procedures and aggregates, and triggers, for SnapshotReader.
class RoutineReader {
public:
    explicit RoutineReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    Result<void> readFunctions();
    Result<void> readTriggers();

    CatalogQuery& m_query;
};

} // namespace strata
