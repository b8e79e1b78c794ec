#pragma once

#include "Result.h"
#include "revision/Revision.h"
#include "revision/RevisionFile.h"
#include "sql/SqlSplitter.h"

#include <QList>

namespace strata {

// Checks a revision's SQL before anything runs: both sections split (syntax errors at their
// line in the file) and no statement that its transaction mode cannot run.
//
// `targetMajor` is the server major the project targets ([project] postgres,
// ProjectConfig::postgresMajor; 0 = unknown). When it is unknown or newer than the grammar
// (SqlGrammar::mayBeNewerSyntax), a statement the grammar rejects is not a problem: the section
// is split with the scanner (SqlSplitter::splitAllowingNewerSyntax), the statement is a warning
// ("not checked: newer syntax than this build's PostgreSQL 17 grammar", file:line) and runs as
// written, so the server decides. With a target the grammar covers, it stays an error.
class RevisionChecker {
public:
    using Direction = RevisionFile::Section;

    struct Review {
        QList<Error> problems; // what check() returns
        QList<Error> warnings; // one per statement not checked (Error::statement is its text)
    };
    // check() and the warnings in one pass.
    static Review review(const Revision& revision, int targetMajor = 0);

    // Every problem found (empty = fine), each with file, line (and column for syntax errors)
    // and the revision id:
    //  - a bad revision id (length, characters),
    //  - a section that does not parse,
    //  - in a `Transactional: yes` revision, every NoTransaction or TransactionControl statement
    //    ("...: CREATE INDEX CONCURRENTLY cannot run inside a transaction block; set
    //    'Transactional: no' in the header"),
    //  - in a `Transactional: no` revision, every TransactionControl statement.
    // Alembic .py revisions in Python have no SQL here: only their id is checked. SQL revisions
    // in Python form (Source::AlembicSqlForm) are checked like .sql revisions; the
    // op.execute("COMMIT") idiom makes one non-transactional (AlembicSqlForm::apply) and its
    // COMMIT statements are not problems.
    static QList<Error> check(const Revision& revision, int targetMajor = 0);
    // The first problem of check() as the reason the revision cannot run ("revision X cannot
    // run: ..."), for runs and offline SQL alike; success when there is none.
    static Result<void> runnable(const Revision& revision, int targetMajor = 0);

    // An SQL-form revision with the op.execute("COMMIT") idiom. Alembic runs the statements
    // before the COMMIT in its transaction, commits them with it, and the rest in autocommit.
    // Strata runs the whole revision as 'Transactional: no' (each statement in autocommit, the
    // version row after the last) with the COMMIT statements dropped: after a success the
    // database is in the state Alembic leaves; see docs/alembic.md for a failure before COMMIT.
    static bool isSqlFormCommitRevision(const Revision& revision);

    // The statements of one section, split and classified (kind and tag filled), for the
    // runner. A missing or empty section gives an empty list. Does not apply the transaction
    // rules: call check() first. In an SQL-form COMMIT-idiom revision the COMMIT statements
    // are left out. A statement not checked (see above) has checked = false, kind Normal and
    // the first word of its text, upper case, as its tag.
    static Result<QList<SqlStatement>> statementsFor(const Revision& revision, Direction direction,
                                                     int targetMajor = 0);
};

} // namespace strata
