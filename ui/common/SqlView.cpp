#include "common/SqlView.h"

#include <Qsci/qscilexersql.h>

#include <QEvent>
#include <QFontDatabase>

namespace strata {

SqlView::SqlView(QWidget* parent)
    : QsciScintilla(parent) {
    auto* lexer = new QsciLexerSQL(this);
    lexer->setFoldComments(true);
    setLexer(lexer);
    setReadOnly(true);
    setUtf8(true);
    setMarginType(0, QsciScintilla::TextMargin);
    setMarginWidth(1, 0);
    setWrapMode(QsciScintilla::WrapNone);
    setCaretLineVisible(false);
    indicatorDefine(QsciScintilla::SquiggleIndicator, 0);
    applyPalette();
}

void SqlView::applyPalette() {
    auto* sql = static_cast<QsciLexerSQL*>(lexer());
    const QPalette pal = palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    sql->setDefaultPaper(pal.color(QPalette::Base));
    sql->setDefaultColor(pal.color(QPalette::Text));
    sql->setDefaultFont(mono);
    for (int style = 0; style <= 127; ++style) {
        sql->setPaper(pal.color(QPalette::Base), style);
        sql->setFont(mono, style);
    }
    sql->setColor(pal.color(QPalette::Text), QsciLexerSQL::Default);
    sql->setColor(pal.color(QPalette::Text), QsciLexerSQL::Identifier);
    sql->setColor(pal.color(QPalette::Text), QsciLexerSQL::Operator);
    sql->setColor(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x33, 0x99),
                  QsciLexerSQL::Keyword);
    sql->setColor(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x1b, 0x5e, 0x20),
                  QsciLexerSQL::SingleQuotedString);
    sql->setColor(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x1b, 0x5e, 0x20),
                  QsciLexerSQL::DoubleQuotedString);
    sql->setColor(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xa0, 0x40, 0x00), QsciLexerSQL::Number);
    const QColor comment = dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x70, 0x70, 0x70);
    sql->setColor(comment, QsciLexerSQL::Comment);
    sql->setColor(comment, QsciLexerSQL::CommentLine);
    sql->setColor(comment, QsciLexerSQL::CommentDoc);
    setMarginsBackgroundColor(pal.color(QPalette::AlternateBase));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setMarginsFont(mono);
    setPaper(pal.color(QPalette::Base));
    setColor(pal.color(QPalette::Text));
}

void SqlView::setSql(const QString& sql, int firstLine) {
    m_firstLine = firstLine;
    setText(sql);
    const int lines = int(sql.count(QLatin1Char('\n'))) + 1;
    for (int i = 0; i < lines; ++i)
        setMarginText(i, QString::number(firstLine + i), 0);
    setMarginWidth(0, QString::number(firstLine + lines) + QStringLiteral("00"));
}

void SqlView::markPosition(int position) {
    if (position <= 0)
        return;
    clearIndicatorRange(0, 0, lines(), 0, 0);
    int line = 0;
    int index = 0;
    lineIndexFromPosition(position - 1, &line, &index);
    fillIndicatorRange(line, index, line, index + 1, 0);
    setCursorPosition(line, index);
    ensureLineVisible(line);
}

void SqlView::changeEvent(QEvent* event) {
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

} // namespace strata
