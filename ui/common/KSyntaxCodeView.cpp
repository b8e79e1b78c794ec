#include "common/KSyntaxCodeView.h"

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING

#include "common/CodeTheme.h"
#include "common/NumberedTextEdit.h"
#include "common/Preferences.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

namespace strata {

namespace {

QString definitionName(CodeLanguage language) {
    return language == CodeLanguage::Python ? QStringLiteral("Python")
                                            : QStringLiteral("SQL (PostgreSQL)");
}

} // namespace

KSyntaxCodeView::KSyntaxCodeView(QWidget* parent)
    : ReadOnlyCodeView(parent)
    , m_text(new NumberedTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_text->document())) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    setFocusProxy(m_text);
    m_highlighter->setDefinition(
        CodeTheme::repository().definitionForName(definitionName(m_language)));
    applyTheme();
    connect(&CodeTheme::instance(), &CodeTheme::changed, this, &KSyntaxCodeView::applyTheme);
}

KSyntaxCodeView::~KSyntaxCodeView() = default;

void KSyntaxCodeView::applyTheme() {
    const KSyntaxHighlighting::Theme theme = CodeTheme::instance().theme(palette());
    const SqlColorScheme scheme = SqlColorScheme::forPalette(palette());
    m_themeName = theme.name();
    m_errorColour = scheme.error;
    m_highlighter->setTheme(theme);
    m_text->setColors(scheme.paper, scheme.text, scheme.marginPaper, scheme.lineNumbers,
                      scheme.selection);
    m_text->setFont(Preferences::editorFont());
    m_highlighter->rehighlight();
    updateSelections();
}

void KSyntaxCodeView::changeEvent(QEvent* event) {
    ReadOnlyCodeView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void KSyntaxCodeView::setLanguage(CodeLanguage language) {
    if (language == m_language)
        return;
    m_language = language;
    m_highlighter->setDefinition(
        CodeTheme::repository().definitionForName(definitionName(language)));
    m_highlighter->rehighlight();
}

void KSyntaxCodeView::setCode(const QString& text, int firstLine) {
    m_marked = 0;
    m_lines.clear();
    m_text->setFirstLineNumber(std::max(1, firstLine));
    m_text->setPlainText(text);
    updateSelections();
}

QString KSyntaxCodeView::sql() const {
    return m_text->toPlainText();
}

void KSyntaxCodeView::setPlaceholderText(const QString& text) {
    m_text->setPlaceholderText(text);
}

void KSyntaxCodeView::markPosition(int position) {
    m_marked = position > 0 && position <= int(sql().size()) ? position : 0;
    updateSelections();
    if (m_marked > 0) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(m_marked - 1);
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
}

int KSyntaxCodeView::setLineBackgrounds(const QList<bool>& lines, const QColor& colour) {
    m_lines = lines;
    m_lineColour = colour;
    updateSelections();
    return int(lines.count(true));
}

void KSyntaxCodeView::updateSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = m_text->document()->firstBlock();
    for (qsizetype i = 0; block.isValid() && i < m_lines.size(); ++i, block = block.next()) {
        if (!m_lines.at(i))
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(m_lineColour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections << s;
    }
    if (m_marked > 0) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(m_marked - 1);
        s.cursor.setPosition(m_marked, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(m_errorColour);
        selections << s;
    }
    m_text->setExtraSelections(selections);
}

void KSyntaxCodeView::scrollToLine(int line) {
    m_text->verticalScrollBar()->setValue(std::max(0, line - m_text->firstLineNumber()));
}

int KSyntaxCodeView::lineCount() const {
    return m_text->document()->blockCount();
}

int KSyntaxCodeView::heightForLines(int lines) const {
    return lines * m_text->fontMetrics().lineSpacing() + 2 * m_text->frameWidth() +
           int(2 * m_text->document()->documentMargin()) +
           m_text->horizontalScrollBar()->sizeHint().height() + 4;
}

QTextCharFormat KSyntaxCodeView::formatAt(int offset) const {
    const QTextBlock block = m_text->document()->findBlock(offset);
    const int inBlock = offset - block.position();
    QTextCharFormat f;
    f.setForeground(m_text->palette().color(QPalette::Text));
    f.setFontWeight(QFont::Normal);
    f.setFontItalic(false);
    for (const QTextLayout::FormatRange& r : block.layout()->formats())
        if (inBlock >= r.start && inBlock < r.start + r.length)
            f.merge(r.format);
    return f;
}

QColor KSyntaxCodeView::lineBackground(int line) const {
    if (line >= 0 && line < int(m_lines.size()) && m_lines.at(line))
        return m_lineColour;
    return m_text->palette().color(QPalette::Base);
}

} // namespace strata

#endif
