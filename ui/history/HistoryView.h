#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace strata {

class HistoryModel;
struct EnvironmentState;

// The selected environment's history table, filterable (any column), failed rows highlighted.
class HistoryView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget* parent = nullptr);
    void setState(const EnvironmentState& state);
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
