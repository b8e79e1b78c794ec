#pragma once

#include <Qsci/qsciscintilla.h>

namespace strata {

// A read-only SQL text with syntax highlighting (QScintilla's SQL lexer) that follows the
// application palette (light or dark) and shows line numbers from a chosen first line.
class SqlView : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlView)

public:
    explicit SqlView(QWidget* parent = nullptr);

    // Shows `sql`, numbering its first line `firstLine` (the line in the revision file).
    void setSql(const QString& sql, int firstLine = 1);
    // Marks the 1-based character `position` of the text (an error position).
    void markPosition(int position);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    int m_firstLine = 1;
};

} // namespace strata
