#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace strata {

class HistoryModel;
struct EnvironmentEntry;

// The selected environment's history table, filterable (any column), failed rows highlighted.
class HistoryView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget* parent = nullptr);
    // Shows the history rows of `entry` (typed, as read with its status).
    void setEntry(const EnvironmentEntry& entry);
    QString environment() const;
    HistoryModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterBox() const { return m_filter; }

private:
    HistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QTableView* m_table;
};

} // namespace strata
