#include "environments/EnvironmentsPanel.h"

#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentStore.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace strata {

EnvironmentsPanel::EnvironmentsPanel(EnvironmentStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store) {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    m_list = new QBoxLayout(QBoxLayout::LeftToRight, inner);
    m_list->setContentsMargins(4, 4, 4, 4);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(store, &EnvironmentStore::entriesReset, this, &EnvironmentsPanel::rebuild);
    connect(store, &EnvironmentStore::entryChanged, this, &EnvironmentsPanel::update);
    rebuild();
}

void EnvironmentsPanel::setHorizontal(bool horizontal) {
    m_list->setDirection(horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

EnvironmentCard* EnvironmentsPanel::card(const QString& environment) const {
    for (EnvironmentCard* c : m_cards)
        if (c->environment() == environment)
            return c;
    return nullptr;
}

void EnvironmentsPanel::rebuild() {
    qDeleteAll(m_cards);
    m_cards.clear();
    const QList<EnvironmentEntry>& entries = m_store->entries();
    for (int i = 0; i < entries.size(); ++i) {
        auto* card = new EnvironmentCard(this);
        m_list->insertWidget(i, card, 1);
        m_cards << card;
        connect(card, &EnvironmentCard::clicked, this, &EnvironmentsPanel::environmentClicked);
        connect(card, &EnvironmentCard::passwordRequested, this,
                &EnvironmentsPanel::passwordRequested);
        card->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(card, &QWidget::customContextMenuRequested, this, [this, card](const QPoint& pos) {
            emit environmentMenuRequested(card->environment(), card->mapToGlobal(pos));
        });
        card->setEntry(entries[i], false);
    }
}

void EnvironmentsPanel::update(int index) {
    if (index >= 0 && index < m_cards.size())
        m_cards[index]->setEntry(m_store->entries()[index], false);
}

} // namespace strata
