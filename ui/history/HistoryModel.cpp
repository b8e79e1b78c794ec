#include "history/HistoryModel.h"

#include <QBrush>
#include <QColor>

namespace strata {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HistoryModel::setState(const EnvironmentState& state) {
    beginResetModel();
    m_environment = state.name;
    m_columns = state.historyColumns;
    m_rows = state.historyRows;
    m_statusColumn = m_columns.indexOf(QStringLiteral("status"));
    endResetModel();
}

bool HistoryModel::isFailed(int row) const {
    if (m_statusColumn < 0 || row < 0 || row >= m_rows.size())
        return false;
    const QString status = m_rows[row].value(m_statusColumn);
    return status == QLatin1String("failed") || status == QLatin1String("cancelled");
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_rows[index.row()].value(index.column());
    case Qt::UserRole: { // sorting: numbers as numbers
        const QString text = m_rows[index.row()].value(index.column());
        bool number = false;
        const qlonglong value = text.toLongLong(&number);
        return number ? QVariant(value) : QVariant(text);
    }
    case Qt::BackgroundRole:
        if (isFailed(index.row()))
            return QBrush(QColor(198, 40, 40, 60));
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_columns.value(section);
    return {};
}

} // namespace strata
