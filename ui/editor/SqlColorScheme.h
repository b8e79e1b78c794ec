#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace strata {

// The code editors' colours. forPalette() gives the code theme's (CodeTheme: a
// KSyntaxHighlighting theme when the build has the library, Breeze Light or Dark by default,
// following the palette's window colour); builtIn() gives Strata's own light and dark sets,
// which are the themes without the library.
struct SqlColorScheme {
    bool dark = false;
    QString themeName;
    bool keywordBold = true;
    bool commentItalic = true;
    QColor paper, text, lineNumbers, marginPaper, currentLine, selection;
    // `string`: E'' strings (and Python's); `standardString`: '' strings, which have no
    // backslash escapes (KSyntaxHighlighting's PostgreSQL definition draws them as verbatim
    // strings, like $$ bodies).
    QColor comment, keyword, type, function, string, standardString, dollarString, number,
        operatorColor, quotedIdentifier;
    QColor error, warning, info, braceMatch;

    static bool isDark(const QPalette& palette);
    static SqlColorScheme forPalette(const QPalette& palette);
    static SqlColorScheme builtIn(bool dark);
};

} // namespace strata
