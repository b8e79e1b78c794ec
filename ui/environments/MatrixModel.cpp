#include "environments/MatrixModel.h"

#include "Project.h"
#include "graph/GraphModel.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace strata {

MatrixModel::MatrixModel(const GraphModel* graph, QObject* parent)
    : QAbstractTableModel(parent)
    , m_graph(graph) {}

void MatrixModel::setProject(std::shared_ptr<const Project> project) {
    beginResetModel();
    m_project = std::move(project);
    m_states.clear();
    m_applied.clear();
    m_pending.clear();
    endResetModel();
}

void MatrixModel::setEnvironments(const QList<EnvironmentEntry>& states) {
    if (!m_project)
        return;
    const bool sameColumns = states.size() == m_states.size();
    if (!sameColumns)
        beginResetModel();
    m_states = states;
    m_applied.clear();
    m_pending.clear();
    for (const EnvironmentEntry& s : states) {
        m_applied << s.status.appliedSet(m_project->graph());
        m_pending << QSet<QString>(s.status.pending.begin(), s.status.pending.end());
    }
    if (!sameColumns)
        endResetModel();
    else if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

MatrixModel::Cell MatrixModel::cell(int row, int environment) const {
    const EnvironmentEntry& s = m_states[environment];
    if (!s.loaded || !s.status.reachable)
        return Cell::Unknown;
    const QString id = m_graph->revisionAt(row);
    if (s.status.heads.contains(id))
        return Cell::Head;
    if (m_applied[environment].contains(id))
        return Cell::Applied;
    if (m_pending[environment].contains(id))
        return Cell::Pending;
    return Cell::NotOnBranch;
}

QString MatrixModel::cellText(Cell cell) {
    switch (cell) {
    case Cell::Head:
        return tr("● current head");
    case Cell::Applied:
        return tr("✓ applied");
    case Cell::Pending:
        return tr("… pending");
    case Cell::NotOnBranch:
        return tr("— not on this branch");
    case Cell::Unknown:
        break;
    }
    return tr("?");
}

int MatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_project ? 0 : m_graph->rowCount();
}

int MatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_states.size()) + 1;
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return m_graph->revisionAt(index.row());
        return {};
    }
    const int env = index.column() - 1;
    const Cell c = cell(index.row(), env);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(c);
    case Qt::UserRole:
        return int(c);
    case Qt::BackgroundRole: {
        QColor color(m_states[env].color);
        switch (c) {
        case Cell::Head:
            color.setAlpha(110);
            return QBrush(color);
        case Cell::Applied:
            color.setAlpha(45);
            return QBrush(color);
        case Cell::Pending:
            return QBrush(QColor(249, 168, 37, 50));
        default:
            return {};
        }
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Revision") : m_states.value(section - 1).name;
    if (role == Qt::DecorationRole && section > 0) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(m_states.value(section - 1).color));
        return QIcon(swatch);
    }
    return {};
}

} // namespace strata
