#include "history/HistoryView.h"

#include "environments/EnvironmentState.h"
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

void HistoryView::setState(const EnvironmentState& state) {
    m_model->setState(state);
    if (!state.loaded)
        m_title->setText(tr("History of %1: reading…").arg(state.name));
    else if (!state.reachable)
        m_title->setText(tr("History of %1: unreachable (%2)").arg(state.name, state.error));
    else if (state.historyColumns.isEmpty())
        m_title->setText(tr("History of %1: no history table yet").arg(state.name));
    else
        m_title->setText(
            tr("History of %1: %n row(s)", nullptr, int(state.historyRows.size())).arg(state.name));
    m_table->resizeColumnsToContents();
}

QString HistoryView::environment() const {
    return m_model->environment();
}

} // namespace strata
