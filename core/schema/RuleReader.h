#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Rewrite rules on tables and views (not the _RETURN rule of a view), for SnapshotReader.
class RuleReader {
public:
    explicit RuleReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    CatalogQuery& m_query;
};

} // namespace strata
