#pragma once

#include <algorithm>

#include <QColor>
#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QWidget>

namespace strata {

enum class CodeLanguage { Sql, Python };

// A read-only, highlighted code view: the inspector's upgrade/downgrade SQL (or the Python of
// an Alembic revision), the plan dialog's step SQL, the drift view's definitions, the run
// console's and the history's statements, the dirty-state dialog's failing statement. The one
// small interface both highlighting back ends implement (SqlHighlighterFactory makes them), so
// the views never know which one they got. Colours come from the code theme (CodeTheme) and
// follow it when it changes.
class ReadOnlyCodeView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyCodeView)
public:
    using QWidget::QWidget;

    // Shows `text`, numbering its first line `firstLine` (its line in the revision file).
    void setSql(const QString& text, int firstLine = 1) { setCode(text, firstLine); }
    // The file line of a failing statement's first line, from the error's line (that of the
    // 1-based character `position`, where the error is): errors name the failing line, the
    // views number the statement from its first. 0 when the line is unknown.
    static int firstLineOf(const QString& statement, int errorLine, int position) {
        if (errorLine <= 0)
            return 0;
        const int before = int(statement.left(std::max(0, position - 1)).count(QLatin1Char('\n')));
        return std::max(1, errorLine - (position > 0 ? before : 0));
    }
    virtual void setCode(const QString& text, int firstLine) = 0;
    virtual QString sql() const = 0;
    virtual void setLanguage(CodeLanguage language) = 0;
    virtual CodeLanguage language() const = 0;
    // Shown while there is no text.
    virtual void setPlaceholderText(const QString& text) = 0;

    // Marks the 1-based character `position` of the text (an error position) and scrolls
    // there; 0 clears the mark.
    virtual void markPosition(int position) = 0;
    virtual int markedPosition() const = 0;
    // Paints the background of the lines whose entry is true (0-based, as the text's lines;
    // the drift view's changed lines); returns how many. An empty list clears them.
    virtual int setLineBackgrounds(const QList<bool>& lines, const QColor& colour) = 0;
    // Scrolls so that `line` (in the view's numbering, from firstLine) is visible at the top.
    virtual void scrollToLine(int line) = 0;
    virtual int lineCount() const = 0;
    // The height that shows `lines` lines of text, frame and a horizontal scroll bar included.
    virtual int heightForLines(int lines) const = 0;

    // "QScintilla" or "KSyntaxHighlighting" (diagnostics, tests).
    virtual QString backendName() const = 0;
    // The code theme it draws with (CodeTheme::resolvedName of its palette).
    virtual QString themeName() const = 0;
    // How the character at `offset` (UTF-16, in sql()) is drawn: its foreground colour and
    // whether it is bold or italic (tests, and the editor's theme check).
    virtual QTextCharFormat formatAt(int offset) const = 0;
    // The background of `line` (0-based) as drawn: the paper, or a marked line's colour.
    virtual QColor lineBackground(int line) const = 0;
};

} // namespace strata
