#pragma once

#include "lint/TableLock.h"
#include "revision/RevisionFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strata {

// One statement of a revision section, parsed, as lint rules see it.
struct LintStatement {
    RevisionFile::Section section = RevisionFile::Section::Upgrade;
    int index = 0;        // position in LintReport::statements
    int sectionIndex = 0; // position in its section (0 = first)
    QString text;         // as written (SqlStatement::text)
    int line = 0;         // file line and column of its first token
    int column = 0;
    int endLine = 0; // file line and column of its last character
    int endColumn = 0;
    QString type;        // the parse node's type: "IndexStmt", "AlterTableStmt", ...
    QJsonObject node;    // that node's fields (parse::body of the statement)
    QString tag;         // "CREATE INDEX" (StatementClassifier)
    QStringList ignored; // rule ids named by `-- strata:ignore` on the lines just above it
    QList<TableLock> locks;
    // False for a statement the grammar rejects where the server may be newer (LintTarget::
    // serverMajor): it has no parse tree (type and node empty), only newer-syntax sees it.
    bool checked = true;
    QString parseError; // the grammar's message for it

    // File line and column of byte offset `location` of the statement's UTF-8 text (a node's
    // `location` field); the statement's start for -1.
    void position(int location, int* fileLine, int* fileColumn) const;
};

} // namespace strata
