#include "graph/GraphView.h"

#include "graph/GraphDelegate.h"
#include "graph/GraphModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace strata {

GraphView::GraphView(GraphModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_delegate(new GraphDelegate(model, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this)) {
    m_search->setPlaceholderText(
        tr("Search revisions: id, message or branch label (Ctrl+F, Enter for next)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_table->setObjectName(QStringLiteral("graphTable"));
    m_table->setModel(model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, scrolling 10,000 rows stays cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(GraphModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(
        GraphModel::RevisionColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("0000_add_chunk_embeddings")) + 40);
    header->resizeSection(GraphModel::EnvironmentsColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("dev test prod")) + 60);
    header->resizeSection(GraphModel::LabelsColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("Branch labels")) + 24);
    header->resizeSection(GraphModel::DateColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("2025-09-26 10:15")) + 24);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::returnPressed, this, &GraphView::findNext);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        const int row = m_model->find(m_search->text(), 0);
        if (row >= 0)
            selectRevision(m_model->revisionAt(row));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        emit contextMenuRequested(m_model->revisionAt(index.row()),
                                  m_table->viewport()->mapToGlobal(pos));
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { fitGraphColumn(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit revisionSelected(m_model->revisionAt(current.row()));
            });
}

QString GraphView::currentRevision() const {
    return m_model->revisionAt(m_table->currentIndex().row());
}

bool GraphView::selectRevision(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, GraphModel::RevisionColumn));
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    return true;
}

bool GraphView::findNext() {
    const int current = m_table->currentIndex().row();
    const int row = m_model->find(m_search->text(), current + 1);
    if (row < 0)
        return false;
    return selectRevision(m_model->revisionAt(row));
}

void GraphView::fitGraphColumn() {
    const int lanes = std::max(1, std::min(m_model->layout().maxWidth(), 16));
    m_table->horizontalHeader()->resizeSection(GraphModel::GraphColumn,
                                               std::max(GraphDelegate::graphWidth(lanes), 48));
}

} // namespace strata
