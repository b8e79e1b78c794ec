#include "editor/SqlColorScheme.h"

#include "common/CodeTheme.h"

namespace strata {

bool SqlColorScheme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

SqlColorScheme SqlColorScheme::forPalette(const QPalette& palette) {
    return CodeTheme::instance().scheme(palette);
}

SqlColorScheme SqlColorScheme::builtIn(bool dark) {
    SqlColorScheme s;
    s.dark = dark;
    s.themeName = dark ? QStringLiteral("Strata Dark") : QStringLiteral("Strata Light");
    if (s.dark) {
        s.paper = QColor(0x1e, 0x1f, 0x22);
        s.text = QColor(0xd4, 0xd4, 0xd4);
        s.lineNumbers = QColor(0x85, 0x85, 0x85);
        s.marginPaper = QColor(0x25, 0x26, 0x2a);
        s.currentLine = QColor(0x2a, 0x2d, 0x33);
        s.selection = QColor(0x26, 0x4f, 0x78);
        s.comment = QColor(0x6a, 0x99, 0x55);
        s.keyword = QColor(0x56, 0x9c, 0xd6);
        s.type = QColor(0x4e, 0xc9, 0xb0);
        s.function = QColor(0xdc, 0xdc, 0xaa);
        s.string = QColor(0xce, 0x91, 0x78);
        s.dollarString = QColor(0xc5, 0x86, 0xc0);
        s.number = QColor(0xb5, 0xce, 0xa8);
        s.operatorColor = QColor(0xd4, 0xd4, 0xd4);
        s.quotedIdentifier = QColor(0x9c, 0xdc, 0xfe);
        s.error = QColor(0xf4, 0x47, 0x47);
        s.warning = QColor(0xcc, 0xa7, 0x00);
        s.info = QColor(0x75, 0xbe, 0xff);
        s.braceMatch = QColor(0x3a, 0x5a, 0x3a);
    } else {
        s.paper = QColor(0xff, 0xff, 0xff);
        s.text = QColor(0x1f, 0x1f, 0x1f);
        s.lineNumbers = QColor(0x80, 0x80, 0x80);
        s.marginPaper = QColor(0xf3, 0xf3, 0xf3);
        s.currentLine = QColor(0xf5, 0xf8, 0xff);
        s.selection = QColor(0xad, 0xd6, 0xff);
        s.comment = QColor(0x00, 0x80, 0x00);
        s.keyword = QColor(0x00, 0x00, 0xc0);
        s.type = QColor(0x26, 0x7f, 0x99);
        s.function = QColor(0x79, 0x5e, 0x26);
        s.string = QColor(0xa3, 0x15, 0x15);
        s.dollarString = QColor(0x98, 0x1a, 0x9a);
        s.number = QColor(0x09, 0x86, 0x58);
        s.operatorColor = QColor(0x40, 0x40, 0x40);
        s.quotedIdentifier = QColor(0x00, 0x10, 0x80);
        s.error = QColor(0xe5, 0x14, 0x00);
        s.warning = QColor(0xbf, 0x88, 0x03);
        s.info = QColor(0x1a, 0x85, 0xff);
        s.braceMatch = QColor(0xc8, 0xf0, 0xc8);
    }
    s.standardString = s.string;
    return s;
}

} // namespace strata
