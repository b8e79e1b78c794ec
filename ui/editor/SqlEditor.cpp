#include "editor/SqlEditor.h"

#include "common/CodeTheme.h"

#include "editor/SqlCompleter.h"
#include "editor/SqlLexer.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

namespace strata {

namespace {
constexpr int kCompletionListId = 1;
constexpr int kLineNumberMargin = 0;
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kFixMargin = 3; // the light bulb of a line with a quick fix, next to the text

// A small light bulb for the fix margin.
QPixmap bulbPixmap() {
    QPixmap pixmap(12, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xb4, 0x83, 0x00), 1.0));
    p.setBrush(QColor(0xff, 0xd5, 0x4f));
    p.drawEllipse(QRectF(1.5, 0.5, 9, 9));
    p.setBrush(QColor(0x75, 0x75, 0x75));
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(4, 10, 4, 3));
    return pixmap;
}

bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}
} // namespace

SqlEditor::SqlEditor(QWidget* parent)
    : QsciScintilla(parent)
    , m_lexer(new SqlLexer(this)) {
    setUtf8(true);
    setLexer(m_lexer);

    // Indentation: spaces, 4 wide.
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setIndentationWidth(4);
    setAutoIndent(true);
    setBackspaceUnindents(true);
    setTabIndents(true);

    setMarginType(kLineNumberMargin, QsciScintilla::NumberMargin);
    setMarginLineNumbers(kLineNumberMargin, true);
    setMarginWidth(kLineNumberMargin, QStringLiteral("00000"));
    setMarginType(kSymbolMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(kSymbolMargin, 16);
    setMarginSensitivity(kSymbolMargin, true);
    setMarginMarkerMask(kSymbolMargin,
                        (1 << ErrorMarker) | (1 << WarningMarker) | (1 << InfoMarker));
    setFolding(QsciScintilla::BoxedTreeFoldStyle, kFoldMargin);
    setMarginType(kFixMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(kFixMargin, 14);
    setMarginSensitivity(kFixMargin, true);
    setMarginMarkerMask(kFixMargin, 1 << FixMarker);
    markerDefine(bulbPixmap(), FixMarker);

    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setCaretLineVisible(true);
    setWrapMode(QsciScintilla::WrapNone);
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
    setEolMode(QsciScintilla::EolUnix);
    setAutoCompletionSource(QsciScintilla::AcsNone);
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1L);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 12L);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400L);

    markerDefine(QsciScintilla::Circle, ErrorMarker);
    markerDefine(QsciScintilla::RightTriangle, WarningMarker);
    markerDefine(QsciScintilla::SmallRectangle, InfoMarker);
    indicatorDefine(QsciScintilla::SquiggleIndicator, ErrorIndicator);
    indicatorDefine(QsciScintilla::SquiggleIndicator, WarningIndicator);
    indicatorDefine(QsciScintilla::DotsIndicator, InfoIndicator);
    for (int ind : {int(ErrorIndicator), int(WarningIndicator), int(InfoIndicator)})
        SendScintilla(SCI_INDICSETUNDER, ind, 1L);

    // Ctrl+/ is Scintilla's "word part left": it toggles comments here.
    if (QsciCommand* cmd = standardCommands()->boundTo((Qt::CTRL | Qt::Key_Slash).toCombined()))
        cmd->setKey(0);

    applyColorScheme();
    // The code theme (View > Code Colours) colours the editor and the read-only views alike.
    connect(&CodeTheme::instance(), &CodeTheme::changed, this, [this] { applyColorScheme(); });

    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &SqlEditor::onCharAdded);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &SqlEditor::onDwell);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(this, &QsciScintilla::marginClicked, this, &SqlEditor::onMarginClicked);
    connect(this, &QsciScintilla::userListActivated, this, &SqlEditor::onUserListActivated);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumbers);
    connect(this, &QsciScintilla::textChanged, this, &SqlEditor::updateLineNumbers);
}

void SqlEditor::setFirstLineNumber(int first) {
    first = qMax(1, first);
    if (first == m_firstLineNumber)
        return;
    m_firstLineNumber = first;
    m_numberedLines = 0;
    if (first == 1) {
        clearMarginText();
        setMarginType(kLineNumberMargin, QsciScintilla::NumberMargin);
        setMarginLineNumbers(kLineNumberMargin, true);
        setMarginWidth(kLineNumberMargin, QStringLiteral("00000"));
        return;
    }
    setMarginType(kLineNumberMargin, QsciScintilla::TextMargin);
    updateLineNumbers();
}

void SqlEditor::updateLineNumbers() {
    if (m_firstLineNumber == 1)
        return;
    // Lines are numbered from the first one on: only a changed count needs new texts (or a
    // replaced text, which drops the margin's).
    const int count = lines();
    if (count == m_numberedLines && !lineNumberText(count - 1).isEmpty())
        return;
    clearMarginText();
    // Right-aligned, as Scintilla's own numbers are (the margin font is fixed-width).
    // Right-aligned in the width Scintilla's own numbers get ("00000"), the font fixed-width.
    const qsizetype width = qMax<qsizetype>(4, QString::number(m_firstLineNumber + count).size());
    for (int i = 0; i < count; ++i)
        setMarginText(i, QString::number(m_firstLineNumber + i).rightJustified(width),
                      int(STYLE_LINENUMBER));
    m_numberedLines = count;
    setMarginWidth(kLineNumberMargin, QString(width + 1, QLatin1Char('0')));
}

QString SqlEditor::lineNumberText(int line) const {
    if (m_firstLineNumber == 1)
        return QString::number(line + 1);
    const long length = SendScintilla(SCI_MARGINGETTEXT, static_cast<unsigned long>(line),
                                      static_cast<void*>(nullptr));
    QByteArray text(qMax(0L, length), '\0');
    SendScintilla(SCI_MARGINGETTEXT, static_cast<unsigned long>(line),
                  static_cast<void*>(text.data()));
    return QString::fromUtf8(text).trimmed();
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setReadOnlyView(bool readOnly) {
    m_readOnlyView = readOnly;
    setReadOnly(readOnly);
    setCaretLineVisible(!readOnly);
    setMarginWidth(kSymbolMargin, readOnly ? 0 : 16);
    setMarginWidth(kFixMargin, readOnly ? 0 : 14);
}

void SqlEditor::applyColorScheme() {
    const SqlColorScheme scheme = SqlColorScheme::forPalette(palette());
    m_lexer->setColorScheme(scheme);
    setPaper(scheme.paper);
    setColor(scheme.text);
    setMarginsBackgroundColor(scheme.marginPaper);
    setMarginsForegroundColor(scheme.lineNumbers);
    setMarginsFont(m_lexer->defaultFont());
    setFoldMarginColors(scheme.marginPaper, scheme.marginPaper);
    setCaretLineBackgroundColor(scheme.currentLine);
    setCaretForegroundColor(scheme.text);
    setSelectionBackgroundColor(scheme.selection);
    setMatchedBraceBackgroundColor(scheme.braceMatch);
    setMatchedBraceForegroundColor(scheme.text);
    setUnmatchedBraceForegroundColor(scheme.error);
    setIndicatorForegroundColor(scheme.error, ErrorIndicator);
    setIndicatorForegroundColor(scheme.warning, WarningIndicator);
    setIndicatorForegroundColor(scheme.info, InfoIndicator);
    setMarkerBackgroundColor(scheme.error, ErrorMarker);
    setMarkerForegroundColor(scheme.error.darker(130), ErrorMarker);
    setMarkerBackgroundColor(scheme.warning, WarningMarker);
    setMarkerForegroundColor(scheme.warning.darker(130), WarningMarker);
    setMarkerBackgroundColor(scheme.info, InfoMarker);
    setMarkerForegroundColor(scheme.info.darker(130), InfoMarker);
    if (m_firstLineNumber == 1)
        setMarginWidth(kLineNumberMargin, QStringLiteral("00000"));
    recolor();
}

void SqlEditor::changeEvent(QEvent* event) {
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColorScheme();
}

bool SqlEditor::event(QEvent* event) {
    // Ctrl+F is the window's "Find Revision" shortcut; in an editor it opens the editor's find
    // bar (keyPressEvent), so the editor claims the key before the window's action sees it.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier &&
            key->key() == Qt::Key_F) {
            event->accept();
            return true;
        }
    }
    return QsciScintilla::event(event);
}

void SqlEditor::keyPressEvent(QKeyEvent* event) {
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_Slash && !isReadOnly()) {
        toggleComment();
        return;
    }
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_F) {
        emit findRequested();
        return;
    }
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_Space && !isReadOnly()) {
        showCompletions(true);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void SqlEditor::toggleComment() {
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    if (hasSelectedText()) {
        getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;
    } else {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }
    bool allComments = true;
    int minIndent = INT_MAX;
    for (int l = lineFrom; l <= lineTo; ++l) {
        const QString t = text(l);
        if (t.trimmed().isEmpty())
            continue;
        if (!t.trimmed().startsWith(QLatin1String("--")))
            allComments = false;
        minIndent = qMin(minIndent, int(indentation(l)));
    }
    if (minIndent == INT_MAX)
        return;
    beginUndoAction();
    for (int l = lineFrom; l <= lineTo; ++l) {
        const QString t = text(l);
        if (t.trimmed().isEmpty())
            continue;
        const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, l));
        if (allComments) {
            const qsizetype at = t.indexOf(QLatin1String("--"));
            const int len = t.mid(at + 2).startsWith(QLatin1Char(' ')) ? 3 : 2;
            const int bytePos = lineStart + int(t.left(at).toUtf8().size());
            SendScintilla(SCI_DELETERANGE, bytePos, long(len));
        } else {
            // Indentation is spaces or tabs, one byte each.
            const int bytePos = lineStart + int(t.left(minIndent).toUtf8().size());
            SendScintilla(SCI_INSERTTEXT, bytePos, "-- ");
        }
    }
    endUndoAction();
}

int SqlEditor::positionOf(int line, int column) const {
    const int l = qMax(0, line - 1);
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, l));
    if (lineStart < 0)
        return int(SendScintilla(SCI_GETLENGTH));
    const QString t = text(l);
    return lineStart + int(t.left(qMax(0, column - 1)).toUtf8().size());
}

std::pair<int, int> SqlEditor::rangeOf(const Diagnostic& d) const {
    if (d.endLine >= d.line && d.line > 0) { // a lint finding: to the statement's last character
        const int start = positionOf(d.line, d.column);
        const int end = positionOf(d.endLine, d.endColumn + 1);
        return {start, qMax(end, start + 1)};
    }
    const int l = qMax(0, d.line - 1);
    const QString t = text(l);
    QString lineText = t;
    while (lineText.endsWith(QLatin1Char('\n')) || lineText.endsWith(QLatin1Char('\r')))
        lineText.chop(1);
    int col = qBound(0, d.column - 1, int(lineText.size()));
    int length = d.length;
    if (length <= 0) {
        // The token at the position: an identifier/number, a quoted string, or one character.
        int e = col;
        while (e < lineText.size() && isIdentChar(lineText[e]))
            ++e;
        if (e == col && e < lineText.size())
            ++e;
        length = e - col;
        if (length == 0 && col > 0) { // at the end of a line: mark the last character
            --col;
            length = 1;
        }
    }
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, l));
    const int start = lineStart + int(lineText.left(col).toUtf8().size());
    const int end =
        lineStart + int(lineText.left(qMin(int(lineText.size()), col + length)).toUtf8().size());
    return {start, qMax(end, start + 1)};
}

void SqlEditor::setDiagnostics(const QList<Diagnostic>& diagnostics) {
    m_diagnostics = diagnostics;
    const long length = long(SendScintilla(SCI_GETLENGTH));
    for (int ind : {int(ErrorIndicator), int(WarningIndicator), int(InfoIndicator)}) {
        SendScintilla(SCI_SETINDICATORCURRENT, ind);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0L, length);
    }
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    markerDeleteAll(InfoMarker);
    markerDeleteAll(FixMarker);
    for (const Diagnostic& d : m_diagnostics) {
        if (d.line <= 0)
            continue; // about the revision as a whole: listed, not underlined
        int indicator = ErrorIndicator, marker = ErrorMarker;
        if (d.severity == Diagnostic::Severity::Warning) {
            indicator = WarningIndicator;
            marker = WarningMarker;
        } else if (d.severity == Diagnostic::Severity::Info) {
            indicator = InfoIndicator;
            marker = InfoMarker;
        }
        const auto [start, end] = rangeOf(d);
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORFILLRANGE, long(start), long(end - start));
        markerAdd(qMax(0, d.line - 1), marker);
        if (!d.fixTitle.isEmpty() && !isReadOnly())
            markerAdd(qMax(0, d.line - 1), FixMarker);
    }
}

int SqlEditor::indicatorAt(int position) const {
    const unsigned long mask = SendScintilla(SCI_INDICATORALLONFOR, long(position));
    for (int ind : {int(ErrorIndicator), int(WarningIndicator), int(InfoIndicator)})
        if (mask & (1UL << ind))
            return ind;
    return -1;
}

const Diagnostic* SqlEditor::diagnosticAt(int position) const {
    for (const Diagnostic& d : m_diagnostics) {
        if (d.line <= 0)
            continue;
        const auto [start, end] = rangeOf(d);
        if (position >= start && position < end)
            return &d;
    }
    return nullptr;
}

QList<const Diagnostic*> SqlEditor::fixesAt(int position) const {
    QList<const Diagnostic*> out;
    for (const Diagnostic& d : m_diagnostics) {
        if (d.line <= 0 || d.fixTitle.isEmpty())
            continue;
        const auto [start, end] = rangeOf(d);
        if (position >= start && position < end)
            out.append(&d);
    }
    return out;
}

void SqlEditor::contextMenuEvent(QContextMenuEvent* event) {
    QMenu* menu = createStandardContextMenu();
    if (!menu)
        return;
    const QPoint at = viewport()->mapFromGlobal(event->globalPos());
    const int position =
        event->reason() == QContextMenuEvent::Mouse
            ? int(SendScintilla(SCI_POSITIONFROMPOINTCLOSE, long(at.x()), long(at.y())))
            : int(SendScintilla(SCI_GETCURRENTPOS));
    const QList<const Diagnostic*> fixes =
        isReadOnly() ? QList<const Diagnostic*>() : fixesAt(position);
    QAction* first = menu->actions().value(0);
    for (const Diagnostic* d : fixes) {
        auto* action = new QAction(d->fixTitle, menu);
        const Diagnostic copy = *d;
        connect(action, &QAction::triggered, this, [this, copy] { emit fixRequested(copy); });
        menu->insertAction(first, action);
    }
    if (!fixes.isEmpty())
        menu->insertSeparator(first);
    menu->exec(event->globalPos());
    delete menu;
}

void SqlEditor::onDwell(int position, int x, int y) {
    if (position < 0)
        return;
    if (const Diagnostic* d = diagnosticAt(position))
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), d->toolTip(), this);
}

void SqlEditor::onMarginClicked(int margin, int line, Qt::KeyboardModifiers) {
    if (margin != kSymbolMargin && margin != kFixMargin)
        return;
    QStringList lines;
    QList<Diagnostic> fixable;
    for (const Diagnostic& d : m_diagnostics) {
        if (d.line - 1 != line)
            continue;
        lines.append(d.toolTip());
        if (!d.fixTitle.isEmpty() && !isReadOnly())
            fixable.append(d);
    }
    if (lines.isEmpty())
        return;
    const int y =
        int(SendScintilla(SCI_POINTYFROMPOSITION, 0L, SendScintilla(SCI_POSITIONFROMLINE, line)));
    if (!fixable.isEmpty()) { // the margin's light bulb: the fixes of the line
        QMenu menu(this);
        for (const Diagnostic& d : fixable)
            connect(menu.addAction(d.fixTitle), &QAction::triggered, this,
                    [this, d] { emit fixRequested(d); });
        menu.exec(viewport()->mapToGlobal(QPoint(0, y)));
        return;
    }
    QToolTip::showText(viewport()->mapToGlobal(QPoint(0, y)), lines.join(QLatin1Char('\n')), this);
}

void SqlEditor::jumpTo(int line, int column) {
    const int pos = positionOf(line, column);
    SendScintilla(SCI_GOTOPOS, long(pos));
    ensureLineVisible(qMax(0, line - 1));
    setFocus();
}

void SqlEditor::setCompleter(std::shared_ptr<const SqlCompleter> completer) {
    m_completer = std::move(completer);
}

QStringList SqlEditor::completionCandidates() const {
    if (!m_completer)
        return {};
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const int pos = int(SendScintilla(SCI_GETCURRENTPOS));
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, line));
    const QString before = QString::fromUtf8(bytes(lineStart, pos).left(pos - lineStart));
    return m_completer->candidates(before, text());
}

void SqlEditor::showCompletions(bool forced) {
    if (m_readOnlyView || !m_completer)
        return;
    const QStringList list = completionCandidates();
    if (list.isEmpty() || (!forced && list.size() == 1 && list.first().size() <= 1)) {
        if (isListActive())
            cancelList();
        return;
    }
    showUserList(kCompletionListId, list);
}

void SqlEditor::onCharAdded(int ch) {
    if (m_readOnlyView || !m_completer)
        return;
    const QChar c(ch);
    if (c == QLatin1Char('.')) {
        showCompletions();
        return;
    }
    if (!isIdentChar(c)) {
        if (isListActive())
            cancelList();
        return;
    }
    const int pos = int(SendScintilla(SCI_GETCURRENTPOS));
    const int wordStart = int(SendScintilla(SCI_WORDSTARTPOSITION, long(pos), 1L));
    const bool qualified =
        wordStart > 0 && char(SendScintilla(SCI_GETCHARAT, long(wordStart - 1))) == '.';
    if (qualified || pos - wordStart >= 2)
        showCompletions();
}

void SqlEditor::onUserListActivated(int id, const QString& text) {
    if (id != kCompletionListId)
        return;
    const int pos = int(SendScintilla(SCI_GETCURRENTPOS));
    const int wordStart = int(SendScintilla(SCI_WORDSTARTPOSITION, long(pos), 1L));
    beginUndoAction();
    SendScintilla(SCI_SETSEL, long(wordStart), long(pos));
    replaceSelectedText(text);
    endUndoAction();
}

} // namespace strata
