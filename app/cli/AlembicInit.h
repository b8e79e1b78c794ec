#pragma once

#include "Invocation.h"

namespace strata::cli {

// `strata init --alembic [DIR]`: a strata.toml beside an existing project's alembic.ini (or
// pyproject.toml with [tool.alembic]) that follows it: `[project] alembic = "alembic.ini"`, one
// `default` environment with the URL Strata would use without the file, and commented
// examples. Refuses when strata.toml exists; writes nothing else.
int initAlembic(Invocation& inv, const QString& dirPath);

} // namespace strata::cli
