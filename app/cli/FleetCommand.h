#pragma once

#include "Invocation.h"

#include "runner/RunRequest.h"

namespace strata::cli {

// Fleet runs: upgrade, downgrade and stamp on every member of a [groups.NAME] (issue 16).
class FleetCommand {
public:
    // --group, --jobs, --canary, --continue-on-error, --stop-on-error, --log-dir.
    static void addOptions(Invocation& inv);
    static bool requested(Invocation& inv);
    // Runs `request` on the members of --group: at most --jobs at once, --canary first, a line
    // per member as it ends, a summary, per-member logs in a folder; exit 1 if any failed.
    static int run(Invocation& inv, const Project& project, RunRequest request);
};

} // namespace strata::cli
