#include "common/ScintillaCodeView.h"

#include "common/CodeTheme.h"
#include "editor/PythonEditor.h"
#include "editor/SqlEditor.h"

#include <Qsci/qscilexer.h>

#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace strata {

namespace {

// Above the editor's own markers (SqlEditor::Marker) and indicators.
constexpr int kLineMarker = 20;

} // namespace

ScintillaCodeView::ScintillaCodeView(QWidget* parent)
    : ReadOnlyCodeView(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setLanguage(CodeLanguage::Sql);
}

void ScintillaCodeView::setLanguage(CodeLanguage language) {
    if (m_editor && language == m_language)
        return;
    const QString text = m_editor ? sql() : QString();
    delete m_editor;
    m_language = language;
    if (language == CodeLanguage::Python) {
        m_editor = new PythonEditor(this);
    } else {
        auto* editor = new SqlEditor(this);
        editor->setReadOnlyView(true);
        m_editor = editor;
    }
    m_editor->markerDefine(QsciScintilla::Background, kLineMarker);
    layout()->addWidget(m_editor);
    if (m_placeholder)
        m_placeholder->raise();
    setFocusProxy(m_editor);
    setCode(text, m_firstLine);
}

void ScintillaCodeView::setCode(const QString& text, int firstLine) {
    m_firstLine = std::max(1, firstLine);
    m_marked = 0;
    m_editor->setReadOnly(false);
    m_editor->setText(text);
    m_editor->setReadOnly(true);
    if (auto* sqlEditor = qobject_cast<SqlEditor*>(m_editor))
        sqlEditor->setFirstLineNumber(m_firstLine);
    m_lines.clear();
    updatePlaceholder();
}

QString ScintillaCodeView::sql() const {
    return m_editor->text();
}

void ScintillaCodeView::setPlaceholderText(const QString& text) {
    if (!m_placeholder) {
        m_placeholder = new QLabel(this);
        m_placeholder->setForegroundRole(QPalette::PlaceholderText);
        m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_placeholder->move(8, 6);
    }
    m_placeholder->setText(text);
    m_placeholder->adjustSize();
    updatePlaceholder();
}

void ScintillaCodeView::updatePlaceholder() {
    if (!m_placeholder)
        return;
    m_placeholder->setVisible(m_editor->length() == 0 && !m_placeholder->text().isEmpty());
    m_placeholder->raise();
}

void ScintillaCodeView::markPosition(int position) {
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, SqlEditor::ErrorIndicator);
    m_marked = 0;
    if (position <= 0 || position > int(sql().size()))
        return;
    m_marked = position;
    int line = 0;
    int index = 0;
    // Scintilla positions are bytes of UTF-8.
    const int byte = int(sql().left(position - 1).toUtf8().size());
    m_editor->lineIndexFromPosition(byte, &line, &index);
    m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator, SqlEditor::ErrorIndicator);
    m_editor->setIndicatorForegroundColor(SqlColorScheme::forPalette(palette()).error,
                                          SqlEditor::ErrorIndicator);
    m_editor->fillIndicatorRange(line, index, line, index + 1, SqlEditor::ErrorIndicator);
    m_editor->setCursorPosition(line, index);
    m_editor->ensureLineVisible(line);
}

int ScintillaCodeView::setLineBackgrounds(const QList<bool>& lines, const QColor& colour) {
    m_editor->markerDeleteAll(kLineMarker);
    m_editor->setMarkerBackgroundColor(colour, kLineMarker);
    m_lines = lines;
    m_lineColour = colour;
    int count = 0;
    for (int i = 0; i < int(lines.size()) && i < m_editor->lines(); ++i)
        if (lines.at(i)) {
            m_editor->markerAdd(i, kLineMarker);
            ++count;
        }
    return count;
}

void ScintillaCodeView::scrollToLine(int line) {
    m_editor->setFirstVisibleLine(std::max(0, line - m_firstLine));
}

int ScintillaCodeView::lineCount() const {
    return m_editor->lines();
}

int ScintillaCodeView::heightForLines(int lines) const {
    return lines * m_editor->textHeight(0) + 2 * m_editor->frameWidth() +
           m_editor->horizontalScrollBar()->sizeHint().height() + 4;
}

QString ScintillaCodeView::themeName() const {
    return CodeTheme::instance().resolvedName(palette());
}

QTextCharFormat ScintillaCodeView::formatAt(int offset) const {
    // Scintilla styles lazily (what is shown): style the whole text first.
    m_editor->SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
    const long byte = long(m_editor->text().left(offset).toUtf8().size());
    const int style = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, byte));
    QTextCharFormat f;
    if (const QsciLexer* lexer = m_editor->lexer()) {
        f.setForeground(lexer->color(style));
        f.setFontWeight(lexer->font(style).bold() ? QFont::Bold : QFont::Normal);
        f.setFontItalic(lexer->font(style).italic());
    }
    return f;
}

QColor ScintillaCodeView::lineBackground(int line) const {
    if (line >= 0 && line < int(m_lines.size()) && m_lines.at(line))
        return m_lineColour;
    return m_editor->lexer() ? m_editor->lexer()->defaultPaper() : m_editor->paper();
}

} // namespace strata
