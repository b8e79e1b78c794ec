#pragma once

#include "common/ReadOnlyCodeView.h"

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace strata {

class NumberedTextEdit;

// The KSyntaxHighlighting back end of ReadOnlyCodeView: a read-only QPlainTextEdit with line
// numbers, highlighted by the library's "SQL (PostgreSQL)" or "Python" definition in the code
// theme (CodeTheme::theme: Breeze Light/Dark following the palette, or the one chosen); it
// follows the theme and the palette when either changes.
class KSyntaxCodeView final : public ReadOnlyCodeView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KSyntaxCodeView)
public:
    explicit KSyntaxCodeView(QWidget* parent = nullptr);
    ~KSyntaxCodeView() override;

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
    QString backendName() const override { return QStringLiteral("KSyntaxHighlighting"); }
    QString themeName() const override { return m_themeName; }
    QTextCharFormat formatAt(int offset) const override;
    QColor lineBackground(int line) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void updateSelections();

    CodeLanguage m_language = CodeLanguage::Sql;
    NumberedTextEdit* m_text;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    QString m_themeName;
    int m_marked = 0;
    QList<bool> m_lines;
    QColor m_lineColour;
    QColor m_errorColour;
};

} // namespace strata

#endif
