#pragma once

#include <QString>
#include <QStringView>

namespace strata::cli {

// The module docstring of a Python file as Python reads it (`module.__doc__`): the first
// statement when it is a string literal, with escapes decoded unless raw. Alembic shows it
// `.strip()`ed as a revision's longdoc; `doc` is its first paragraph (Script.doc).
class PythonDocstring {
public:
    // The stripped docstring of `source`, empty when the module has none.
    static QString longDoc(QStringView source);
    // The same for a file (empty when it cannot be read).
    static QString longDocOfFile(const QString& path);
    // Script.doc: the text up to the first blank line ("\n\n").
    static QString firstParagraph(const QString& longDoc);
};

} // namespace strata::cli
