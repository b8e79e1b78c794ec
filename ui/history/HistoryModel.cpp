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
    m_rows = rows;
    endResetModel();
}

const HistoryRow* HistoryModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool HistoryModel::isFailed(int row) const {
    const HistoryRow* r = this->row(row);
    return r &&
           (r->status == HistoryRow::Status::Failed || r->status == HistoryRow::Status::Cancelled);
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumns;
}

QVariant HistoryModel::text(const HistoryRow& r, int column) const {
    switch (column) {
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryRow& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(r, index.column());
    case Qt::UserRole: // sorting: numbers as numbers, times as times
        if (index.column() == Id)
            return r.id;
        if (index.column() == Duration)
            return r.durationMs;
        if (index.column() == StartedAt)
            return r.startedAt;
        return text(r, index.column());
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
    static const char* const names[kColumns] = {
        QT_TR_NOOP("Id"),      QT_TR_NOOP("Revision"), QT_TR_NOOP("Direction"),
        QT_TR_NOOP("Status"),  QT_TR_NOOP("Started"),  QT_TR_NOOP("Duration"),
        QT_TR_NOOP("OS user"), QT_TR_NOOP("DB user"),  QT_TR_NOOP("Error")};
    return section >= 0 && section < kColumns ? tr(names[section]) : QVariant();
}

} // namespace strata
