#pragma once

#include "Invocation.h"

namespace strata::cli {

// The environment a command works on: --env NAME, or the only one when the project has exactly
// one. Errors (ErrorCode::Usage): no environments, several without --env, an unknown name.
Result<const Environment*> chooseEnvironment(const Invocation& inv, const Project& project);

} // namespace strata::cli
