#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace strata {

// Writes the SQL typed in the editor back into an SQL revision in Python form (a `.py` file
// whose upgrade()/downgrade() are only op.execute(<string literal>) calls, AlembicSqlForm.h),
// rewriting only string literals: every other byte of the file stays as it was.
//
// The editor shows a function's calls as one section (AlembicSqlForm::section: the calls'
// values joined, each on its .py line). Saving maps the edit back to the calls: the text
// between two calls (the separator the section put there) must stay as it was, and every
// changed stretch of text must lie inside one call's SQL; that call's literal is rewritten
// (PythonLiterals::render, in its own style), the other calls stay byte for byte. A call
// written as several implicitly concatenated literals keeps them: only the literal an edit lies
// in is rewritten (an edit across two merges them, refused when a comment stands between). Where
// the edit cannot be placed without rewriting the user's Python, write() refuses with a message
// saying why and what to do instead (never drops or merges SQL):
//  - the function is absent, or has no op.execute call and is not only `pass`, and SQL was
//    typed for it (a body of only `pass` gets one op.execute("""...""") call in its place);
//  - an edit spans two calls or the text between them (a call would be added or removed);
//  - an edit spans two literals of one call with a comment between them;
//  - a call would be left without SQL;
//  - the `op.execute("COMMIT")` idiom would be changed or removed;
//  - in a revision with the COMMIT idiom, a call would hold several statements (Alembic sends
//    one call as one query, and CREATE INDEX CONCURRENTLY must be alone in its query).
class SqlFormWriter {
public:
    // `function`: "upgrade" or "downgrade". Returns the new file text (== `fileText` when
    // `newSql` is what the file already holds) or the refusal (ErrorCode::Usage).
    static Result<QString> write(QStringView fileText, QStringView function, const QString& newSql);
    // Whether SQL typed for `function` has a place to go: it holds op.execute calls, or its body
    // is only `pass` (an empty revision as Alembic's template writes it), which saving turns into
    // one op.execute("""...""") call.
    static bool canHoldSql(QStringView fileText, QStringView function);
};

} // namespace strata
