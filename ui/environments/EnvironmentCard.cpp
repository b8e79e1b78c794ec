#include "environments/EnvironmentCard.h"

#include "environments/DriftBadge.h"
#include "environments/ElidedLabel.h"
#include "history/HistoryFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace strata {

namespace {
const QString kRed = QStringLiteral("#c62828");
const QString kGreen = QStringLiteral("#2e7d32");
const QString kOrange = QStringLiteral("#ef6c00");
} // namespace

EnvironmentCard::EnvironmentCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new ElidedLabel(ElidedLabel::Mode::Right, this))
    , m_tags(new QLabel(this))
    , m_url(new ElidedLabel(ElidedLabel::Mode::Url, this))
    , m_rows(new QGridLayout)
    , m_drift(new DriftBadge(this))
    , m_password(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("environmentCard"));
    setAutoFillBackground(false);
    m_title->setObjectName(QStringLiteral("environmentName"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_tags->setTextFormat(Qt::RichText);
    m_url->setObjectName(QStringLiteral("environmentUrl"));
    m_url->setForegroundRole(QPalette::PlaceholderText);
    m_password->setTextFormat(Qt::RichText);
    m_password->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_password->setText(
        QStringLiteral("<a href=\"password\">%1</a>").arg(tr("Enter password…").toHtmlEscaped()));
    m_password->hide();
    m_drift->hide();
    connect(m_password, &QLabel::linkActivated, this,
            [this](const QString&) { emit passwordRequested(m_name); });
    connect(m_drift, &DriftBadge::clicked, this, [this] { emit showDrift(m_name); });

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(6);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_tags);
    m_rows->setHorizontalSpacing(8);
    m_rows->setVerticalSpacing(1);
    m_rows->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBorderWidth + 8, 6, 8, 8);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addWidget(m_url);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(220);
}

QColor EnvironmentCard::color() const {
    return QColor(m_color);
}

void EnvironmentCard::setSelected(bool selected) {
    if (m_selected == selected)
        return;
    m_selected = selected;
    updateTitle();
    update();
}

void EnvironmentCard::updateTitle() {
    m_title->setBold(m_selected);
    m_title->setFullText(m_name);
    QStringList tags;
    if (m_selected)
        tags << QStringLiteral("<b>%1</b>").arg(tr("target").toHtmlEscaped());
    if (m_protected)
        tags << QStringLiteral("<span style=\"color:%1\">[%2]</span>")
                    .arg(kRed, tr("protected").toHtmlEscaped());
    if (m_refreshing)
        tags << QStringLiteral("<i>%1</i>").arg(tr("refreshing…").toHtmlEscaped());
    m_tags->setText(tags.join(QStringLiteral(" ")));
}

void EnvironmentCard::clearRows() {
    for (QWidget* w : std::as_const(m_rowWidgets)) {
        m_rows->removeWidget(w);
        if (w == m_drift || w == m_password)
            w->hide();
        else
            w->deleteLater();
    }
    m_rowWidgets.clear();
    m_rowText.clear();
}

void EnvironmentCard::addWidgetRow(const QString& key, QWidget* widget) {
    const int row = m_rows->rowCount();
    auto* name = new QLabel(key, this);
    name->setWordWrap(false); // "Last run" stays on one line
    name->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_rows->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_rows->addWidget(widget, row, 1, Qt::AlignLeft | Qt::AlignVCenter);
    widget->show();
    m_rowWidgets << name << widget;
}

void EnvironmentCard::addRow(const QString& key, const QString& value, const QString& color,
                             bool bold) {
    auto* label = new ElidedLabel(ElidedLabel::Mode::Right, this);
    label->setFullText(value);
    label->setColor(color);
    if (bold)
        label->setBold(true);
    addWidgetRow(key, label);
    m_rowText << (key.isEmpty() ? value : key + QLatin1Char(' ') + value);
}

void EnvironmentCard::setEntry(const EnvironmentEntry& entry, bool refreshing) {
    const EnvironmentStatus& s = entry.status;
    m_name = entry.name;
    m_color = entry.color;
    m_protected = s.isProtected;
    m_refreshing = refreshing;
    updateTitle();
    m_url->setFullText(s.displayUrl);
    setUpdatesEnabled(false);
    clearRows();
    if (!entry.loaded) {
        addRow(tr("State"), tr("reading…"));
    } else if (!s.reachable) {
        addRow(tr("Error"), s.error.message, kRed);
        if (s.needsPassword()) {
            addWidgetRow(QString(), m_password);
            m_rowText << tr("Enter password…");
        }
    } else {
        addRow(tr("Server"),
               tr("PostgreSQL %1").arg(s.serverVersion.section(QLatin1Char(' '), 0, 0)));
        if (s.heads.isEmpty())
            addRow(tr("Heads"), tr("none (empty)"));
        else
            addRow(tr("Heads"), s.heads.join(QLatin1String(", ")), {}, true);
        if (!s.planError.isEmpty())
            addRow(tr("Pending"), s.planError, kRed);
        else if (s.pending.isEmpty())
            addRow(tr("Pending"), tr("up to date"), kGreen);
        else
            addRow(tr("Pending"), tr("%n pending", nullptr, int(s.pending.size())), kOrange, true);
        switch (s.dirtyState()) {
        case EnvironmentStatus::DirtyState::Dirty:
            addRow(tr("Dirty"), HistoryFormat::dirty(*s.dirty), kRed, true);
            break;
        case EnvironmentStatus::DirtyState::Unknown:
            addRow(tr("Dirty"), tr("unknown: %1").arg(s.dirtyError->message), kRed);
            break;
        case EnvironmentStatus::DirtyState::Clean:
            break;
        }
        if (!s.checksumsKnown()) {
            addRow(tr("Changed"), tr("unknown: %1").arg(s.checksumError->message), kRed);
        } else if (!s.checksumMismatches.isEmpty()) {
            QStringList ids;
            for (const ChecksumMismatch& m : s.checksumMismatches)
                ids << m.revision;
            addRow(tr("Changed"),
                   tr("files changed since applied: %1").arg(ids.join(QLatin1String(", "))), kRed);
        }
        m_drift->setEntry(entry);
        addWidgetRow(tr("Drift"), m_drift);
        m_rowText << tr("Drift") + QLatin1Char(' ') + DriftBadge::textFor(entry);
        addRow(tr("Last run"), s.lastRun ? HistoryFormat::lastRun(*s.lastRun) : tr("—"));
        if (!s.error.message.isEmpty())
            addRow(tr("Error"), s.error.message, kRed);
    }
    setUpdatesEnabled(true);
}

QString EnvironmentCard::text() const {
    QStringList tags;
    if (m_protected)
        tags << QStringLiteral("[%1]").arg(tr("protected"));
    return (QStringList{m_name} + tags).join(QLatin1Char(' ')) + QLatin1Char('\n') +
           m_url->fullText() + QLatin1Char('\n') + m_rowText.join(QLatin1Char('\n'));
}

void EnvironmentCard::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    if (m_selected) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        p.fillRect(rect(), fill);
    }
    p.end();
    QFrame::paintEvent(event);
    QPainter border(this);
    border.fillRect(QRect(0, 0, kBorderWidth, height()), QColor(m_color));
    if (m_selected) {
        QPen pen(palette().color(QPalette::Highlight), 2);
        border.setPen(pen);
        border.drawRect(rect().adjusted(1, 1, -1, -1));
        border.fillRect(QRect(0, 0, kBorderWidth, height()), QColor(m_color));
    }
}

void EnvironmentCard::mousePressEvent(QMouseEvent* event) {
    QFrame::mousePressEvent(event);
    emit clicked(m_name);
}

} // namespace strata
