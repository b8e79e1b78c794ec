#include "environments/EnvironmentTable.h"

#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentTableModel.h"

#include <QHeaderView>

namespace strata {

EnvironmentTable::EnvironmentTable(EnvironmentStore* store, QWidget* parent)
    : QTableView(parent)
    , m_store(store)
    , m_model(new EnvironmentTableModel(store, this)) {
    setObjectName(QStringLiteral("environmentTable"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideMiddle);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* h = horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(EnvironmentTableModel::Server, QHeaderView::Stretch);
    h->setSectionResizeMode(EnvironmentTableModel::Pending, QHeaderView::Stretch);
    h->resizeSection(EnvironmentTableModel::Name, 130);
    h->resizeSection(EnvironmentTableModel::Heads, 150);
    h->resizeSection(EnvironmentTableModel::Drift, 110);
    h->resizeSection(EnvironmentTableModel::LastRun, 150);
    h->setHighlightSections(false);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString name = m_model->environmentAt(index.row());
        if (name.isEmpty())
            return;
        emit environmentClicked(name);
        const EnvironmentEntry* e = m_store->entry(name);
        if (e && e->loaded && !e->status.reachable && e->status.needsPassword())
            emit passwordRequested(name);
    });
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        const QString name = m_model->environmentAt(index.row());
        if (!name.isEmpty() && index.column() == EnvironmentTableModel::Drift)
            emit showDrift(name);
    });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QString name = m_model->environmentAt(indexAt(pos).row());
        if (!name.isEmpty())
            emit environmentMenuRequested(name, viewport()->mapToGlobal(pos));
    });
}

int EnvironmentTable::rowOf(const QString& environment) const {
    return m_store->indexOf(environment);
}

void EnvironmentTable::setCurrentEnvironment(const QString& name) {
    m_model->setCurrentEnvironment(name);
}

} // namespace strata
