#pragma once

#include "lint/LintFinding.h"
#include "lint/LintStatement.h"

#include <QList>
#include <QString>

#include <optional>

namespace strata {

class SqlEditor;

// A mechanical rewrite of one flagged statement: text inserted into the statement (and a
// statement added after its terminating ';'), and the revision switched to `Transactional: no`
// where the rewrite needs it.
struct QuickFix {
    struct Insertion {
        int index = 0; // QString index in LintStatement::text (text.size() = after its end)
        QString text;
    };
    QString rule;
    QString title;                 // "Fix: add CONCURRENTLY"
    QList<Insertion> insertions;   // in ascending index order
    QString afterStatement;        // a statement added after the ';' ("ALTER TABLE ..;")
    bool nonTransactional = false; // the header must say `Transactional: no`
};

// The quick fixes of lint findings, keyed by rule id:
//  - require-concurrent-index-creation / -deletion: CONCURRENTLY (and `Transactional: no`);
//  - prefer-robust-stmts: IF NOT EXISTS on CREATE TABLE / CREATE INDEX / ADD COLUMN, IF EXISTS
//    on DROP;
//  - constraint-missing-not-valid / adding-foreign-key-constraint: `ADD CONSTRAINT c ...
//    NOT VALID;` followed by `ALTER TABLE t VALIDATE CONSTRAINT c;`, and `Transactional: no`
//    (validating in the transaction that added the constraint would scan under its lock).
// Insert points come from the parse tree: a node's `location` bounds the search and the point
// chosen is the one where libpg_query reads the edited statement back as the expected tree (the
// original with the one flag set, locations aside). No regular expression reads the SQL.
class LintQuickFix {
public:
    // The rule ids that have a fixer.
    static QStringList fixableRules();
    // The fix of `finding` on `statement` (its LintStatement), or nothing when the rewrite is
    // not mechanical here (no name to validate, already robust, an unusual shape).
    static std::optional<QuickFix> forFinding(const LintFinding& finding,
                                              const LintStatement& statement);
    // The statement text with the fix's insertions (tests, previews).
    static QString applied(const QString& statementText, const QuickFix& fix);
    // Applies the fix in `editor`, whose document holds the statement from 1-based line and
    // column (`line`, `column`) on, as one undoable action. False when the document there is
    // not the statement's text (the editor changed since it was linted).
    static bool applyTo(SqlEditor* editor, int line, int column, const QString& statementText,
                        const QuickFix& fix);
};

} // namespace strata
