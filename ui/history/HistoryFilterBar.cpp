#include "history/HistoryFilterBar.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

namespace strata {

namespace {

constexpr int kTypingDelayMs = 250;

const QDate kNoDate(2000, 1, 1); // the minimum of the date boxes: shown as "any"

QDateEdit* dateBox(QWidget* parent, const QString& name) {
    auto* box = new QDateEdit(parent);
    box->setObjectName(name);
    box->setCalendarPopup(true);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    box->setMinimumDate(kNoDate);
    box->setSpecialValueText(HistoryFilterBar::tr("any"));
    box->setDate(kNoDate);
    return box;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_environment(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_from(dateBox(this, QStringLiteral("historyFrom")))
    , m_to(dateBox(this, QStringLiteral("historyTo")))
    , m_user(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_typing(new QTimer(this)) {
    m_environment->setObjectName(QStringLiteral("historyEnvironment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environment->setToolTip(tr("Whose history: one environment or all of them"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    using Outcome = HistoryFilter::Outcome;
    m_status->addItem(tr("Any status"), int(Outcome::Any));
    m_status->addItem(tr("Succeeded"), int(Outcome::Succeeded));
    m_status->addItem(tr("Failed"), int(Outcome::Failed));
    m_status->addItem(tr("Cancelled"), int(Outcome::Cancelled));
    m_status->addItem(tr("Running"), int(Outcome::Running));
    m_status->addItem(tr("Resolved"), int(Outcome::Resolved));
    m_direction->setObjectName(QStringLiteral("historyDirection"));
    m_direction->addItem(tr("Any direction"), QString());
    m_direction->addItem(tr("Upgrade"), QStringLiteral("upgrade"));
    m_direction->addItem(tr("Downgrade"), QStringLiteral("downgrade"));
    m_direction->addItem(tr("Stamp"), QStringLiteral("stamp"));
    m_from->setToolTip(tr("Started on or after this day"));
    m_to->setToolTip(tr("Started on or before this day"));
    m_user->setObjectName(QStringLiteral("historyUser"));
    m_user->setPlaceholderText(tr("User"));
    m_user->setClearButtonEnabled(true);
    m_user->setToolTip(tr("Part of the user, host or database user"));
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setPlaceholderText(tr("Revision, message or error…"));
    m_text->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_environment);
    layout->addWidget(m_status);
    layout->addWidget(m_direction);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_user, 1);
    layout->addWidget(m_text, 2);

    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &HistoryFilterBar::environmentChanged);
    for (QComboBox* box : {m_status, m_direction})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::filterChanged);
    for (QDateEdit* box : {m_from, m_to})
        connect(box, &QDateEdit::dateChanged, this, &HistoryFilterBar::filterChanged);
    for (QLineEdit* edit : {m_user, m_text})
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &HistoryFilterBar::filterChanged);
}

void HistoryFilterBar::setEnvironments(const QList<QPair<QString, QString>>& environments) {
    const QString current = m_environment->currentData().toString();
    const bool all = m_environment->count() > 1 && allEnvironments(); // chosen, not the only one
    {
        const QSignalBlocker block(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("All environments"), QString());
        for (const auto& [name, color] : environments) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(color).isValid() ? QColor(color) : QColor(Qt::gray));
            m_environment->addItem(QIcon(swatch), name, name);
        }
        const int keep = all ? 0 : current.isEmpty() ? -1 : m_environment->findData(current);
        m_environment->setCurrentIndex(keep >= 0 ? keep : (environments.isEmpty() ? 0 : 1));
    }
}

void HistoryFilterBar::setEnvironment(const QString& name) {
    const int index = m_environment->findData(name);
    if (index > 0)
        m_environment->setCurrentIndex(index);
}

bool HistoryFilterBar::allEnvironments() const {
    return m_environment->currentIndex() == 0;
}

QString HistoryFilterBar::environment() const {
    return m_environment->currentData().toString();
}

HistoryFilter HistoryFilterBar::filter() const {
    HistoryFilter filter;
    filter.outcome = HistoryFilter::Outcome(m_status->currentData().toInt());
    filter.direction = m_direction->currentData().toString();
    if (m_from->date() > kNoDate)
        filter.from = m_from->date().startOfDay();
    if (m_to->date() > kNoDate)
        filter.to = m_to->date().addDays(1).startOfDay();
    filter.user = m_user->text().trimmed();
    filter.text = m_text->text().trimmed();
    return filter;
}

void HistoryFilterBar::clearFilter() {
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockDirection(m_direction);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockText(m_text);
    m_status->setCurrentIndex(0);
    m_direction->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_user->clear();
    m_text->clear();
    emit filterChanged();
}

} // namespace strata
