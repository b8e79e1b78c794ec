#pragma once

#include "config/Environment.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace strata {

class Project;

// What the studio last learned of an environment's drift against its expected schema (the
// drift badges' comparison); the plan dialog shows it and never starts a comparison itself.
struct KnownDrift {
    bool compared = false; // a comparison finished (successfully or not)
    int differences = -1;  // -1: it failed (see error)
    QDateTime at;          // when it finished
    QString error;
};

// What a run does: the core request, and the plan the GUI computed (Planner) and showed in the
// plan dialog. The run plans again under its lock and refuses when that plan differs.
struct PlannedRun {
    std::shared_ptr<const Project> project;
    Environment environment;
    RunRequest request;  // kind, targets as the user chose them ("heads", "0003_x", "-1")
    QString description; // "Upgrade dev to 0003_x"
    StepPlan plan;       // the plan shown and confirmed
    KnownDrift drift;    // the environment's drift as last compared (shown in the plan dialog)
};

} // namespace strata
