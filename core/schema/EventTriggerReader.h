#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Event triggers, for SnapshotReader. They are database-wide: one is read when its function is in
// one of the snapshot's schemas (with no --schema filter: any schema but the system ones), so
// an event trigger follows the function it runs.
class EventTriggerReader {
public:
    explicit EventTriggerReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    CatalogQuery& m_query;
};

} // namespace strata
