#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// User collations (provider, locale, ICU rules, deterministic), for SnapshotReader.
class CollationReader {
public:
    explicit CollationReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    CatalogQuery& m_query;
};

} // namespace strata
