#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace strata {

// One Python string literal as written in a file: where it is and what it means.
struct PythonStringLiteral {
    qsizetype begin = 0;     // position of the prefix (or the opening quote)
    qsizetype end = 0;       // position just past the closing quote
    qsizetype bodyBegin = 0; // position just past the opening quote(s)
    qsizetype bodyEnd = 0;   // position of the closing quote(s)
    QString prefix;          // as written: "", "r", "u", "R", ...
    QChar quote;             // ' or "
    bool triple = false;     // ''' or """
    bool raw = false;        // r/R prefix: backslashes are kept
    QString value;           // the string's value (escapes applied)
};

// A tokenizer for Python string literals, not a Python parser. It reads str literals with the
// prefixes r, u (any case) and applies Python's escapes (\\ \' \" \a \b \f \n \r \t \v, octal,
// \xhh, \uXXXX, \UXXXXXXXX, backslash-newline; an unknown escape keeps its backslash, as Python
// does). Bytes (b''), f-strings and \N{name} are not literals Strata can know the value of:
// read() returns nothing for them (the caller treats the code as Python).
class PythonLiterals {
public:
    enum class Status { Ok, NotAString, Unsupported, Unterminated };

    // Reads the literal starting at `pos` (at its prefix or quote). On Ok, `out` is filled.
    static Status read(QStringView text, qsizetype pos, PythonStringLiteral& out);

    // True when a string literal (with a prefix read() accepts or refuses) starts at `pos`.
    static bool startsAt(QStringView text, qsizetype pos);

    // The source text of a literal whose value is `value`, in the style of `like` (its prefix,
    // quote and triple-ness kept where `value` can be written so; otherwise a plain triple-
    // quoted or escaped form). The result read back with read() gives `value`.
    static QString render(const QString& value, const PythonStringLiteral& like);
};

} // namespace strata
