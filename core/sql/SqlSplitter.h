#pragma once

#include "Result.h"
#include "sql/StatementClassifier.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace strata {

// One statement of a section, located in its file.
struct SqlStatement {
    // The statement exactly as written, from its first token (leading whitespace and comments
    // skipped) to its last character before the terminating ';' (not included), trailing
    // whitespace removed. Comments inside (or after the last statement) are kept.
    QString text;
    int line = 0;   // 1-based line in the FILE of the first token (firstLine offset applied)
    int column = 0; // 1-based column of the first token (in UTF-16 units, as QString counts)
    int offset = 0; // 0-based QString position of the first token in the split text
    int length = 0; // text.size()

    // Filled by RevisionChecker::statementsFor (SqlSplitter leaves the defaults).
    StatementKind kind = StatementKind::Normal;
    QString tag;
    QString reason; // why it is not Normal (StatementClass::reason)

    // False for a statement the grammar rejects in a project whose server may be newer
    // (SqlSplitter::splitAllowingNewerSyntax): it is run as written and the server decides;
    // parseError is the grammar's message (`syntax error at or near "NOT"`).
    bool checked = true;
    QString parseError;
};

// Splits SQL into statements with libpg_query's real PostgreSQL grammar (SqlGrammar: 17, or
// Debian's 15; pg_query_split_with_parser): dollar quotes, E'' strings, comments, DO blocks and
// function bodies are handled by the parser, never by a hand-written scanner.
class SqlSplitter {
public:
    // `firstLine` is the file line of the first line of `sql` (RevisionSection::firstLine) and
    // `file` the path used in errors. An empty or comment-only text gives no statements. A
    // syntax error gives ErrorCode::Parse at the file line and column of the error with
    // libpg_query's message (e.g. `syntax error at or near "TABLEX"`). A NUL character is an
    // error too (libpg_query reads C strings and would silently drop the rest).
    static Result<QList<SqlStatement>> split(QStringView sql, int firstLine = 1,
                                             const QString& file = {});

    // The same for a project whose server may be newer than the grammar
    // (SqlGrammar::mayBeNewerSyntax): when the grammar rejects the text, it is split with
    // libpg_query's scanner (pg_query_split_with_scanner, which knows quotes, dollar quotes and
    // comments but no grammar) and each statement is parsed alone: those the grammar rejects come
    // back with checked = false and parseError, the others as split() gives them. Still errors:
    // a NUL, a text even the scanner cannot split (an unterminated quote or comment), and a
    // rejected text whose statements all parse alone (the split itself is then in doubt).
    static Result<QList<SqlStatement>> splitAllowingNewerSyntax(QStringView sql, int firstLine = 1,
                                                                const QString& file = {});
};

} // namespace strata
