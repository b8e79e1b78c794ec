#pragma once

#include "Result.h"

#include <QString>

namespace strata {

// The Python that runs an Alembic project's `.py` revisions (issue 12, item 3), chosen as
// Alembic users expect: $STRATA_PYTHON (an override for tests and CI), `[alembic] python` of
// strata.toml, $VIRTUAL_ENV/bin/python, `.venv/bin/python` or `venv/bin/python` beside
// alembic.ini, else `python3` from PATH.
class PythonInterpreter {
public:
    // `configured`: strata.toml's `[alembic] python` (may be empty); `iniDir`: the folder of
    // alembic.ini.
    static QString choose(const QString& configured, const QString& iniDir);
    // Checks once per process and interpreter that `python` imports alembic and sqlalchemy:
    // ErrorCode::Config, one line naming the interpreter, when it cannot.
    static Result<void> check(const QString& python);
};

} // namespace strata
