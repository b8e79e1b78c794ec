#pragma once

#include "config/Environment.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"

#include <QString>

#include <memory>

namespace strata {

class Project;

// What a run does: the core request, and the plan the GUI computed (Planner) and showed in the
// plan dialog. The run plans again under its lock and refuses when that plan differs.
struct PlannedRun {
    std::shared_ptr<const Project> project;
    Environment environment;
    RunRequest request;  // kind, targets as the user chose them ("heads", "0003_x", "-1")
    QString description; // "Upgrade dev to 0003_x"
    StepPlan plan;       // the plan shown and confirmed
};

} // namespace strata
