#include "environments/EnvironmentsPanel.h"

#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentTable.h"
#include "environments/EnvironmentTableModel.h"

#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace strata {

EnvironmentsPanel::EnvironmentsPanel(EnvironmentStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_stack(new QStackedWidget(this))
    , m_table(new EnvironmentTable(store, this)) {
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    m_list = new QBoxLayout(QBoxLayout::LeftToRight, inner);
    m_list->setContentsMargins(4, 4, 4, 4);
    scroll->setWidget(inner);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_table);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_stack, 1);
    connect(m_table, &EnvironmentTable::environmentClicked, this,
            &EnvironmentsPanel::environmentClicked);
    connect(m_table, &EnvironmentTable::passwordRequested, this,
            &EnvironmentsPanel::passwordRequested);
    connect(m_table, &EnvironmentTable::showDrift, this, &EnvironmentsPanel::showDrift);
    connect(m_table, &EnvironmentTable::environmentMenuRequested, this,
            &EnvironmentsPanel::environmentMenuRequested);
    connect(store, &EnvironmentStore::entriesReset, this, &EnvironmentsPanel::rebuild);
    connect(store, &EnvironmentStore::entryChanged, this, &EnvironmentsPanel::update);
    rebuild();
}

void EnvironmentsPanel::setGroups(QWidget* groups) {
    groups->setParent(this);
    m_layout->addWidget(groups, 1);
}

void EnvironmentsPanel::setHorizontal(bool horizontal) {
    m_list->setDirection(horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool EnvironmentsPanel::showsTable() const {
    return m_stack->currentWidget() == m_table;
}

EnvironmentCard* EnvironmentsPanel::card(const QString& environment) const {
    for (EnvironmentCard* c : m_cards)
        if (c->environment() == environment)
            return c;
    return nullptr;
}

QString EnvironmentsPanel::text(const QString& environment) const {
    if (const EnvironmentCard* c = card(environment))
        return c->text();
    return m_table->tableModel()->rowText(m_store->indexOf(environment));
}

void EnvironmentsPanel::setCurrentEnvironment(const QString& environment) {
    m_current = environment;
    for (EnvironmentCard* c : std::as_const(m_cards))
        c->setSelected(c->environment() == environment);
    m_table->setCurrentEnvironment(environment);
}

void EnvironmentsPanel::rebuild() {
    qDeleteAll(m_cards);
    m_cards.clear();
    const QList<EnvironmentEntry>& entries = m_store->entries();
    const bool table = entries.size() >= kTableThreshold;
    m_stack->setCurrentIndex(table ? 1 : 0);
    if (table) {
        m_table->setCurrentEnvironment(m_current);
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        auto* card = new EnvironmentCard(this);
        m_list->insertWidget(i, card, 1);
        m_cards << card;
        connect(card, &EnvironmentCard::clicked, this, &EnvironmentsPanel::environmentClicked);
        connect(card, &EnvironmentCard::passwordRequested, this,
                &EnvironmentsPanel::passwordRequested);
        connect(card, &EnvironmentCard::showDrift, this, &EnvironmentsPanel::showDrift);
        card->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(card, &QWidget::customContextMenuRequested, this, [this, card](const QPoint& pos) {
            emit environmentMenuRequested(card->environment(), card->mapToGlobal(pos));
        });
        card->setEntry(entries[i], false);
        card->setSelected(entries[i].name == m_current);
    }
}

void EnvironmentsPanel::update(int index) {
    if (index >= 0 && index < m_cards.size())
        m_cards[index]->setEntry(m_store->entries()[index], false);
}

} // namespace strata
