#include "editor/PythonEditor.h"

#include "common/CodeTheme.h"
#include "common/Preferences.h"

#include "editor/SqlColorScheme.h"

#include <Qsci/qscilexerpython.h>

#include <QFontDatabase>
#include <QKeyEvent>

namespace strata {

namespace {
constexpr int kLineNumberMargin = 0;
constexpr int kFoldMargin = 2;

bool isFindKey(const QKeyEvent* event) {
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    return mods == Qt::ControlModifier && event->key() == Qt::Key_F;
}
} // namespace

PythonEditor::PythonEditor(QWidget* parent)
    : QsciScintilla(parent)
    , m_lexer(new QsciLexerPython(this)) {
    setUtf8(true);
    m_lexer->setFoldComments(true);
    m_lexer->setFoldQuotes(true);
    m_lexer->setIndentationWarning(QsciLexerPython::NoWarning);
    setLexer(m_lexer);
    setReadOnly(true);
    setTabWidth(4);
    setMarginType(kLineNumberMargin, QsciScintilla::NumberMargin);
    setMarginLineNumbers(kLineNumberMargin, true);
    setMarginWidth(1, 0);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, kFoldMargin);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setCaretLineVisible(false);
    setWrapMode(QsciScintilla::WrapNone);
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
    applyColorScheme();
    // The code theme (View > Code Colours) colours the editor and the read-only views alike.
    connect(&CodeTheme::instance(), &CodeTheme::changed, this, [this] { applyColorScheme(); });
}

PythonEditor::~PythonEditor() = default;

void PythonEditor::setTextKeepingPosition(const QString& text) {
    const int first = firstVisibleLine();
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    setText(text);
    setCursorPosition(qMin(line, lines() - 1), index);
    setFirstVisibleLine(qMin(first, lines() - 1));
}

void PythonEditor::applyColorScheme() {
    const SqlColorScheme s = SqlColorScheme::forPalette(palette());
    QFont font = Preferences::editorFont();
    m_lexer->setDefaultFont(font);
    m_lexer->setDefaultPaper(s.paper);
    m_lexer->setDefaultColor(s.text);
    using L = QsciLexerPython;
    const std::pair<int, QColor> colours[] = {
        {L::Default, s.text},
        {L::Comment, s.comment},
        {L::CommentBlock, s.comment},
        {L::Number, s.number},
        {L::DoubleQuotedString, s.string},
        {L::SingleQuotedString, s.string},
        {L::TripleSingleQuotedString, s.dollarString},
        {L::TripleDoubleQuotedString, s.dollarString},
        {L::DoubleQuotedFString, s.string},
        {L::SingleQuotedFString, s.string},
        {L::TripleSingleQuotedFString, s.dollarString},
        {L::TripleDoubleQuotedFString, s.dollarString},
        {L::UnclosedString, s.error},
        {L::Keyword, s.keyword},
        {L::ClassName, s.type},
        {L::FunctionMethodName, s.function},
        {L::Operator, s.operatorColor},
        {L::Identifier, s.text},
        {L::HighlightedIdentifier, s.quotedIdentifier},
        {L::Decorator, s.type},
    };
    for (const auto& [style, colour] : colours) {
        m_lexer->setColor(colour, style);
        m_lexer->setPaper(s.paper, style);
        QFont f = font;
        f.setBold(style == L::Keyword && s.keywordBold);
        f.setItalic((style == L::Comment || style == L::CommentBlock) && s.commentItalic);
        m_lexer->setFont(f, style);
    }
    m_lexer->setEolFill(true, L::UnclosedString);
    setPaper(s.paper);
    setColor(s.text);
    setMarginsBackgroundColor(s.marginPaper);
    setMarginsForegroundColor(s.lineNumbers);
    setMarginsFont(font);
    setFoldMarginColors(s.marginPaper, s.marginPaper);
    setCaretForegroundColor(s.text);
    setSelectionBackgroundColor(s.selection);
    setMatchedBraceBackgroundColor(s.braceMatch);
    setMatchedBraceForegroundColor(s.text);
    // The fold boxes in the margin's colours (Scintilla's are black on white, also when dark).
    for (unsigned long marker = SC_MARKNUM_FOLDEREND; marker <= SC_MARKNUM_FOLDEROPEN; ++marker) {
        SendScintilla(SCI_MARKERSETFORE, marker, s.marginPaper);
        SendScintilla(SCI_MARKERSETBACK, marker, s.lineNumbers);
    }
    setMarginWidth(kLineNumberMargin, QStringLiteral("00000"));
    recolor();
}

bool PythonEditor::event(QEvent* event) {
    // Ctrl+F is the window's "Find Revision" shortcut; in here it is this editor's find bar.
    if (event->type() == QEvent::ShortcutOverride && isFindKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QsciScintilla::event(event);
}

void PythonEditor::keyPressEvent(QKeyEvent* event) {
    if (isFindKey(event)) {
        emit findRequested();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void PythonEditor::changeEvent(QEvent* event) {
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColorScheme();
}

} // namespace strata
