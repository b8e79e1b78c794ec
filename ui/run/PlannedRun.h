#pragma once

#include "config/Environment.h"
#include "revision/StepPlan.h"

#include <QString>

#include <memory>

namespace strata {

class Project;

// What a run does: a plan computed by the GUI and confirmed in the plan dialog.
struct PlannedRun {
    enum class Kind { Upgrade, Downgrade, Stamp };

    std::shared_ptr<const Project> project;
    Environment environment;
    Kind kind = Kind::Upgrade;
    QString target;      // as the user chose it ("heads", "0003_x", "-1")
    QString description; // "Upgrade dev to 0003_x"
    StepPlan plan;

    static QString kindName(Kind kind);
};

} // namespace strata
