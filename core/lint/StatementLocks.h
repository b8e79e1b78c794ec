#pragma once

#include "lint/LintObjects.h"
#include "lint/LintStatement.h"
#include "lint/TableLock.h"

#include <QList>

namespace strata {

// The table-level locks a statement takes, as PostgreSQL's documentation lists them
// ("Table-Level Locks", "ALTER TABLE": each subcommand's lock, the strongest wins):
// CREATE INDEX SHARE (CONCURRENTLY: SHARE UPDATE EXCLUSIVE), ALTER TABLE ... mostly ACCESS
// EXCLUSIVE (ADD FOREIGN KEY: SHARE ROW EXCLUSIVE on both tables, VALIDATE CONSTRAINT and
// SET STATISTICS: SHARE UPDATE EXCLUSIVE), DML ROW EXCLUSIVE, DROP/TRUNCATE/VACUUM FULL/CLUSTER
// ACCESS EXCLUSIVE, ... Relations in `created` are marked new.
class StatementLocks {
public:
    static QList<TableLock> of(const LintStatement& statement, const LintObjects& created);
};

} // namespace strata
