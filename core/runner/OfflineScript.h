#pragma once

#include "Result.h"
#include "revision/RevisionGraph.h"
#include "revision/StepPlan.h"
#include "runner/PythonStepSql.h"
#include "runner/RunRequest.h"
#include "runner/VersionTableSql.h"

namespace strata {

// Offline SQL (`--sql`) for a plan, in the format of Alembic's offline mode with
// transaction_per_migration: BEGIN;/COMMIT; around each revision, "-- Running upgrade X -> Y"
// comments, each statement followed by ';', the version-table DML, CREATE TABLE alembic_version
// when the plan starts from an empty table and DROP TABLE when a downgrade empties it.
// `Transactional: no` revisions are written without BEGIN/COMMIT (autocommit, statement by
// statement). The same plan drives real runs, so the script and a run agree.
//
// Alembic Python steps take the SQL Alembic's offline mode rendered for them (PythonStepSql,
// set with setPythonSql): the revision's own statements, then Strata's version-table DML, in
// BEGIN/COMMIT when env.py's context uses transactional DDL. In a preview (dry run), a step
// whose SQL is known only when run shows its Python source, commented.
class OfflineScript {
public:
    OfflineScript(const RevisionGraph& graph, VersionTableSql versionTable);

    // The rendered SQL of the plan's Alembic Python steps; `preview`: steps without SQL show
    // PythonStepSql::previewText instead of failing the script.
    void setPythonSql(PythonStepSql::Entries entries, bool preview);
    // The server major the project targets ([project] postgres; 0 = unknown): a statement the
    // grammar rejects fails the script only when the target is not newer than the grammar
    // (SqlGrammar::mayBeNewerSyntax); otherwise it is written as it stands.
    void setTargetMajor(int major) { m_targetMajor = major; }

    // Fails, writing nothing, when a step cannot be rendered: an irreversible revision on the
    // way down, an SQL parse error (file:line), an Alembic Python step without rendered SQL.
    Result<QString> render(const StepPlan& plan, RunRequest::Kind kind) const;
    // The body of step `index` alone (its statements, no BEGIN/COMMIT or version rows).
    Result<QString> stepSql(const PlanStep& step, int index) const;

private:
    bool transactional(const PlanStep& step, int index) const;

    const RevisionGraph& m_graph;
    VersionTableSql m_versionTable;
    PythonStepSql::Entries m_python;
    bool m_preview = false;
    int m_targetMajor = 0;
};

} // namespace strata
