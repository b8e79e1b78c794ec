#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Schemas and extensions, for SnapshotReader.
class NamespaceReader {
public:
    explicit NamespaceReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    Result<void> readSchemas();
    Result<void> readExtensions();

    CatalogQuery& m_query;
};

} // namespace strata
