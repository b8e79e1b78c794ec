#pragma once

#include "history/HistoryPager.h"
#include "runner/HistoryTable.h"

#include <QAbstractTableModel>
#include <QList>

namespace strata {

// The history rows of one environment or of all of them (newest first, typed rows, each tagged
// with its environment and colour); failed and cancelled rows are highlighted. Fed either whole
// (setRows) or page by page from a HistoryPager: canFetchMore()/fetchMore() ask it for the next
// page, read off the GUI thread, so a view scrolled to the end loads the rest.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        Environment,
        Id,
        Revision,
        Direction,
        Status,
        StartedAt,
        Duration,
        OsUser,
        DbUser,
        ErrorText
    };

    explicit HistoryModel(QObject* parent = nullptr);
    // Rows of one environment as read with its status (no pager).
    void setRows(const QString& environment, const QList<HistoryRow>& rows);
    // Rows from `pager` from now on (the model starts over whenever the pager does).
    void setPager(HistoryPager* pager);
    HistoryPager* pager() const { return m_pager; }
    QString environment() const { return m_environment; }
    void setEnvironmentLabel(const QString& environment) { m_environment = environment; }
    const HistoryRow* row(int row) const;
    QString environmentOf(int row) const;
    QString colorOf(int row) const;
    bool isFailed(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void reset();
    void append(const QList<HistoryItem>& items);
    QVariant text(int row, int column) const;

    HistoryPager* m_pager = nullptr;
    QString m_environment;
    QStringList m_names;  // by source
    QStringList m_colors; // by source
    QList<HistoryItem> m_items;
};

} // namespace strata
