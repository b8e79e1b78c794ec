#pragma once

#include "Result.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"

#include <QString>
#include <QStringList>

namespace strata {

class RevisionGraph;

// The one place that turns a RunRequest into a StepPlan (RevisionGraph::planUpgrade,
// planDowngrade, planStamp): the CLI, dry runs, offline SQL, the studio and Runner (which plans
// again under its lock) all plan through it, so they agree.
namespace Planner {

// The plan of `request` from `currentHeads`. ErrorCode::Target when a current head is not in the
// graph (the database is ahead of the project) or the target does not resolve. Each step
// carries the heads after it (replayed from its rows when the graph left them empty).
Result<StepPlan> plan(const RevisionGraph& graph, const RunRequest& request,
                      const QStringList& currentHeads);

// Empty when `actual` is the same plan as `expected` step for step (revision, direction, stamp,
// from/to, version rows, heads after) and starts from the same heads; otherwise a short text
// naming the first difference ("step 2: rows UPDATE a->b instead of INSERT b").
QString difference(const StepPlan& expected, const StepPlan& actual);

} // namespace Planner

} // namespace strata
