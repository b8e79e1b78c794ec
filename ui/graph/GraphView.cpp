#include "graph/GraphView.h"

#include "graph/GraphDelegate.h"
#include "graph/GraphHeadsMenu.h"
#include "graph/GraphModel.h"
#include "graph/GraphRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace strata {

namespace {

constexpr int kMinZoom = -4;
constexpr int kMaxZoom = 8;

} // namespace

GraphView::GraphView(GraphModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_rows(new GraphRows(model, this))
    , m_delegate(new GraphDelegate(m_rows, this))
    , m_search(new QLineEdit(this))
    , m_filterButton(new QToolButton(this))
    , m_collapseButton(new QToolButton(this))
    , m_filterStatus(new QLabel(this))
    , m_table(new QTableView(this))
    , m_headsMenu(new GraphHeadsMenu(model, this))
    , m_zoomIn(new QAction(tr("Zoom &In"), this))
    , m_zoomOut(new QAction(tr("Zoom &Out"), this))
    , m_zoomReset(new QAction(tr("&Reset Zoom"), this)) {
    m_search->setPlaceholderText(
        tr("Search revisions: id, message, branch label or file (Ctrl+F, Enter for next)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_table->setObjectName(QStringLiteral("graphTable"));
    m_table->setModel(m_rows);
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
    m_basePointSize = m_table->font().pointSize() > 0 ? m_table->font().pointSize() : 10;
    setZoom(0);
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
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    createToolRow();
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::returnPressed, this, &GraphView::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_filterButton->isChecked())
            applyFilter();
    });
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        if (m_filterButton->isChecked())
            return;
        const int row = m_model->find(m_search->text(), 0);
        if (row >= 0)
            selectRevision(m_model->revisionAt(row));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid() || m_rows->sourceRow(index.row()) < 0)
            return;
        m_table->selectRow(index.row());
        emit contextMenuRequested(m_model->revisionAt(m_rows->sourceRow(index.row())),
                                  m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const int row = index.row();
        const int first = m_rows->foldStart(row);
        if (m_rows->expand(row))
            selectViewRow(m_rows->viewRow(first));
    });
    connect(m_rows, &QAbstractItemModel::modelReset, this, [this] {
        fitGraphColumn();
        updateFilterStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit revisionSelected(m_model->revisionAt(m_rows->sourceRow(current.row())));
            });
    connect(m_headsMenu, &GraphHeadsMenu::headWanted, this, &GraphView::goToEnvironmentHead);

    m_zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction* a : {m_zoomIn, m_zoomOut, m_zoomReset}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the editor keeps its own keys
        addAction(a);
    }
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    connect(m_zoomReset, &QAction::triggered, this, [this] { setZoom(0); });
    updateFilterStatus();
}

void GraphView::createToolRow() {
    m_filterButton->setObjectName(QStringLiteral("graphFilterButton"));
    m_filterButton->setText(tr("Only Matches"));
    m_filterButton->setCheckable(true);
    m_filterButton->setToolTip(
        tr("Show only the revisions matching the search (id, message, label, file)"));
    m_collapseButton->setObjectName(QStringLiteral("graphCollapseButton"));
    m_collapseButton->setText(tr("Fold Long Runs"));
    m_collapseButton->setCheckable(true);
    m_collapseButton->setChecked(true);
    m_collapseButton->setToolTip(
        tr("Fold more than %n plain revisions in a row into one row (double-click it to expand)",
           nullptr, GraphRows::kDefaultCollapseThreshold));
    m_filterStatus->setObjectName(QStringLiteral("graphFilterStatus"));
    m_filterStatus->setTextFormat(Qt::RichText);
    connect(m_filterStatus, &QLabel::linkActivated, this, [this] { setFilterText(QString()); });
    connect(m_filterButton, &QToolButton::toggled, this, [this] { applyFilter(); });
    connect(m_collapseButton, &QToolButton::toggled, this, &GraphView::setCollapsed);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_filterButton);
    row->addWidget(m_collapseButton);
    row->addWidget(m_filterStatus);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void GraphView::applyFilter() {
    const QString keep = currentRevision();
    m_rows->setFilter(m_filterButton->isChecked() ? m_search->text() : QString());
    if (!keep.isEmpty()) {
        const int row = m_rows->viewRow(m_model->rowOf(keep), true);
        if (row >= 0)
            selectViewRow(row);
    }
    if (m_rows->isFiltered() && currentRevision().isEmpty() && m_rows->rowCount() > 0)
        selectViewRow(0);
    updateFilterStatus();
}

void GraphView::setFilterText(const QString& text) {
    m_search->setText(text);
    m_filterButton->setChecked(!text.isEmpty());
    applyFilter();
}

void GraphView::setCollapsed(bool collapsed) {
    const QString keep = currentRevision();
    if (m_collapseButton->isChecked() != collapsed)
        m_collapseButton->setChecked(collapsed); // comes back here through toggled
    m_rows->setCollapseThreshold(collapsed ? GraphRows::kDefaultCollapseThreshold : 0);
    if (!keep.isEmpty())
        selectRevision(keep);
}

void GraphView::updateFilterStatus() {
    if (!m_rows->isFiltered()) {
        m_filterStatus->clear();
        m_filterStatus->hide();
        return;
    }
    m_filterStatus->setText(tr("%1 of %n revision(s) shown · <a href=\"all\">Show all</a>", nullptr,
                               m_model->rowCount())
                                .arg(m_rows->rowCount()));
    m_filterStatus->show();
}

QMenu* GraphView::headsMenu() const {
    return m_headsMenu;
}

QString GraphView::currentRevision() const {
    return m_model->revisionAt(m_rows->sourceRow(m_table->currentIndex().row()));
}

void GraphView::selectViewRow(int row) {
    if (row < 0 || row >= m_rows->rowCount())
        return;
    m_table->setCurrentIndex(m_rows->index(row, GraphModel::RevisionColumn));
    m_table->selectRow(row);
    m_table->scrollTo(m_rows->index(row, 0), QAbstractItemView::PositionAtCenter);
}

bool GraphView::selectRevision(const QString& id) {
    const int source = m_model->rowOf(id);
    if (source < 0)
        return false;
    int row = m_rows->viewRow(source, true);
    if (row < 0 && m_rows->isFiltered()) { // hidden by the filter: show everything again
        setFilterText(QString());
        row = m_rows->viewRow(source, true);
    }
    if (row < 0)
        return false;
    selectViewRow(row);
    return true;
}

bool GraphView::goToEnvironmentHead(const QString& environment) {
    for (const EnvironmentEntry& e : m_model->environments())
        if (e.name == environment)
            for (const QString& head : e.status.heads)
                if (selectRevision(head))
                    return true;
    return false;
}

bool GraphView::findNext() {
    const int current = m_rows->sourceRow(m_table->currentIndex().row());
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

void GraphView::setZoom(int steps) {
    m_zoom = std::clamp(steps, kMinZoom, kMaxZoom);
    QFont font = m_table->font();
    font.setPointSize(m_basePointSize + m_zoom);
    m_table->setFont(font);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 10);
    m_table->viewport()->update();
}

int GraphView::rowHeight() const {
    return m_table->verticalHeader()->defaultSectionSize();
}

bool GraphView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta != 0)
                setZoom(m_zoom + (delta > 0 ? 1 : -1));
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) &&
            !(key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
            selectViewRow(key->key() == Qt::Key_Home ? 0 : m_rows->rowCount() - 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace strata
