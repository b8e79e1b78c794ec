#include "editor/NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTextDocument>

namespace strata {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString withoutMnemonic(QString text) {
    return text.remove(QLatin1Char('&'));
}

} // namespace

NoticeBar::NoticeBar(Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this)) {
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(10, 4, 4, 4);
    m_layout->setSpacing(6);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_label, 1);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString& html, const QStringList& buttons) {
    m_kind = kind;
    m_label->setText(html);
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < buttons.size(); ++i) {
        auto* button = new QPushButton(buttons.at(i), this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, i] { emit clicked(i); });
        m_layout->addWidget(button, 0, Qt::AlignVCenter);
        m_buttons << button;
    }
    show();
    update();
}

void NoticeBar::dismiss() {
    hide();
    m_label->clear();
    qDeleteAll(m_buttons);
    m_buttons.clear();
}

QString NoticeBar::text() const {
    QTextDocument doc;
    doc.setHtml(m_label->text());
    return doc.toPlainText();
}

QPushButton* NoticeBar::button(const QString& text) const {
    for (QPushButton* b : m_buttons)
        if (withoutMnemonic(b->text()) == withoutMnemonic(text))
            return b;
    return nullptr;
}

QColor NoticeBar::accent() const {
    switch (m_kind) {
    case Kind::Warning:
        return QColor(0xe0, 0x9a, 0x00);
    case Kind::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Kind::Info:
        break;
    }
    return palette().color(QPalette::Highlight);
}

void NoticeBar::paintEvent(QPaintEvent* event) {
    {
        QPainter painter(this);
        const QColor colour = accent();
        painter.fillRect(rect(), mix(palette().color(QPalette::Window), colour, 0.2));
        painter.fillRect(QRect(0, 0, 4, height()), colour);
    }
    QFrame::paintEvent(event);
}

} // namespace strata
