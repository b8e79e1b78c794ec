#pragma once

#include "revision/GraphData.h"
#include "revision/GraphTraversal.h"
#include "revision/StepCollector.h"
#include "revision/StepPlan.h"

namespace strata {

// The version table's rows simulated step by step (Alembic's HeadMaintainer.update_to_step for
// RevisionStep and StampStep): turns an ordered list of revisions, or of stamp moves, into a
// StepPlan whose steps carry their row operations and the heads after them. One instance per
// plan; it starts from the heads given to the constructor.
class HeadMaintainer {
public:
    HeadMaintainer(const GraphData& data, const Nodes& startHeads);

    // The rows now, in version-table order.
    const Nodes& heads() const { return m_order; }

    // The step running revision `r` (upgrade or downgrade); fails where Alembic fails.
    Result<PlanStep> revisionStep(int r, StepDirection direction);
    // The step of a stamp move.
    Result<PlanStep> stampStep(const StampMove& move);

    // A whole plan: every step with its rows and headsAfter, resultingHeads at the end.
    Result<StepPlan> revisionPlan(const Nodes& order, StepDirection direction);
    Result<StepPlan> stampPlan(const std::vector<StampMove>& moves);

private:
    Result<void> insertRow(int v, PlanStep& step);
    Result<void> deleteRow(int v, PlanStep& step);
    Result<void> updateRow(int from, int to, PlanStep& step);
    Result<void> applyUpgrade(int r, PlanStep& step);
    Result<void> applyDowngrade(int r, PlanStep& step);
    Result<void> applyStamp(const StampMove& s, PlanStep& step);
    bool isAncestorOfOtherHeads(int x, const Nodes& excluded);
    Nodes unmergeTo(int r);
    StepPlan startPlan() const;

    const GraphData& m_d;
    GraphTraversal m_traversal;
    Nodes m_initial;
    Nodes m_order;          // the rows, in order
    std::vector<char> m_in; // m_in[x]: x is a row
    QStringList m_names;    // m_order as ids
    std::vector<int> m_stamp;
    int m_generation = 0;
};

} // namespace strata
