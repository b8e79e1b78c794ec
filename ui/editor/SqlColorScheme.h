#pragma once

#include <QColor>
#include <QPalette>

namespace strata {

// The SQL editor's colours, one set for light palettes and one for dark ones (chosen from the
// palette's window colour), so the editor follows the desktop theme.
struct SqlColorScheme {
    bool dark = false;
    QColor paper, text, lineNumbers, marginPaper, currentLine, selection;
    QColor comment, keyword, type, function, string, dollarString, number, operatorColor,
        quotedIdentifier;
    QColor error, warning, info, braceMatch;

    static bool isDark(const QPalette& palette);
    static SqlColorScheme forPalette(const QPalette& palette);
};

} // namespace strata
