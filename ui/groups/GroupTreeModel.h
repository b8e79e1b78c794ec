#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace strata {

class GroupStore;
struct GroupEntry;
struct EnvironmentStatus;

// The groups as a tree: one row per group ("tenants", "47 at r3, 3 behind", its pending
// revisions, problems, the last group drift), its members below (heads, pending, state, drift
// against the expected schema). Fed by the GroupStore; reads nothing itself.
class GroupTreeModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTreeModel)

public:
    enum Column { Name, Heads, Pending, State, Drift, ColumnCount };

    explicit GroupTreeModel(GroupStore* store, QObject* parent = nullptr);

    // The group of a row (a group row or one of its members), -1 for none.
    int groupAt(const QModelIndex& index) const;
    // The member's name of a member row, empty for a group row.
    QString memberAt(const QModelIndex& index) const;
    // A row as plain text, every column (tests, screenshots).
    QString rowText(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList projectHeads() const;
    QVariant groupData(const GroupEntry& e, int column, int role) const;
    QVariant memberData(const GroupEntry& e, const EnvironmentStatus& s, int column,
                        int role) const;
    void groupChanged(int group);

    GroupStore* m_store;
    QList<int> m_rows; // members shown per group (rows are inserted and removed as they change)
};

} // namespace strata
