#pragma once

#include <QPlainTextEdit>

namespace strata {

// A read-only, non-wrapping QPlainTextEdit with a line-number gutter whose numbers start at a
// chosen line (the text's first line in its revision file), in colours given by the code theme.
class NumberedTextEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberedTextEdit)
public:
    explicit NumberedTextEdit(QWidget* parent = nullptr);

    void setFirstLineNumber(int first);
    int firstLineNumber() const { return m_firstLine; }
    void setColors(const QColor& paper, const QColor& text, const QColor& gutter,
                   const QColor& numbers, const QColor& selection);
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void paintGutter(QPaintEvent* event);
    void updateGutter(const QRect& rect, int dy);
    void updateMargins();

    class Gutter;
    Gutter* m_gutter;
    int m_firstLine = 1;
    QColor m_gutterColour;
    QColor m_numberColour;
};

} // namespace strata
