#pragma once

#include "lint/LintStatement.h"
#include "preflight/PreFlightReport.h"

#include <QList>

namespace strata {

// The statements that remove data, read from the parse tree (never from the text): DROP TABLE
// (each table named), ALTER TABLE ... DROP COLUMN (each column), TRUNCATE (each table), DELETE
// (with or without WHERE). Estimates are left NotRead (DestructiveEstimate reads them).
class DestructiveStatements {
public:
    static QList<DestructiveStatement> of(const LintStatement& statement);
};

} // namespace strata
