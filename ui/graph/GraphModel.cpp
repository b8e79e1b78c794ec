#include "graph/GraphModel.h"

#include "Project.h"

#include <QIcon>

namespace strata {

GraphModel::GraphModel(QObject* parent)
    : QAbstractTableModel(parent) {}

GraphModel::~GraphModel() = default;

void GraphModel::setProject(std::shared_ptr<const Project> project) {
    beginResetModel();
    m_project = std::move(project);
    m_layout = m_project ? LaneLayout::compute(m_project->graph()) : LaneLayout();
    m_badges.clear();
    m_extraMarkers.clear();
    m_states.clear();
    endResetModel();
    emit environmentsChanged();
}

void GraphModel::setProblems(const QList<ProblemItem>& items) {
    QHash<QString, ProblemMark> marks;
    for (const ProblemItem& item : items) { // sorted worst first
        if (item.revision.isEmpty())
            continue;
        ProblemMark& mark = marks[item.revision];
        const ProblemLevel level = item.level == ProblemItem::Level::Error     ? ErrorProblem
                                   : item.level == ProblemItem::Level::Warning ? WarningProblem
                                                                               : NoteProblem;
        if (level > mark.level) {
            mark.level = level;
            mark.first = item.text();
        }
        ++mark.count;
    }
    m_problems = std::move(marks);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

GraphModel::ProblemMark GraphModel::problemMark(int row) const {
    return m_problems.value(revisionAt(row));
}

void GraphModel::setEnvironments(const QList<EnvironmentEntry>& states) {
    if (!m_project)
        return;
    m_states = states;
    QHash<int, QList<Badge>> badges;
    QHash<int, int> extra;
    for (const EnvironmentEntry& state : states) {
        for (const QString& head : state.status.heads) {
            const int row = m_layout.rowOf(head);
            if (row >= 0)
                badges[row].append({state.name, QColor(state.color)});
        }
        for (const ChecksumMismatch& mismatch : state.status.checksumMismatches) {
            const int row = m_layout.rowOf(mismatch.revision);
            if (row >= 0)
                extra[row] |= ChecksumChanged;
        }
        if (state.status.dirty) {
            for (const QString& id : state.status.heads) {
                const int row = m_layout.rowOf(id);
                if (row >= 0)
                    extra[row] |= Dirty;
            }
        }
    }
    QSet<int> changed;
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it)
        changed.insert(it.key());
    for (auto it = badges.cbegin(); it != badges.cend(); ++it)
        changed.insert(it.key());
    for (auto it = m_extraMarkers.cbegin(); it != m_extraMarkers.cend(); ++it)
        changed.insert(it.key());
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        changed.insert(it.key());
    m_badges = std::move(badges);
    m_extraMarkers = std::move(extra);
    for (int row : changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit environmentsChanged();
}

int GraphModel::revisionIndexAt(int row) const {
    if (!m_project || row < 0 || row >= m_layout.rowCount())
        return -1;
    return m_layout.row(row).revision;
}

QString GraphModel::revisionAt(int row) const {
    const int index = revisionIndexAt(row);
    return index < 0 ? QString() : m_project->graph().revisionAt(index).id;
}

int GraphModel::markers(int row) const {
    const RevisionGraph& graph = m_project->graph();
    const int index = m_layout.row(row).revision;
    int flags = m_extraMarkers.value(row, 0);
    if (graph.isHeadAt(index))
        flags |= Head;
    if (graph.isBaseAt(index))
        flags |= Base;
    if (graph.isMergePointAt(index))
        flags |= Merge;
    if (graph.isBranchPointAt(index))
        flags |= BranchPoint;
    return flags;
}

const QList<GraphModel::Badge>& GraphModel::badges(int row) const {
    static const QList<Badge> none;
    auto it = m_badges.constFind(row);
    return it == m_badges.constEnd() ? none : it.value();
}

int GraphModel::find(const QString& text, int from) const {
    const int n = m_layout.rowCount();
    if (!m_project || n == 0 || text.isEmpty())
        return -1;
    const RevisionGraph& graph = m_project->graph();
    for (int k = 0; k < n; ++k) {
        const int row = ((from < 0 ? 0 : from) + k) % n;
        const Revision& r = graph.revisionAt(m_layout.row(row).revision);
        if (r.id.contains(text, Qt::CaseInsensitive) ||
            r.message.contains(text, Qt::CaseInsensitive))
            return row;
        for (const QString& label : r.branchLabels)
            if (label.contains(text, Qt::CaseInsensitive))
                return row;
    }
    return -1;
}

int GraphModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_layout.rowCount();
}

int GraphModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GraphModel::data(const QModelIndex& index, int role) const {
    if (!m_project || !index.isValid())
        return {};
    const int row = index.row();
    const Revision& r = m_project->graph().revisionAt(m_layout.row(row).revision);
    switch (role) {
    case RevisionIdRole:
        return r.id;
    case MarkerRole:
        return markers(row);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn:
            return r.id;
        case MessageColumn:
            return r.message;
        case LabelsColumn:
            return r.branchLabels.join(QLatin1String(", "));
        case DateColumn:
            return r.createDate.left(16);
        case EnvironmentsColumn: {
            QStringList names;
            for (const Badge& b : badges(row))
                names << b.name;
            return names.join(QLatin1Char(' '));
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == RevisionColumn) {
            const int flags = m_extraMarkers.value(row, 0);
            const ProblemLevel problem = problemMark(row).level;
            if (problem == ErrorProblem)
                return QIcon(QStringLiteral(":/strata/icons/error.svg"));
            if ((flags & (Dirty | ChecksumChanged)) || problem == WarningProblem)
                return QIcon(QStringLiteral(":/strata/icons/warning.svg"));
        }
        return {};
    case ProblemsRole:
        return int(problemMark(row).level);
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(r.id.toHtmlEscaped()),
                          r.message.toHtmlEscaped()};
        const int flags = markers(row);
        if (flags & Head)
            lines << tr("head");
        if (flags & Base)
            lines << tr("base");
        if (flags & Merge)
            lines << tr("merge of %1").arg(r.parents.join(QLatin1String(", ")));
        if (flags & BranchPoint)
            lines << tr("branch point");
        if (flags & Dirty)
            lines << tr("an environment is dirty here");
        if (flags & ChecksumChanged)
            lines << tr("file changed since it was applied");
        for (const Badge& b : badges(row))
            lines << tr("%1 is here").arg(b.name);
        const ProblemMark problems = problemMark(row);
        if (problems.count > 0)
            lines << tr("%n problem(s) (Problems panel): %1", nullptr, problems.count)
                         .arg(problems.first.toHtmlEscaped());
        return lines.join(QLatin1String("<br>"));
    }
    default:
        return {};
    }
}

QVariant GraphModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GraphColumn:
        return tr("Graph");
    case RevisionColumn:
        return tr("Revision");
    case EnvironmentsColumn:
        return tr("Environments");
    case MessageColumn:
        return tr("Message");
    case LabelsColumn:
        return tr("Branch labels");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace strata
