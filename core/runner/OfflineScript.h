#pragma once

#include "Result.h"
#include "revision/RevisionGraph.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"
#include "runner/VersionTableSql.h"

namespace strata {

// Offline SQL (`--sql`) for a plan, in the format of Alembic's offline mode with
// transaction_per_migration: BEGIN;/COMMIT; around each revision, "-- Running upgrade X -> Y"
// comments, each statement followed by ';', the version-table DML, CREATE TABLE alembic_version
// when the plan starts from an empty table and DROP TABLE when a downgrade empties it.
// `Transactional: no` revisions are written without BEGIN/COMMIT (autocommit, statement by
// statement). The same plan drives real runs, so the script and a run agree.
class OfflineScript {
public:
    OfflineScript(const RevisionGraph& graph, VersionTableSql versionTable);

    // Fails, writing nothing, when a step cannot be rendered: an irreversible revision on the
    // way down, an SQL parse error (file:line), an Alembic .py revision (run those with alembic).
    Result<QString> render(const StepPlan& plan, RunRequest::Kind kind) const;

private:
    Result<QString> stepSql(const PlanStep& step) const;

    const RevisionGraph& m_graph;
    VersionTableSql m_versionTable;
};

} // namespace strata
