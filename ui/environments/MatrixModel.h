#pragma once

#include "environments/EnvironmentEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace strata {

class GraphModel;
class Project;
struct GroupEntry;

// Revisions (graph order, newest first) x environments: each cell is the current head,
// applied, pending, or not on this environment's branch. Then a column per group: how many of
// its members have the revision as head, applied or pending ("● 47 · … 3").
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    enum class Cell { Unknown, Head, Applied, Pending, NotOnBranch };

    explicit MatrixModel(const GraphModel* graph, QObject* parent = nullptr);

    void setProject(std::shared_ptr<const Project> project);
    void setEnvironments(const QList<EnvironmentEntry>& states);
    void setGroups(const QList<GroupEntry>& groups);
    Cell cell(int row, int environment) const;
    static QString cellText(Cell cell);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A group column: per revision, how many members are at it, have it, or will run it.
    struct GroupColumn {
        QString name;
        QString color;
        QString summary;
        int members = 0;
        QHash<QString, int> heads;
        QHash<QString, int> applied;
        QHash<QString, int> pending;
    };
    QVariant groupData(const GroupColumn& g, int row, int role) const;

    const GraphModel* m_graph;
    QList<GroupColumn> m_groups;
    std::shared_ptr<const Project> m_project;
    QList<EnvironmentEntry> m_states;
    QList<QSet<QString>> m_applied;
    QList<QSet<QString>> m_pending;
};

} // namespace strata
