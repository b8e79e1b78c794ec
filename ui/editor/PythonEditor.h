#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexerPython;

namespace strata {

// A read-only Python text (an Alembic revision that runs through the project's Alembic):
// QScintilla's QsciLexerPython in the SQL editor's colours (SqlColorScheme: the same palette
// for comments, keywords, strings, numbers; dark or light from the widget's palette), line
// numbers, folding. Ctrl+F asks for the find bar (findRequested), before any window shortcut.
class PythonEditor : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonEditor)
public:
    explicit PythonEditor(QWidget* parent = nullptr);
    ~PythonEditor() override;

    QsciLexerPython* pythonLexer() const { return m_lexer; }
    // Replaces the text, keeping the caret line and the scroll position where they fit.
    void setTextKeepingPosition(const QString& text);

signals:
    void findRequested();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColorScheme();

    QsciLexerPython* m_lexer = nullptr;
};

} // namespace strata
