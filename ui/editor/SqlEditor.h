#pragma once

#include "editor/Diagnostic.h"

#include <Qsci/qsciscintilla.h>

#include <memory>

namespace strata {

class SqlCompleter;
class SqlLexer;

// One SQL text: PostgreSQL highlighting (SqlLexer), line numbers, folding, brace matching,
// current-line highlight, indentation with spaces, toggle comment (Ctrl+/), autocompletion
// (keywords + a database catalog through a shared SqlCompleter; Ctrl+Space forces it), and
// diagnostics drawn as squiggles with a margin marker and a tooltip on hover; a lint
// diagnostic with a quick fix offers it in the context menu and on a click in the margin.
class SqlEditor : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditor)
public:
    explicit SqlEditor(QWidget* parent = nullptr);
    ~SqlEditor() override;

    // Read-only views (plans, inspector): no caret line, no completion.
    void setReadOnlyView(bool readOnly);

    // The number the margin shows for the first line (1 by default). An SQL revision in Python
    // form shows its .py file's lines: its section text is laid out on them.
    void setFirstLineNumber(int first);
    int firstLineNumber() const { return m_firstLineNumber; }
    // What the margin shows for a 0-based line (tests).
    QString lineNumberText(int line) const;

    // Comments out the selected lines (or the current one) with "-- ", or uncomments them when
    // they all are comments.
    void toggleComment();

    // Replaces the diagnostics shown (lines and columns relative to this editor).
    void setDiagnostics(const QList<Diagnostic>& diagnostics);
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    // The diagnostic under a document position (byte offset), or nullptr.
    const Diagnostic* diagnosticAt(int position) const;
    // The byte range [start, end) underlined for a diagnostic.
    std::pair<int, int> rangeOf(const Diagnostic& diagnostic) const;
    // The indicator (number) under a position, -1 for none (for tests).
    int indicatorAt(int position) const;
    // Document position of a 1-based line and UTF-16 column.
    int positionOf(int line, int column) const;
    // Moves the caret to a 1-based line and column and shows it.
    void jumpTo(int line, int column);

    // Completion: the completer is shared by the editors of a revision (it holds the catalog).
    void setCompleter(std::shared_ptr<const SqlCompleter> completer);
    // What would be offered at the caret now.
    QStringList completionCandidates() const;
    // Shows the completion list at the caret (no-op when there is nothing to offer).
    void showCompletions(bool forced = false);

    enum Indicator { ErrorIndicator = 8, WarningIndicator = 9, InfoIndicator = 10 };
    enum Marker { ErrorMarker = 0, WarningMarker = 1, InfoMarker = 2, FixMarker = 3 };

    // The quick-fix titles offered at a document position (the context menu's "Fix: ..."
    // entries: lint diagnostics there that have a fix).
    QList<const Diagnostic*> fixesAt(int position) const;

signals:
    void findRequested();
    // A "Fix: ..." entry of the context menu or of the margin's menu was chosen.
    void fixRequested(const strata::Diagnostic& diagnostic);

protected:
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColorScheme();
    void updateLineNumbers();
    void onCharAdded(int ch);
    void onDwell(int position, int x, int y);
    void onMarginClicked(int margin, int line, Qt::KeyboardModifiers state);
    void onUserListActivated(int id, const QString& text);

    SqlLexer* m_lexer = nullptr;
    std::shared_ptr<const SqlCompleter> m_completer;
    QList<Diagnostic> m_diagnostics;
    bool m_readOnlyView = false;
    int m_firstLineNumber = 1;
    int m_numberedLines = 0;
};

} // namespace strata
