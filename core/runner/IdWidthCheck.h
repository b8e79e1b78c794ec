#pragma once

#include "Result.h"
#include "revision/StepPlan.h"

#include <QString>

namespace strata {

class Connection;

// Revision ids longer than Alembic's VARCHAR(32) are read, written and planned; whether one
// fits an environment is a question for its tables: the width of version_num in the version
// table (Alembic creates VARCHAR(32)) and of `revision` in Strata's history table. A run whose
// plan writes an id that does not fit is refused before anything runs.
class IdWidthCheck {
public:
    static constexpr int kUnbounded = -1;

    // The declared length of `column` in schema.table: n for varchar(n)/char(n), kUnbounded for
    // text or an unbounded varchar, `absent` when the table does not exist.
    static Result<int> columnWidth(Connection& conn, const QString& schema, const QString& table,
                                   const QString& column, int absent);

    // Every id the plan writes (version rows, history rows) against both widths; one line
    // naming the revision, its length, the column and the environment, "nothing ran".
    static Result<void> check(Connection& conn, const StepPlan& plan, const QString& schema,
                              const QString& versionTable, const QString& historyTable,
                              const QString& environment);
};

} // namespace strata
