#pragma once

#include "Result.h"
#include "lint/LintFinding.h"
#include "lint/TableLock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// A statement that removes data (DROP TABLE, ALTER TABLE ... DROP COLUMN, TRUNCATE, DELETE),
// and what the target says about its table: pg_class.reltuples (an estimate, never count(*))
// and pg_total_relation_size.
struct DestructiveStatement {
    enum class Kind { DropTable, DropColumn, Truncate, Delete };
    enum class Estimate {
        NotRead,       // not asked (offline, or the target could not be reached: see `error`)
        Read,          // rows / bytes below
        Missing,       // the target has no such table
        CreatedInPlan, // created earlier in the plan: nothing on the target yet to lose
    };

    Kind kind = Kind::DropTable;
    QString schema;       // as written (empty: the search path decides)
    QString table;        // as written, folded as the parser folds it
    QString column;       // DropColumn
    bool whole = true;    // Delete: no WHERE clause (every row goes)
    bool cascade = false; // DROP ... CASCADE / TRUNCATE ... CASCADE
    int line = 0;         // file line of the statement
    Estimate estimate = Estimate::NotRead;
    qint64 rows = -1;  // reltuples; -1 = never analyzed (or vacuumed) on the target
    qint64 bytes = -1; // pg_total_relation_size (table, indexes, TOAST)
    QString error;     // why the estimate is not there (one line), for NotRead

    // "public.items" or "items".
    QString qualifiedTable() const;
    // "DROP TABLE items", "DROP COLUMN items.note", "TRUNCATE items", "DELETE FROM items (every
    // row)".
    QString what() const;
    // What the target says: "≈ 12,000 rows, 1.2 MB", "rows unknown (never analyzed), 8 kB",
    // "the table does not exist on the target", "created earlier in this plan", "not read: ...".
    QString estimateText() const;
    // what() + ": " + estimateText().
    QString describe() const;
};

// The locks of one statement of a step, for the pre-flight list.
struct StatementLockInfo {
    int line = 0;
    QString tag;            // "CREATE INDEX"
    QList<TableLock> locks; // as StatementLocks computed them
    // "CREATE INDEX on items: SHARE — blocks writes (reads continue)" per lock (one line each);
    // "CREATE TABLE: no lock on an existing table" when it takes none that matters.
    QStringList describe() const;
};

// The pre-flight of one step of a plan: what the SQL of the direction that runs will do.
struct PreFlightStep {
    int index = 0; // position in the plan (0 = first)
    QString revision;
    QString direction; // "upgrade", "downgrade", "stamp"
    bool stamp = false;
    bool transactional = true;
    bool linted = false;            // false: a stamp, an Alembic Python step (its SQL is Python's)
    QString notLinted;              // why (one line) when !linted
    QList<LintFinding> findings;    // of the section that runs, sorted by position
    QList<StatementLockInfo> locks; // per statement of that section
    QList<Error> problems;          // strata check's problems of the revision: Run refused
    QList<DestructiveStatement> destructive;

    int count(LintLevel level) const;
    bool broken() const { return !problems.isEmpty(); }
};

// Everything the plan dialog and `--dry-run` show before a run: per step, its lint findings,
// locks, check problems and destructive statements (with the target's estimates), and the
// settings of the environment that apply.
struct PreFlightReport {
    QString environment;
    QList<PreFlightStep> steps;
    qint64 lockTimeoutMs = 0;      // 0 = none
    qint64 statementTimeoutMs = 0; // 0 = none
    bool backup = false;           // pg_dump -Fc before the run
    QString backupDir;             // where it goes (absolute)
    bool estimatesRead = false;    // the target was asked (DestructiveEstimate::apply)
    QString estimateError;         // why it could not be asked, when that failed

    // Error-level findings of all steps (a protected environment needs them acknowledged).
    int errorFindings() const;
    int count(LintLevel level) const;
    bool hasDestructive() const;
    // The steps that cannot run, first to last.
    QList<const PreFlightStep*> brokenSteps() const;
    // Why Run is refused (one line, the first broken step's first problem), empty when fine.
    QString blockReason() const;
    // "lock_timeout 5s, statement_timeout none".
    QString timeoutsText() const;
    // "pg_dump -Fc into /p/backups before the run" or "none (backup = false)".
    QString backupText() const;
};

// 12345 -> "12,345"; bytes -> "8 kB", "1.2 MB" (as pg_size_pretty, base 1024).
QString formatCount(qint64 n);
QString formatBytes(qint64 bytes);

} // namespace strata
