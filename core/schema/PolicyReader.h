#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Row-level security policies, for SnapshotReader.
class PolicyReader {
public:
    explicit PolicyReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    Result<void> readPolicies();

    CatalogQuery& m_query;
};

} // namespace strata
