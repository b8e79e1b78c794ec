#include "environments/MatrixModel.h"

#include "Project.h"
#include "graph/GraphModel.h"
#include "groups/GroupEntry.h"

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
    m_groups.clear();
    endResetModel();
}

void MatrixModel::setGroups(const QList<GroupEntry>& groups) {
    if (!m_project)
        return;
    const bool sameColumns = groups.size() == m_groups.size();
    if (!sameColumns)
        beginResetModel();
    m_groups.clear();
    const QStringList heads = m_project->graph().heads();
    for (const GroupEntry& e : groups) {
        GroupColumn c;
        c.name = e.group.name;
        c.color = e.group.defaults.color;
        c.summary = e.summary(heads);
        c.members = int(e.status.members.size());
        for (const EnvironmentStatus& s : e.status.members) {
            if (!s.reachable)
                continue;
            for (const QString& h : s.heads)
                ++c.heads[h];
            for (const QString& a : s.appliedSet(m_project->graph()))
                if (!s.heads.contains(a))
                    ++c.applied[a];
            for (const QString& p : s.pending)
                ++c.pending[p];
        }
        m_groups << c;
    }
    if (!sameColumns)
        endResetModel();
    else if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant MatrixModel::groupData(const GroupColumn& g, int row, int role) const {
    const QString id = m_graph->revisionAt(row);
    const int heads = g.heads.value(id);
    const int applied = g.applied.value(id);
    const int pending = g.pending.value(id);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts;
        if (heads > 0)
            parts << tr("● %1").arg(heads);
        if (applied > 0)
            parts << tr("✓ %1").arg(applied);
        if (pending > 0)
            parts << tr("… %1").arg(pending);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return tr("%1\n%2: %3 at it, %4 past it, %5 to run it")
            .arg(g.summary, id)
            .arg(heads)
            .arg(applied)
            .arg(pending);
    case Qt::BackgroundRole: {
        if (heads == 0 && applied == 0)
            return pending > 0 ? QVariant(QBrush(QColor(249, 168, 37, 50))) : QVariant();
        QColor color(g.color);
        color.setAlpha(heads > 0 ? 110 : 45);
        return QBrush(color);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
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
    return parent.isValid() ? 0 : int(m_states.size() + m_groups.size()) + 1;
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
    if (env >= m_states.size())
        return groupData(m_groups.at(env - m_states.size()), index.row(), role);
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
    const int group = section - 1 - int(m_states.size());
    if (section > 0 && group >= 0 && group < m_groups.size()) {
        const GroupColumn& g = m_groups.at(group);
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(g.name).arg(g.members);
        if (role == Qt::ToolTipRole)
            return g.summary;
        if (role == Qt::DecorationRole) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(g.color));
            return QIcon(swatch);
        }
        return {};
    }
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
