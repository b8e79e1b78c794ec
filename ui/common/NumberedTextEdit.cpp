#include "common/NumberedTextEdit.h"

#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTextBlock>

namespace strata {

class NumberedTextEdit::Gutter final : public QWidget {
public:
    explicit Gutter(NumberedTextEdit* edit)
        : QWidget(edit)
        , m_edit(edit) {}
    QSize sizeHint() const override { return {m_edit->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_edit->paintGutter(event); }

private:
    NumberedTextEdit* m_edit;
};

NumberedTextEdit::NumberedTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this)) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateMargins(); });
    connect(this, &QPlainTextEdit::updateRequest, this, &NumberedTextEdit::updateGutter);
    updateMargins();
}

void NumberedTextEdit::setFirstLineNumber(int first) {
    m_firstLine = first;
    updateMargins();
    m_gutter->update();
}

void NumberedTextEdit::setColors(const QColor& paper, const QColor& text, const QColor& gutter,
                                 const QColor& numbers, const QColor& selection) {
    QPalette pal = palette();
    pal.setColor(QPalette::Base, paper);
    pal.setColor(QPalette::Text, text);
    pal.setColor(QPalette::Highlight, selection);
    pal.setColor(QPalette::HighlightedText, text);
    QColor placeholder = numbers;
    pal.setColor(QPalette::PlaceholderText, placeholder);
    setPalette(pal);
    m_gutterColour = gutter;
    m_numberColour = numbers;
    m_gutter->update();
}

int NumberedTextEdit::gutterWidth() const {
    const int last = m_firstLine + std::max(1, blockCount()) - 1;
    const int digits = std::max(3, int(QString::number(last).size()));
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void NumberedTextEdit::updateMargins() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void NumberedTextEdit::updateGutter(const QRect& rect, int dy) {
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void NumberedTextEdit::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void NumberedTextEdit::paintGutter(QPaintEvent* event) {
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_gutterColour);
    painter.setPen(m_numberColour);
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_gutter->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top())
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(m_firstLine + number));
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace strata
