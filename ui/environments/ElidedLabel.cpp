#include "environments/ElidedLabel.h"

#include "config/UrlElider.h"

#include <QResizeEvent>

namespace strata {

ElidedLabel::ElidedLabel(Mode mode, QWidget* parent)
    : QLabel(parent)
    , m_mode(mode) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text, const QString& toolTip) {
    m_full = text;
    m_toolTip = toolTip;
    elide();
}

void ElidedLabel::setColor(const QString& color) {
    setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

void ElidedLabel::setBold(bool bold) {
    QFont f = font();
    f.setBold(bold);
    setFont(f);
    elide();
}

QSize ElidedLabel::minimumSizeHint() const {
    return {fontMetrics().horizontalAdvance(QStringLiteral("M…M")),
            QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const {
    return {fontMetrics().horizontalAdvance(m_full) + 2, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide() {
    const QFontMetrics metrics = fontMetrics();
    const int available = std::max(1, contentsRect().width());
    QString shown;
    switch (m_mode) {
    case Mode::Right:
        shown = metrics.elidedText(m_full, Qt::ElideRight, available);
        break;
    case Mode::Middle:
        shown = metrics.elidedText(m_full, Qt::ElideMiddle, available);
        break;
    case Mode::Url:
        shown = UrlElider::elide(m_full, available, [&metrics](const QString& s) {
            return metrics.horizontalAdvance(s);
        });
        break;
    }
    setText(shown);
    setToolTip(!m_toolTip.isEmpty() ? m_toolTip : (shown == m_full ? QString() : m_full));
}

} // namespace strata
