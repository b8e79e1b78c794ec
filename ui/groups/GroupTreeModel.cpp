#include "groups/GroupTreeModel.h"

#include "Project.h"
#include "groups/GroupStore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPixmap>

namespace strata {

namespace {

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

QString stateText(const EnvironmentStatus& s) {
    if (!s.reachable || !s.error.message.isEmpty())
        return GroupTreeModel::tr("unreachable: %1").arg(s.error.message);
    if (s.dirty)
        return GroupTreeModel::tr("dirty: %1 did not finish").arg(s.dirty->revision);
    if (!s.unknownHeads.isEmpty())
        return GroupTreeModel::tr("unknown revision %1")
            .arg(s.unknownHeads.join(QStringLiteral(", ")));
    if (!s.planError.isEmpty())
        return s.planError;
    if (!s.checksumMismatches.isEmpty())
        return GroupTreeModel::tr("%n applied revision(s) changed", nullptr,
                                  int(s.checksumMismatches.size()));
    return s.pending.isEmpty() ? GroupTreeModel::tr("at heads") : GroupTreeModel::tr("behind");
}

QString driftText(const MemberDrift& d) {
    if (!d.ok)
        return GroupTreeModel::tr("not compared");
    if (d.drift.isEmpty())
        return GroupTreeModel::tr("as expected");
    return GroupTreeModel::tr("%n difference(s)", nullptr, int(d.drift.size()));
}

QString driftToolTip(const MemberDrift& d) {
    if (!d.ok)
        return d.error.toString();
    QStringList lines;
    for (const SchemaDifference& s : d.drift) {
        const char* mark = s.change == SchemaDifference::Change::Added     ? "+ "
                           : s.change == SchemaDifference::Change::Removed ? "- "
                                                                           : "~ ";
        lines << QString::fromLatin1(mark) + objectKindName(s.kind) + QLatin1Char(' ') + s.name;
        if (lines.size() == 20) {
            lines << GroupTreeModel::tr("… and %1 more").arg(d.drift.size() - 20);
            break;
        }
    }
    return lines.isEmpty() ? GroupTreeModel::tr("the schema is what its revisions produce")
                           : lines.join(QLatin1Char('\n'));
}

} // namespace

GroupTreeModel::GroupTreeModel(GroupStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store) {
    auto reset = [this] {
        beginResetModel();
        m_rows.clear();
        for (const GroupEntry& e : m_store->entries())
            m_rows << int(e.status.members.size());
        endResetModel();
    };
    connect(store, &GroupStore::entriesReset, this, reset);
    connect(store, &GroupStore::entryChanged, this, &GroupTreeModel::groupChanged);
    reset();
}

void GroupTreeModel::groupChanged(int group) {
    if (group < 0 || group >= m_rows.size())
        return;
    const QModelIndex parentIndex = index(group, 0);
    const int now = int(m_store->entries().at(group).status.members.size());
    if (now > m_rows[group]) {
        beginInsertRows(parentIndex, m_rows[group], now - 1);
        m_rows[group] = now;
        endInsertRows();
    } else if (now < m_rows[group]) {
        beginRemoveRows(parentIndex, now, m_rows[group] - 1);
        m_rows[group] = now;
        endRemoveRows();
    }
    emit dataChanged(index(group, 0), index(group, ColumnCount - 1));
    if (now > 0)
        emit dataChanged(index(0, 0, parentIndex), index(now - 1, ColumnCount - 1, parentIndex));
}

QStringList GroupTreeModel::projectHeads() const {
    return m_store->project() ? m_store->project()->graph().heads() : QStringList();
}

int GroupTreeModel::groupAt(const QModelIndex& index) const {
    if (!index.isValid())
        return -1;
    return index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
}

QString GroupTreeModel::memberAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0)
        return {};
    const GroupEntry& e = m_store->entries().at(groupAt(index));
    return e.status.members.value(index.row()).environment;
}

QString GroupTreeModel::rowText(const QModelIndex& index) const {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << data(index.siblingAtColumn(c)).toString();
    return cells.join(QStringLiteral(" | "));
}

QModelIndex GroupTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size() || row >= m_rows[parent.row()])
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GroupTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int GroupTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_rows.value(parent.row());
}

int GroupTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant GroupTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const GroupEntry& e = m_store->entries().at(groupAt(index));
    if (index.internalId() == 0)
        return groupData(e, index.column(), role);
    if (index.row() >= e.status.members.size())
        return {};
    return memberData(e, e.status.members.at(index.row()), index.column(), role);
}

QVariant GroupTreeModel::groupData(const GroupEntry& e, int column, int role) const {
    const QStringList heads = projectHeads();
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::DecorationRole && column == Name) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(e.group.defaults.color));
        return QIcon(swatch);
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{e.summary(heads)};
        if (e.group.isDiscovered())
            lines << tr("discovered on %1: %2").arg(e.group.from, e.group.discover);
        else
            lines << tr("environments: %1").arg(e.group.environments.join(QStringLiteral(", ")));
        lines += e.warnings;
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return e.loaded ? tr("%1 (%n)", nullptr, int(e.status.members.size())).arg(e.group.name)
                        : e.group.name;
    case Heads: {
        const QString s = e.summary(heads);
        return s.mid(s.indexOf(QLatin1String(": ")) + 2) +
               (e.loading && e.loaded ? tr(" (refreshing)") : QString());
    }
    case Pending: {
        int pending = 0;
        for (const EnvironmentStatus& s : e.status.members)
            pending += int(s.pending.size());
        return e.loaded ? QString::number(pending) : QString();
    }
    case State:
        return !e.error.message.isEmpty()     ? tr("error")
               : e.group.defaults.isProtected ? tr("protected")
                                              : QString();
    case Drift:
        return e.comparing ? tr("comparing …") : e.driftSummary;
    default:
        return {};
    }
}

QVariant GroupTreeModel::memberData(const GroupEntry& e, const EnvironmentStatus& s, int column,
                                    int role) const {
    const auto drift = e.drift.constFind(s.environment);
    if (role == Qt::ToolTipRole) {
        if (column == Drift && drift != e.drift.constEnd())
            return driftToolTip(*drift);
        if (column == Name)
            return s.displayUrl;
        if (column == State)
            return stateText(s);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == State && (!s.reachable || s.dirty || !s.error.message.isEmpty()))
            return QBrush(QColor(198, 40, 40));
        if (column == State && !s.pending.isEmpty())
            return QBrush(QColor(230, 126, 0));
        if (column == Drift && drift != e.drift.constEnd() && drift->drifted())
            return QBrush(QColor(198, 40, 40));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return s.environment;
    case Heads:
        return s.reachable ? headsText(s.heads) : QStringLiteral("?");
    case Pending:
        return s.reachable && s.planError.isEmpty() ? QString::number(s.pending.size())
                                                    : QStringLiteral("?");
    case State:
        return stateText(s);
    case Drift:
        return drift == e.drift.constEnd() ? QString() : driftText(*drift);
    default:
        return {};
    }
}

QVariant GroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Group / database");
    case Heads:
        return tr("Heads");
    case Pending:
        return tr("Pending");
    case State:
        return tr("State");
    case Drift:
        return tr("Drift (vs expected)");
    default:
        return {};
    }
}

} // namespace strata
