#include "environments/EnvironmentCard.h"

#include "history/HistoryFormat.h"

#include <QLabel>
#include <QMouseEvent>
#include <QTextDocument>
#include <QVBoxLayout>

namespace strata {

EnvironmentCard::EnvironmentCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_url(new QLabel(this))
    , m_body(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("environmentCard"));
    m_title->setTextFormat(Qt::RichText);
    m_body->setTextFormat(Qt::RichText);
    m_url->setTextFormat(Qt::PlainText);
    m_url->setForegroundRole(QPalette::PlaceholderText);
    m_url->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_body, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("password"))
            emit passwordRequested(m_name);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_url);
    layout->addWidget(m_body);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(260);
}

void EnvironmentCard::setEntry(const EnvironmentEntry& entry, bool refreshing) {
    const EnvironmentStatus& s = entry.status;
    m_name = entry.name;
    setStyleSheet(
        QStringLiteral("QFrame#environmentCard { border-left: 5px solid %1; }").arg(entry.color));
    QString title = QStringLiteral("<span style=\"color:%1; font-size:large\">●</span> <b "
                                   "style=\"font-size:large\">%2</b>")
                        .arg(entry.color, entry.name.toHtmlEscaped());
    if (s.isProtected)
        title +=
            QStringLiteral(" &nbsp;<span style=\"color:#c62828\">[%1]</span>").arg(tr("protected"));
    if (refreshing)
        title += QStringLiteral(" &nbsp;<i>%1</i>").arg(tr("refreshing…"));
    m_title->setText(title);

    QStringList rows;
    auto add = [&rows](const QString& key, const QString& value) {
        // Qt's rich text ignores `nowrap`: non-breaking spaces keep "Last run" on one line.
        QString label = key.toHtmlEscaped();
        label.replace(QLatin1Char(' '), QLatin1String("&nbsp;"));
        rows << QStringLiteral("<tr><td nowrap style=\"padding-right:6px\">%1</td><td>%2</td></tr>")
                    .arg(label, value);
    };
    auto red = [](const QString& text) {
        return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
    };
    m_fullUrl = s.displayUrl;
    m_url->setToolTip(m_fullUrl);
    m_url->setText(
        m_url->fontMetrics().elidedText(m_fullUrl, Qt::ElideMiddle, std::max(80, m_url->width())));
    if (!entry.loaded) {
        add(tr("State"), tr("reading…"));
    } else if (!s.reachable) {
        add(tr("Error"), red(s.error.message));
        if (s.needsPassword())
            add(QString(),
                QStringLiteral("<a href=\"password\">%1</a>").arg(tr("Enter password…")));
    } else {
        add(tr("Server"),
            tr("PostgreSQL %1")
                .arg(s.serverVersion.section(QLatin1Char(' '), 0, 0).toHtmlEscaped()));
        add(tr("Heads"), s.heads.isEmpty()
                             ? tr("<i>none (empty)</i>")
                             : QStringLiteral("<b>%1</b>")
                                   .arg(s.heads.join(QLatin1String(", ")).toHtmlEscaped()));
        if (!s.planError.isEmpty())
            add(tr("Pending"), red(s.planError));
        else if (s.pending.isEmpty())
            add(tr("Pending"),
                QStringLiteral("<span style=\"color:#2e7d32\">%1</span>").arg(tr("up to date")));
        else
            add(tr("Pending"), QStringLiteral("<b style=\"color:#ef6c00\">%1</b>")
                                   .arg(tr("%n pending", nullptr, int(s.pending.size()))));
        switch (s.dirtyState()) {
        case EnvironmentStatus::DirtyState::Dirty:
            add(tr("Dirty"), QStringLiteral("<b style=\"color:#c62828\">%1</b>")
                                 .arg(HistoryFormat::dirty(*s.dirty).toHtmlEscaped()));
            break;
        case EnvironmentStatus::DirtyState::Unknown:
            add(tr("Dirty"), red(tr("unknown: %1").arg(s.dirtyError->message)));
            break;
        case EnvironmentStatus::DirtyState::Clean:
            break;
        }
        if (!s.checksumsKnown()) {
            add(tr("Changed"), red(tr("unknown: %1").arg(s.checksumError->message)));
        } else if (!s.checksumMismatches.isEmpty()) {
            QStringList ids;
            for (const ChecksumMismatch& m : s.checksumMismatches)
                ids << m.revision;
            add(tr("Changed"),
                red(tr("files changed since applied: %1").arg(ids.join(QLatin1String(", ")))));
        }
        add(tr("Drift"), entry.drift.isEmpty() ? tr("—") : entry.drift.toHtmlEscaped());
        add(tr("Last run"),
            s.lastRun ? HistoryFormat::lastRun(*s.lastRun).toHtmlEscaped() : tr("—"));
        if (!s.error.message.isEmpty())
            add(tr("Error"), red(s.error.message));
    }
    m_body->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
}

QString EnvironmentCard::text() const {
    QTextDocument doc;
    doc.setHtml(m_title->text() + QStringLiteral("<br>") + m_fullUrl.toHtmlEscaped() +
                QStringLiteral("<br>") + m_body->text());
    return doc.toPlainText();
}

void EnvironmentCard::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    m_url->setText(
        m_url->fontMetrics().elidedText(m_fullUrl, Qt::ElideMiddle, std::max(80, m_url->width())));
}

void EnvironmentCard::mousePressEvent(QMouseEvent* event) {
    QFrame::mousePressEvent(event);
    emit clicked(m_name);
}

} // namespace strata
