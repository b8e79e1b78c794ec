#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Enum types, domains and composite types, for SnapshotReader.
class TypeReader {
public:
    explicit TypeReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    Result<void> readTypes();

    CatalogQuery& m_query;
};

} // namespace strata
