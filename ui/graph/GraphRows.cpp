#include "graph/GraphRows.h"

#include "Project.h"
#include "graph/GraphModel.h"

#include <QFileInfo>

namespace strata {

GraphRows::GraphRows(GraphModel* model, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_model(model) {
    QAbstractProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_expanded.clear();
        m_foldable.clear();
        rebuild(true);
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                bool changed = false; // a badge or a problem came or went: a run changed
                for (int source = from.row(); source <= to.row(); ++source)
                    if (size_t(source) < m_foldable.size() &&
                        bool(m_foldable[size_t(source)]) != foldable(source))
                        changed = true;
                if (changed) {
                    rebuild();
                    return;
                }
                for (int source = from.row(); source <= to.row(); ++source) {
                    const int row = viewRow(source);
                    if (row >= 0)
                        emit dataChanged(index(row, from.column()), index(row, to.column()), roles);
                }
            });
    rebuild();
}

bool GraphRows::matches(int source) const {
    const Project* project = m_model->project();
    if (!project)
        return false;
    const Revision& r = project->graph().revisionAt(m_model->revisionIndexAt(source));
    const auto has = [this](const QString& text) {
        return text.contains(m_filter, Qt::CaseInsensitive);
    };
    if (has(r.id) || has(r.message) || has(QFileInfo(r.filePath).fileName()))
        return true;
    for (const QString& label : r.branchLabels)
        if (has(label))
            return true;
    return false;
}

bool GraphRows::foldable(int source) const {
    const int flags = m_model->markers(source);
    if (flags & (GraphModel::Head | GraphModel::Base | GraphModel::Merge | GraphModel::BranchPoint |
                 GraphModel::Dirty | GraphModel::ChecksumChanged))
        return false;
    if (!m_model->badges(source).isEmpty() || m_model->problemMark(source).level != 0)
        return false;
    // One parent, drawn on the row just below in the same lane.
    const LaneRow& row = m_model->laneRow(source);
    if (source + 1 >= m_model->rowCount() || row.outgoing.size() != 1 ||
        row.outgoing.front() != row.lane || row.incoming.size() != 1)
        return false;
    return m_model->laneRow(source + 1).lane == row.lane;
}

std::vector<GraphRows::Row> GraphRows::computeRows() {
    const int n = m_model->rowCount();
    m_foldable.assign(size_t(n), 0);
    for (int source = 0; source < n; ++source)
        m_foldable[size_t(source)] = foldable(source) ? 1 : 0;
    std::vector<Row> rows;
    rows.reserve(size_t(n));
    if (!m_filter.isEmpty()) {
        for (int source = 0; source < n; ++source)
            if (matches(source))
                rows.push_back({source, 0});
        return rows;
    }
    for (int source = 0; source < n;) {
        int end = source;
        if (m_threshold > 0)
            while (end < n && m_foldable[size_t(end)])
                ++end;
        const int run = end - source;
        if (run > m_threshold && m_threshold > 0 && !m_expanded.contains(source)) {
            rows.push_back({source, run});
            source = end;
        } else if (run > 0) {
            for (; source < end; ++source)
                rows.push_back({source, 0});
        } else {
            rows.push_back({source++, 0});
        }
    }
    return rows;
}

void GraphRows::rebuild(bool inReset) {
    std::vector<Row> rows = computeRows();
    if (!inReset && rows == m_rows && m_viewOfSource.size() == size_t(m_model->rowCount()))
        return;
    if (!inReset)
        beginResetModel();
    m_rows = std::move(rows);
    m_viewOfSource.assign(size_t(m_model->rowCount()), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].folded == 0)
            m_viewOfSource[size_t(m_rows[i].source)] = int(i);
    endResetModel();
}

void GraphRows::setFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    rebuild();
}

void GraphRows::setCollapseThreshold(int threshold) {
    m_threshold = std::max(0, threshold);
    m_expanded.clear();
    rebuild();
}

bool GraphRows::expand(int row) {
    if (foldCount(row) == 0)
        return false;
    m_expanded.insert(m_rows[size_t(row)].source);
    rebuild();
    return true;
}

int GraphRows::sourceRow(int row) const {
    if (row < 0 || size_t(row) >= m_rows.size() || m_rows[size_t(row)].folded > 0)
        return -1;
    return m_rows[size_t(row)].source;
}

int GraphRows::foldCount(int row) const {
    return row < 0 || size_t(row) >= m_rows.size() ? 0 : m_rows[size_t(row)].folded;
}

int GraphRows::viewRow(int source, bool reveal) {
    if (source < 0 || size_t(source) >= m_viewOfSource.size())
        return -1;
    const int row = m_viewOfSource[size_t(source)];
    if (row >= 0 || !reveal || isFiltered())
        return row;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row& fold = m_rows[i];
        if (fold.folded > 0 && source >= fold.source && source < fold.source + fold.folded) {
            expand(int(i));
            return m_viewOfSource[size_t(source)];
        }
    }
    return -1;
}

QModelIndex GraphRows::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex GraphRows::parent(const QModelIndex&) const {
    return {};
}

int GraphRows::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GraphRows::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : GraphModel::ColumnCount;
}

QModelIndex GraphRows::mapToSource(const QModelIndex& proxyIndex) const {
    const int source = proxyIndex.isValid() ? sourceRow(proxyIndex.row()) : -1;
    return source < 0 ? QModelIndex() : m_model->index(source, proxyIndex.column());
}

QModelIndex GraphRows::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_viewOfSource.size())
        return {};
    const int row = m_viewOfSource[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant GraphRows::data(const QModelIndex& index, int role) const {
    const int count = index.isValid() ? foldCount(index.row()) : 0;
    if (count == 0)
        return role == FoldCountRole ? QVariant(0) : QAbstractProxyModel::data(index, role);
    const int first = m_rows[size_t(index.row())].source;
    const QString newest = m_model->revisionAt(first);
    const QString oldest = m_model->revisionAt(first + count - 1);
    switch (role) {
    case FoldCountRole:
        return count;
    case Qt::DisplayRole:
        if (index.column() == GraphModel::RevisionColumn)
            return QStringLiteral("%1 … %2").arg(oldest, newest);
        if (index.column() == GraphModel::MessageColumn)
            return tr("… %n revision(s)", nullptr, count);
        return {};
    case Qt::ToolTipRole:
        return tr("%n revision(s) from %1 to %2 with no branch, merge, environment or problem; "
                  "double-click or press Enter to show them",
                  nullptr, count)
            .arg(oldest, newest);
    default:
        return {};
    }
}

Qt::ItemFlags GraphRows::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return foldCount(index.row()) > 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                      : QAbstractProxyModel::flags(index);
}

} // namespace strata
