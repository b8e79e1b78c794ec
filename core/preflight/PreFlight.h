#pragma once

#include "config/Environment.h"
#include "lint/Linter.h"
#include "preflight/PreFlightReport.h"
#include "revision/StepPlan.h"

namespace strata {

class Project;

// Gathers the pre-flight of a plan for an environment, offline (no database; safe on any
// thread, fast enough for the GUI thread on a plan of a few revisions):
//  - per step, the lint findings of the section that runs (Linter::lint on the revision, the
//    other section's findings left out) and the locks of each of its statements;
//  - the check problems of each step's revision (RevisionChecker::check, the project's own
//    problems with that revision's file, and a downgrade through an irreversible revision):
//    a step with problems is broken and the run is refused;
//  - the destructive statements of the sections that run (DestructiveStatements), those on a
//    table created earlier in the plan marked so;
//  - the environment's timeouts and backup.
// The target's row and size estimates are read afterwards by DestructiveEstimate::read.
class PreFlight {
public:
    static PreFlightReport gather(const Project& project, const Environment& environment,
                                  const StepPlan& plan);
    static PreFlightReport gather(const Project& project, const Environment& environment,
                                  const StepPlan& plan, const LintOptions& options);
    // The lint options a run on `environment` is linted with: the project's [lint] settings
    // (levels, disabled rules, target version) and the environment's configured timeouts,
    // which satisfy the timeout rules.
    static LintOptions lintOptions(const Project& project, const Environment& environment);
};

} // namespace strata
