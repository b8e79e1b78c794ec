#pragma once

#include "runner/HistoryTable.h"

#include <QAbstractTableModel>
#include <QList>

namespace strata {

// The history table of one environment, as read (newest first, typed rows); failed and
// cancelled rows are highlighted.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { Id, Revision, Direction, Status, StartedAt, Duration, OsUser, DbUser, ErrorText };

    explicit HistoryModel(QObject* parent = nullptr);
    void setRows(const QString& environment, const QList<HistoryRow>& rows);
    QString environment() const { return m_environment; }
    const HistoryRow* row(int row) const;
    bool isFailed(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(const HistoryRow& row, int column) const;

    QString m_environment;
    QList<HistoryRow> m_rows;
};

} // namespace strata
