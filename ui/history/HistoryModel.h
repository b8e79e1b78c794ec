#pragma once

#include "environments/EnvironmentState.h"

#include <QAbstractTableModel>

namespace strata {

// The history table of one environment, as read (newest first); failed rows are highlighted.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    explicit HistoryModel(QObject* parent = nullptr);
    void setState(const EnvironmentState& state);
    QString environment() const { return m_environment; }
    bool isFailed(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_environment;
    QStringList m_columns;
    QList<QStringList> m_rows;
    int m_statusColumn = -1;
};

} // namespace strata
