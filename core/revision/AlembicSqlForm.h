#pragma once

#include "revision/PythonLiterals.h"
#include "revision/Revision.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace strata {

// One `op.execute(<string literal>)` call in an upgrade()/downgrade() body.
struct SqlFormCall {
    QList<PythonStringLiteral> parts; // implicitly concatenated literals, in order
    QString value;                    // their concatenated value: the SQL
    int line = 0;                     // 1-based file line of the first literal's opening quote
};

// What the body of one top-level `def NAME(...):` is.
struct SqlFormFunction {
    bool found = false;   // the function is defined at the top level
    bool sqlForm = false; // its body is only op.execute(<literal>), docstrings, comments, pass
    int defLine = 0;      // line of `def`
    QList<SqlFormCall> calls;
};

// Reads the upgrade()/downgrade() functions of an Alembic script WITHOUT Python: a tokenizer for
// string literals and the block structure of one `def` (indentation, brackets, comments, `;`,
// backslash continuations). A body is "SQL form" when every statement in it is `pass`, a bare
// string (a docstring), or `op.execute(` one or more implicitly concatenated str literals `)`
// (a trailing comma allowed). Anything else — another call, a name, `sa.text(...)`, a keyword
// argument, an if — is Python, and the revision stays Source::AlembicPython.
//
// The section SQL (section()) is the calls' values joined with ';' where a value does not end
// with one, padded with line breaks so that each value starts on the file line of its literal:
// errors the splitter and the server report point at the .py line.
class AlembicSqlForm {
public:
    static SqlFormFunction read(QStringView text, QStringView name);

    // The section for the calls (present; sql and firstLine set, checksum left empty).
    static RevisionSection section(const SqlFormFunction& function);

    // True when `sql` is the `op.execute("COMMIT")` idiom (COMMIT, any case, optional ';').
    static bool isCommit(QStringView sql);

    // Reads both functions of `text` into `revision` (an AlembicScript::parse result): when
    // upgrade() is SQL form and downgrade() is SQL form or absent, sets Source::AlembicSqlForm,
    // the sections (downgrade not present when the function is absent: irreversible) and,
    // when a call is the COMMIT idiom, transactional = false (see docs/alembic.md). Otherwise
    // `revision` is unchanged.
    static void apply(QStringView text, Revision& revision);

    // Returns `text` with the literal(s) of call `index` of function `name` replaced by one
    // literal whose value is `value`, written in the style of the call's first literal
    // (PythonLiterals::render). Every other byte of the file stays as it is (quotes, indentation,
    // comments, other calls). Nothing when there is no such call or the body is not SQL form.
    static std::optional<QString> replaceCall(QStringView text, QStringView name, qsizetype index,
                                              const QString& value);

    // The editor's save of one section: `newSql` goes into the function's only op.execute call.
    // Nothing when the function is not SQL form or does not have exactly one call (the SQL
    // cannot be placed without rewriting Python the user wrote).
    static std::optional<QString> replaceSection(QStringView text, QStringView name,
                                                 const QString& newSql);
};

} // namespace strata
