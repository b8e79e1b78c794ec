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

    QString sectionName() const;
    QString severityName() const;
};

// Parses one section with libpg_query (SqlSplitter) and classifies its statements
// (StatementClassifier): a syntax error at its exact position, a statement that cannot run
// inside a transaction block in a transactional revision, transaction control anywhere.
class DiagnosticsAnalyzer {
public:
    // `firstFileLine`: the file line of the section's first line (0 when unknown).
    static QList<Diagnostic> analyzeSection(const QString& sql, RevisionFile::Section section,
                                            bool transactional, int firstFileLine);

    // Both sections, plus the hint the other way: a `Transactional: no` revision none of whose
    // statements needs it (an Info on its first statement).
    static QList<Diagnostic> analyze(const QString& upgradeSql, int upgradeFirstLine,
                                     const QString& downgradeSql, int downgradeFirstLine,
                                     bool transactional);
};

} // namespace strata
