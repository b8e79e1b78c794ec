#pragma once

#include "revision/RevisionFile.h"

#include <QList>
#include <QString>

namespace strata {

// One problem found in a section of the revision being edited.
struct Diagnostic {
    enum class Severity { Error, Warning, Info };

    RevisionFile::Section section = RevisionFile::Section::Upgrade;
    int line = 0;     // 1-based line in the section's editor
    int column = 0;   // 1-based column (UTF-16 units, as QString counts)
    int length = 0;   // characters to underline from column on that line; 0 = the token there
    int fileLine = 0; // 1-based line in the file (0 when the section is not in the file yet)
    QString message;
    Severity severity = Severity::Error;
    // Lint findings (EditorLint): the rule, its help line, the end of the underline (the
    // flagged statement's last line and column in the section's editor, inclusive; 0 = the
    // one-line underline of `length`), the statement's index in the lint report and the quick
    // fix's title (empty when the rewrite is not mechanical). A finding about the revision as a
    // whole has line 0: it is listed, not underlined.
    QString rule;
    QString help;
    int endLine = 0;
    int endColumn = 0;
    int statementIndex = -1;
    QString fixTitle;

    QString sectionName() const;
    QString severityName() const;
    // What hovering shows: "rule-id: message" and the help line for a lint finding,
    // "severity: message" otherwise.
    QString toolTip() const;
};

// The editor's view of core's RevisionChecker (the rules `strata check` and the runner apply,
// never a copy of them): each section of the text being edited is checked as a revision of its
// own, so a syntax error comes at its exact line and column and a statement that cannot run in
// the revision's transaction mode (CREATE INDEX CONCURRENTLY in a transactional revision,
// transaction control anywhere) is underlined on its first line. Lines are the section
// editor's (1-based); fileLine adds the section's place in the file.
class DiagnosticsAnalyzer {
public:
    // `firstFileLine`: the file line of the section's first line (0 when unknown). `source`:
    // an SQL revision in Python form is checked as `strata check` checks it (its
    // op.execute("COMMIT") idiom is not a problem; CONCURRENTLY without it says how to add it).
    static QList<Diagnostic> analyzeSection(const QString& sql, RevisionFile::Section section,
                                            bool transactional, int firstFileLine,
                                            Revision::Source source = Revision::Source::Sql,
                                            int targetMajor = 0);

    // Both sections, plus the hint the other way: a `Transactional: no` revision none of whose
    // statements needs it (an Info on its first statement).
    static QList<Diagnostic> analyze(const QString& upgradeSql, int upgradeFirstLine,
                                     const QString& downgradeSql, int downgradeFirstLine,
                                     bool transactional,
                                     Revision::Source source = Revision::Source::Sql,
                                     int targetMajor = 0);
};

} // namespace strata
