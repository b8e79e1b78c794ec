#include "history/HistoryView.h"

#include "environments/EnvironmentEntry.h"
#include "history/HistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace strata {

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("Select an environment to see its history."), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter history (revision, status, user…)"));
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::DescendingOrder); // newest first
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
}

void HistoryView::setEntry(const EnvironmentEntry& entry) {
    const EnvironmentStatus& status = entry.status;
    m_model->setRows(entry.name, status.history);
    if (!entry.loaded)
        m_title->setText(tr("History of %1: reading…").arg(entry.name));
    else if (!status.reachable)
        m_title->setText(
            tr("History of %1: unreachable (%2)").arg(entry.name, status.error.message));
    else if (status.historyError)
        m_title->setText(
            tr("History of %1: cannot be read (%2)").arg(entry.name, status.historyError->message));
    else
        m_title->setText(
            tr("History of %1: %n row(s)", nullptr, int(status.history.size())).arg(entry.name));
    m_table->resizeColumnsToContents();
}

QString HistoryView::environment() const {
    return m_model->environment();
}

} // namespace strata
