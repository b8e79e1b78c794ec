#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace strata {

class FleetRunDialog;
class GroupStore;
class GroupTreeModel;

// The project's groups in the environments panel: one row per group ("tenants (50) | 47 at r3,
// 3 behind"), expandable to its members with their state; "Compare with expected" compares
// every member of the selected group with its expected schema and shows which differ and how
// (the Drift column, details in its tool tip); "Upgrade group to heads…" opens a FleetRunDialog.
// Hidden when the project has no groups.
class GroupsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPanel)

public:
    explicit GroupsPanel(GroupStore* store, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    GroupTreeModel* model() const { return m_model; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* upgradeButton() const { return m_upgrade; }
    // The selected group (the first when none is selected), -1 without groups.
    int currentGroup() const;
    // Opens the fleet run of `group` (upgrade heads) and returns it (tests drive it).
    FleetRunDialog* openUpgrade(int group);

signals:
    void fleetFinished(bool allOk);

private:
    void updateVisibility();
    void updateButtons();

    GroupStore* m_store;
    GroupTreeModel* m_model;
    QTreeView* m_tree;
    QLabel* m_title;
    QPushButton* m_refresh;
    QPushButton* m_compare;
    QPushButton* m_upgrade;
};

} // namespace strata
