#include "editor/FileBanner.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QUrl>

namespace strata {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

FileBanner::FileBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_openExternal(new QAction(tr("Open in External Editor"), this))
    , m_button(new QToolButton(this)) {
    setObjectName(QStringLiteral("fileBanner"));
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(8);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openExternal->setToolTip(tr("Open the file in the desktop's editor for it"));
    m_button->setDefaultAction(m_openExternal);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_openExternal, &QAction::triggered, this, &FileBanner::openExternally);
}

void FileBanner::setText(const QString& text) {
    m_label->setText(text);
}

QString FileBanner::text() const {
    return m_label->text();
}

bool FileBanner::openExternally() {
    if (m_path.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
}

void FileBanner::paintEvent(QPaintEvent* event) {
    {
        QPainter painter(this);
        const QPalette& p = palette();
        const QColor highlight = p.color(QPalette::Highlight);
        painter.fillRect(rect(), mix(p.color(QPalette::Window), highlight, 0.16));
        painter.fillRect(QRect(0, 0, 3, height()), highlight);
    }
    QFrame::paintEvent(event);
}

} // namespace strata
