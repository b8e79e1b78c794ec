#pragma once

#include "lint/TableLock.h"
#include "revision/RevisionFile.h"

#include <QList>
#include <QString>

namespace strata {

// How much a finding matters. Error-level findings make `strata lint` exit 3 and need an
// acknowledgement in the plan dialog of a protected environment; notes never fail anything.
enum class LintLevel { Off, Note, Warning, Error };

// "off", "note", "warning", "error" (the words strata.toml, JSON and the compiler output use).
QString lintLevelName(LintLevel level);
// The level named `name` (case-insensitive); false when it names none.
bool parseLintLevel(const QString& name, LintLevel* level);

// One thing a lint rule found, located in the revision file.
struct LintFinding {
    QString rule; // "require-concurrent-index-creation"
    LintLevel level = LintLevel::Warning;
    QString message; // one line: what is wrong with this statement
    QString help;    // one line: the safe rewrite
    QString revision;
    QString file; // absolute path of the revision file
    RevisionFile::Section section = RevisionFile::Section::Upgrade;
    int line = 0; // 1-based file line and column of the flagged node (or statement)
    int column = 0;
    int endLine = 0; // the end of the statement (for an editor's underline), inclusive
    int endColumn = 0;
    int statementIndex = -1; // index in LintReport::statements (-1: the revision as a whole)
    QList<TableLock> locks;  // what the flagged statement locks (empty for revision findings)
};

} // namespace strata
