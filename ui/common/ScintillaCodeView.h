#pragma once

#include "common/ReadOnlyCodeView.h"

class QLabel;
class QsciScintilla;

namespace strata {

// The QScintilla back end of ReadOnlyCodeView: the SQL editor's PostgreSQL lexer (SqlEditor,
// read-only) or the Python view's (PythonEditor), in the code theme's colours (they follow
// CodeTheme themselves). Serves every view when the build has no KSyntaxHighlighting.
class ScintillaCodeView final : public ReadOnlyCodeView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScintillaCodeView)
public:
    explicit ScintillaCodeView(QWidget* parent = nullptr);

    void setCode(const QString& text, int firstLine) override;
    QString sql() const override;
    void setLanguage(CodeLanguage language) override;
    CodeLanguage language() const override { return m_language; }
    void setPlaceholderText(const QString& text) override;
    void markPosition(int position) override;
    int markedPosition() const override { return m_marked; }
    int setLineBackgrounds(const QList<bool>& lines, const QColor& colour) override;
    void scrollToLine(int line) override;
    int lineCount() const override;
    int heightForLines(int lines) const override;
    QString backendName() const override { return QStringLiteral("QScintilla"); }
    QString themeName() const override;
    QTextCharFormat formatAt(int offset) const override;
    QColor lineBackground(int line) const override;

    QsciScintilla* editor() const { return m_editor; }

private:
    void updatePlaceholder();

    CodeLanguage m_language = CodeLanguage::Sql;
    QsciScintilla* m_editor = nullptr;
    QLabel* m_placeholder = nullptr;
    int m_firstLine = 1;
    int m_marked = 0;
    QList<bool> m_lines;
    QColor m_lineColour;
};

} // namespace strata
