#pragma once

#include "environments/EnvironmentEntry.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace strata {

class GraphModel;
class Project;

// Revisions (graph order, newest first) x environments: each cell is the current head,
// applied, pending, or not on this environment's branch.
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    enum class Cell { Unknown, Head, Applied, Pending, NotOnBranch };

    explicit MatrixModel(const GraphModel* graph, QObject* parent = nullptr);

    void setProject(std::shared_ptr<const Project> project);
    void setEnvironments(const QList<EnvironmentEntry>& states);
    Cell cell(int row, int environment) const;
    static QString cellText(Cell cell);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const GraphModel* m_graph;
    std::shared_ptr<const Project> m_project;
    QList<EnvironmentEntry> m_states;
    QList<QSet<QString>> m_applied;
    QList<QSet<QString>> m_pending;
};

} // namespace strata
