#pragma once

#include "lint/Linter.h"

#include <QList>
#include <QString>

namespace strata {

// One revision of a lint run: its report, or why it was not linted.
struct LintedRevision {
    LintReport report;         // revision, file, statements, findings, parse errors
    bool linted = true;        // false: an Alembic revision in Python (its SQL exists only when
                               // Alembic runs it); never an error
    bool transactional = true; // the revision's mode: how long its locks are held
};

// Counts over a lint run, for the summary line and the JSON/SARIF summaries.
struct LintSummary {
    int revisions = 0;    // every revision of the run
    int linted = 0;       // those whose SQL was linted (not Python, parsed)
    int notLinted = 0;    // Python revisions
    int unparsed = 0;     // revisions with a section that does not parse
    int unloaded = 0;     // revision files that did not load (LintResults::problems)
    int withFindings = 0; // revisions with at least one finding
    int errors = 0;       // findings by level
    int warnings = 0;
    int notes = 0;

    // "3 warnings, 1 error in 2 of 14 revisions", "no findings in 14 revisions", with the
    // the Python revisions, the parse errors and the files that do not load after it.
    QString line() const;
};

// What `strata lint` found in a range of revisions, in plan order: what the compiler-style
// printer, LintJson and SarifReport write.
struct LintResults {
    QString projectDir; // absolute: file paths in JSON and SARIF are relative to it
    QList<LintedRevision> revisions;
    QList<Error> problems; // revision files that did not load at all (Project::problems)

    LintSummary summary() const;
    bool hasErrorLevel() const;  // a finding at error level (exit 3)
    bool hasParseErrors() const; // a revision that does not parse or load (exit 1)
    // `file` relative to projectDir when it lies inside it, else as given (with '/').
    QString projectRelative(const QString& file) const;
};

} // namespace strata
