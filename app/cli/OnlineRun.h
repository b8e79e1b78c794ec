#pragma once

#include "Invocation.h"

#include "runner/OfflineScript.h"

namespace strata::cli {

// Runs an upgrade, downgrade or stamp against the environment of --env, with live output.
int runOnline(Invocation& inv, const Project& project, OfflineScript::Kind kind,
              const QStringList& targets, bool purge);

} // namespace strata::cli

namespace strata::cli {

// Prints a run's error: one line (file:line: message [SQLSTATE]), then DETAIL, HINT and the
// statement when the server gave them. Returns the exit code.
int failRun(Invocation& inv, const Error& error);

} // namespace strata::cli
