#pragma once

#include "Invocation.h"

#include "runner/RunRequest.h"

namespace strata::cli {

// Runs an upgrade, downgrade or stamp against the environment of --env, with live output.
int runOnline(Invocation& inv, const Project& project, RunRequest request);

} // namespace strata::cli

namespace strata::cli {

// Prints a run's error: one line (file:line: message [SQLSTATE]), then DETAIL, HINT and the
// statement when the server gave them. Returns the exit code.
int failRun(Invocation& inv, const Error& error);

} // namespace strata::cli
