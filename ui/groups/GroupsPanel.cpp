#include "groups/GroupsPanel.h"

#include "groups/FleetRunDialog.h"
#include "groups/GroupStore.h"
#include "groups/GroupTreeModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace strata {

GroupsPanel::GroupsPanel(GroupStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new GroupTreeModel(store, this))
    , m_tree(new QTreeView(this))
    , m_title(new QLabel(tr("<b>Groups</b>"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_compare(new QPushButton(tr("Compare with expected"), this))
    , m_upgrade(new QPushButton(tr("Upgrade group to heads…"), this)) {
    setObjectName(QStringLiteral("groupsPanel"));
    // The title row and five rows of the tree, so the dock fitted to the cards keeps them.
    setMinimumHeight(fontMetrics().height() * 9);
    m_tree->setObjectName(QStringLiteral("groupsTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(GroupTreeModel::Heads, QHeaderView::Stretch);
    m_compare->setToolTip(tr("Compare every database of the group with the schema its own "
                             "revisions should have produced."));
    m_upgrade->setToolTip(tr("Upgrade every database of the group to the heads, a few at a "
                             "time, with a table of their progress."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_compare);
    bar->addWidget(m_upgrade);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_refresh, &QPushButton::clicked, store, &GroupStore::refresh);
    connect(m_compare, &QPushButton::clicked, this,
            [this] { m_store->compareWithExpected(currentGroup()); });
    connect(m_upgrade, &QPushButton::clicked, this, [this] {
        if (FleetRunDialog* d = openUpgrade(currentGroup()))
            d->show();
    });
    connect(store, &GroupStore::entriesReset, this, &GroupsPanel::updateVisibility);
    connect(store, &GroupStore::entryChanged, this, &GroupsPanel::updateButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GroupsPanel::updateButtons);
    updateVisibility();
}

int GroupsPanel::currentGroup() const {
    const int g = m_model->groupAt(m_tree->currentIndex());
    return g >= 0 ? g : (m_store->entries().isEmpty() ? -1 : 0);
}

void GroupsPanel::updateVisibility() {
    setVisible(!m_store->entries().isEmpty());
    for (int c = 0; c < GroupTreeModel::ColumnCount; ++c)
        if (c != GroupTreeModel::Heads)
            m_tree->resizeColumnToContents(c);
    updateButtons();
}

void GroupsPanel::updateButtons() {
    const int g = currentGroup();
    const GroupEntry* e = g >= 0 ? &m_store->entries().at(g) : nullptr;
    const bool members = e && e->loaded && !e->members.isEmpty();
    m_compare->setEnabled(members && !e->comparing);
    m_upgrade->setEnabled(members);
    m_tree->resizeColumnToContents(GroupTreeModel::Name);
}

FleetRunDialog* GroupsPanel::openUpgrade(int group) {
    if (group < 0 || group >= m_store->entries().size() || !m_store->project())
        return nullptr;
    const GroupEntry& e = m_store->entries().at(group);
    RunRequest request;
    request.kind = RunRequest::Kind::Upgrade;
    request.targets = {QStringLiteral("heads")};
    auto* dialog = new FleetRunDialog(m_store->project(), e.group, m_store->membersForRun(group),
                                      request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FleetRunDialog::fleetFinished, this, [this, group](bool ok) {
        m_store->refreshOne(group);
        emit fleetFinished(ok);
    });
    return dialog;
}

} // namespace strata
