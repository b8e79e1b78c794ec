#include "history/HistoryModel.h"

#include "history/HistoryFormat.h"

#include <QBrush>
#include <QColor>

namespace strata {

namespace {
constexpr int kColumns = HistoryModel::ErrorText + 1;
}

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HistoryModel::setRows(const QString& environment, const QList<HistoryRow>& rows) {
    beginResetModel();
    m_environment = environment;
    m_names = QStringList{environment};
    m_colors = QStringList{QString()};
    m_items.clear();
    m_items.reserve(rows.size());
    for (const HistoryRow& row : rows)
        m_items << HistoryItem{row, 0};
    endResetModel();
}

void HistoryModel::setPager(HistoryPager* pager) {
    if (m_pager)
        disconnect(m_pager, nullptr, this, nullptr);
    m_pager = pager;
    if (m_pager) {
        connect(m_pager, &HistoryPager::rowsReady, this, &HistoryModel::append);
        connect(m_pager, &HistoryPager::restarted, this, &HistoryModel::reset);
    }
    reset();
}

void HistoryModel::reset() {
    beginResetModel();
    m_items.clear();
    m_names.clear();
    m_colors.clear();
    if (m_pager)
        for (const HistorySource& source : m_pager->sources()) {
            m_names << source.name;
            m_colors << source.color;
        }
    endResetModel();
}

void HistoryModel::append(const QList<HistoryItem>& items) {
    if (items.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
    m_items += items;
    endInsertRows();
}

const HistoryRow* HistoryModel::row(int row) const {
    return row >= 0 && row < m_items.size() ? &m_items[row].row : nullptr;
}

QString HistoryModel::environmentOf(int row) const {
    if (row < 0 || row >= m_items.size())
        return {};
    return m_names.value(m_items[row].source);
}

QString HistoryModel::colorOf(int row) const {
    if (row < 0 || row >= m_items.size())
        return {};
    return m_colors.value(m_items[row].source);
}

bool HistoryModel::isFailed(int row) const {
    const HistoryRow* r = this->row(row);
    return r &&
           (r->status == HistoryRow::Status::Failed || r->status == HistoryRow::Status::Cancelled);
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumns;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_pager && m_pager->canFetchMore();
}

void HistoryModel::fetchMore(const QModelIndex& parent) {
    if (!parent.isValid() && m_pager)
        m_pager->fetchMore();
}

QVariant HistoryModel::text(int index, int column) const {
    const HistoryRow& r = m_items[index].row;
    switch (column) {
    case Environment:
        return environmentOf(index);
    case Id:
        return QString::number(r.id);
    case Revision:
        return r.revision;
    case Direction:
        return HistoryFormat::direction(r.direction);
    case Status:
        return HistoryFormat::status(r);
    case StartedAt:
        return HistoryFormat::when(r.startedAt);
    case Duration:
        return HistoryFormat::duration(r.durationMs);
    case OsUser:
        return HistoryFormat::who(r);
    case DbUser:
        return r.dbUser;
    case ErrorText:
        return HistoryFormat::error(r);
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ErrorText) { // one line per row; the tooltip has it all
            QString one = text(index.row(), index.column()).toString();
            one.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            return one.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
        }
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case Qt::DecorationRole:
        if (index.column() == Environment) {
            const QColor color(colorOf(index.row()));
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::UserRole: // numbers as numbers, times as times
        if (index.column() == Id)
            return m_items[index.row()].row.id;
        if (index.column() == Duration)
            return m_items[index.row()].row.durationMs;
        if (index.column() == StartedAt)
            return m_items[index.row()].row.startedAt;
        return text(index.row(), index.column());
    case Qt::BackgroundRole:
        if (isFailed(index.row()))
            return QBrush(QColor(198, 40, 40, 60));
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Environment:
        return tr("Environment");
    case Id:
        return tr("Id");
    case Revision:
        return tr("Revision");
    case Direction:
        return tr("Direction");
    case Status:
        return tr("Status");
    case StartedAt:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case OsUser:
        return tr("OS user");
    case DbUser:
        return tr("DB user");
    case ErrorText:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace strata
