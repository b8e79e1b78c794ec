#pragma once

#include "Invocation.h"

#include "config/Environment.h"

#include <QList>

#include <optional>

namespace strata::cli {

// --group NAME (and --jobs N) on the commands that read a fleet (status, current, check, diff):
// the members of [groups.NAME] now (GroupMembers::resolve: a discovered group runs its query),
// their warnings printed on stderr.
class GroupChoice {
public:
    static void addOptions(Invocation& inv, int defaultJobs = 8);
    static bool requested(Invocation& inv);
    // --jobs, checked (1..64); ErrorCode::Usage otherwise.
    static Result<int> jobs(Invocation& inv);
    // The members of --group; ErrorCode::Usage with --env too, or for an unknown group.
    static Result<QList<Environment>> members(Invocation& inv, const Project& project,
                                              int connectTimeoutSeconds = 10);
};

} // namespace strata::cli
