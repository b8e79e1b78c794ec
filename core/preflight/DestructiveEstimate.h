#pragma once

#include "config/Environment.h"
#include "preflight/PreFlightReport.h"

#include <atomic>

namespace strata {

// Reads, from the TARGET environment, what its destructive statements would remove: for each
// table, pg_class.reltuples (the planner's estimate; -1 = never analyzed or vacuumed, so
// "unknown": count(*) is never run, it would scan a big table) and pg_total_relation_size, or
// that the table does not exist. One read-only connection through EnvironmentConnector
// (ConnectionPurpose::Catalog: the environment's timeouts apply), one parameterised query per
// table (to_regclass($1)). Blocks: call it off the GUI thread.
class DestructiveEstimate {
public:
    // `report` with every NotRead destructive statement estimated, estimatesRead set; when the
    // target cannot be reached, the statements keep NotRead with the reason and estimateError
    // says it. `cancelled` stops between tables.
    static PreFlightReport read(const Environment& environment, PreFlightReport report,
                                const std::atomic<bool>* cancelled = nullptr);
};

} // namespace strata
