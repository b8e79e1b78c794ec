#include "run/RunConsole.h"

#include "common/SqlHighlighterFactory.h"

#include "history/HistoryFormat.h"
#include "run/RunLogModel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextStream>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace strata {

namespace {

QString firstLine(const QString& statement, int max = 80) {
    QString s = statement.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QStringLiteral("…");
    return s;
}

} // namespace

RunConsole::RunConsole(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(tr("No run yet."), this))
    , m_progress(new QProgressBar(this))
    , m_statementProgress(new QProgressBar(this))
    , m_cancel(
          new QPushButton(QIcon(QStringLiteral(":/strata/icons/cancel.svg")), tr("Cancel"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_save(
          new QPushButton(QIcon(QStringLiteral(":/strata/icons/save.svg")), tr("Save log…"), this))
    , m_model(new RunLogModel(this))
    , m_view(new QTreeView(this))
    , m_copy(new QAction(tr("&Copy"), m_view))
    , m_statement(SqlHighlighterFactory::createReadOnlyView(this)) {
    m_view->setObjectName(QStringLiteral("runLog"));
    m_view->setModel(m_model);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideMiddle); // long SQL loses its middle, not the duration
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setExpandsOnDoubleClick(false); // double-click opens the revision
    m_view->viewport()->installEventFilter(this);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    for (int c = 0; c < RunLogModel::ColumnCount; ++c)
        header->setSectionResizeMode(
            c, c == RunLogModel::StatementColumn ? QHeaderView::Stretch : QHeaderView::Interactive);
    fitColumns();

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* clearAction = new QAction(tr("C&lear"), m_view);
    m_view->addAction(m_copy);
    m_view->addAction(clearAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_progress->setFormat(tr("%v / %m revisions"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
    m_progress->setMaximumWidth(260);
    m_statementProgress->setFormat(tr("index build %p%"));
    m_statementProgress->setMaximumWidth(180);
    m_statementProgress->hide();
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Cancel the run (Ctrl+.)"));
    m_clear->setToolTip(tr("Remove the finished runs from the console"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(0);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_statementProgress);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_clear);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    // The selected statement, whole and highlighted, under the log (the log elides long SQL).
    m_statement->setObjectName(QStringLiteral("runStatement"));
    m_statement->setPlaceholderText(tr("Select a statement to see it whole."));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_statement);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    layout->addWidget(split, 1);

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, m_model, &RunLogModel::tick);
    connect(m_cancel, &QPushButton::clicked, this, &RunConsole::cancelRequested);
    connect(m_clear, &QPushButton::clicked, this, &RunConsole::clear);
    connect(clearAction, &QAction::triggered, this, &RunConsole::clear);
    connect(m_save, &QPushButton::clicked, this, &RunConsole::saveLogAs);
    connect(m_copy, &QAction::triggered, this, &RunConsole::copySelection);
    connect(m_view, &QTreeView::activated, this, &RunConsole::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showStatement(current); });
    connect(m_model, &RunLogModel::entryAdded, this, &RunConsole::entryAdded);
    connect(m_model, &RunLogModel::rowsInserted, this, &RunConsole::rowsAdded);
}

void RunConsole::showStatement(const QModelIndex& index) {
    const RunLine* line = m_model->lineAt(index);
    if (!line || line->statement.isEmpty()) {
        if (m_statementShown.isValid() && m_statementShown.parent() == index.parent())
            return; // a detail row of the same run keeps the statement shown
        m_statement->setSql(QString());
        m_statementShown = QPersistentModelIndex();
        return;
    }
    m_statementShown = index;
    m_statement->setSql(line->statement, std::max(1, line->statementLine));
    m_statement->markPosition(line->errorPosition);
}

QString RunConsole::shownStatement() const {
    return m_statement->sql();
}

bool RunConsole::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RunConsole::fitColumns() {
    // Fixed room for the time, line and duration; the revision and status take a share of the
    // width; the statement the rest (elided in its middle).
    const QFontMetrics fm(m_view->font());
    const int ch = fm.horizontalAdvance(QLatin1Char('0'));
    const int pad = 2 * ch;
    const int width = std::max(m_view->viewport()->width(), 400);
    QHeaderView* header = m_view->header();
    header->resizeSection(RunLogModel::TimeColumn,
                          fm.horizontalAdvance(QStringLiteral("00:00:00")) +
                              2 * m_view->indentation() + pad);
    header->resizeSection(RunLogModel::LineColumn,
                          fm.horizontalAdvance(QStringLiteral("9999")) + pad);
    header->resizeSection(RunLogModel::DurationColumn,
                          fm.horizontalAdvance(QStringLiteral("999.99 s")) + pad);
    header->resizeSection(RunLogModel::RevisionColumn,
                          std::clamp(width * 16 / 100, 8 * ch, 28 * ch));
    header->resizeSection(RunLogModel::StatusColumn,
                          std::clamp(width * 28 / 100, 10 * ch, 48 * ch));
}

void RunConsole::entryAdded(int row) {
    // The newest entry open, the older ones collapsed.
    for (int r = 0; r < m_model->entryCount(); ++r)
        m_view->setExpanded(m_model->entryIndex(r), r == row);
}

void RunConsole::rowsAdded(const QModelIndex& parent, int first, int last) {
    if (!parent.isValid())
        return;
    for (int r = first; r <= last; ++r)
        if (m_model->index(r, 0, parent).data(RunLogModel::SpannedRole).toBool())
            m_view->setFirstColumnSpanned(r, parent, true);
    if (!m_view->selectionModel()->selectedRows().isEmpty())
        return; // reading: the selection and its statement stay
    if (m_view->isExpanded(parent) && parent.row() == m_model->entryCount() - 1)
        m_view->scrollTo(m_model->index(last, 0, parent)); // follows the run
    // A run that fails shows its failing statement at once, the error position marked.
    for (int r = first; r <= last; ++r) {
        const QModelIndex index = m_model->index(r, 0, parent);
        const RunLine* line = m_model->lineAt(index);
        if (line && line->failed && line->kind == RunLine::Kind::Message &&
            !line->statement.isEmpty()) {
            showStatement(index);
            break;
        }
    }
}

void RunConsole::activated(const QModelIndex& index) {
    const QModelIndex first = index.siblingAtColumn(0);
    if (!first.parent().isValid())
        return; // an entry's header: expands and collapses
    const QString revision = first.data(RunLogModel::RevisionRole).toString();
    const int line = first.data(RunLogModel::LineRole).toInt();
    if (!revision.isEmpty() && line > 0)
        emit openRevisionAt(revision, line);
}

void RunConsole::runStarted(const QString& description, const QString& environment) {
    m_model->runStarted(description, environment);
    m_stepsDone = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->show();
    m_statementProgress->hide();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running: %1").arg(description));
    m_tick.start();
}

void RunConsole::addEvent(const RunEvent& e) {
    m_model->addEvent(e);
    if (!m_tick.isActive() && m_model->hasRunningStatement())
        m_tick.start(); // a run shown without runStarted()
    switch (e.kind) {
    case RunEvent::Kind::RunStarted:
        m_progress->setRange(0, std::max(1, e.stepCount));
        m_progress->setValue(0);
        break;
    case RunEvent::Kind::StepStarted:
        if (e.stepCount > 0)
            m_progress->setRange(0, e.stepCount);
        m_status->setText(tr("%1 %2 (%3 of %4)")
                              .arg(HistoryFormat::direction(e.direction), e.revision)
                              .arg(e.stepIndex)
                              .arg(e.stepCount));
        break;
    case RunEvent::Kind::StatementStarted:
        m_status->setText(e.line > 0 ? tr("line %1: %2").arg(e.line).arg(firstLine(e.statement))
                                     : firstLine(e.statement));
        break;
    case RunEvent::Kind::StatementFinished:
        m_statementProgress->hide();
        break;
    case RunEvent::Kind::Progress:
        if (e.progress >= 0) {
            m_statementProgress->show();
            m_statementProgress->setRange(0, 100);
            m_statementProgress->setValue(int(e.progress * 100));
            if (!e.message.isEmpty())
                m_statementProgress->setFormat(e.message + QStringLiteral(" %p%"));
        }
        break;
    case RunEvent::Kind::StepFinished:
        m_progress->setValue(++m_stepsDone);
        break;
    case RunEvent::Kind::RunFinished:
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Finished."));
        break;
    case RunEvent::Kind::RunFailed:
        m_status->setText(tr("Failed."));
        break;
    case RunEvent::Kind::RunCancelled:
        m_status->setText(tr("Cancelled."));
        break;
    default:
        break;
    }
}

void RunConsole::runEnded(bool succeeded) {
    m_model->runEnded(succeeded);
    m_tick.stop();
    m_cancel->setEnabled(false);
    m_statementProgress->hide();
}

void RunConsole::showReport(const QString& heading, const QStringList& lines, bool succeeded) {
    m_model->addReport(heading, tr("sandbox"), lines, succeeded);
    if (!m_cancel->isEnabled()) // a run under way keeps the status line
        m_status->setText(succeeded ? tr("%1: succeeded.").arg(heading)
                                    : tr("%1: failed.").arg(heading));
}

QStringList RunConsole::lines() const {
    return m_model->lines();
}

QString RunConsole::selectedText() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    // In the order shown: by entry, its header first, then its rows.
    const auto key = [](const QModelIndex& i) {
        return i.parent().isValid() ? std::pair(i.parent().row(), i.row()) : std::pair(i.row(), -1);
    };
    std::sort(rows.begin(), rows.end(),
              [&](const QModelIndex& a, const QModelIndex& b) { return key(a) < key(b); });
    QStringList text;
    for (const QModelIndex& row : rows)
        text << m_model->plainText(row);
    return text.join(QLatin1Char('\n'));
}

void RunConsole::copySelection() const {
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void RunConsole::clear() {
    m_model->clear();
    // The run under way (if any) keeps its spans and stays open.
    for (int r = 0; r < m_model->entryCount(); ++r) {
        const QModelIndex entry = m_model->entryIndex(r);
        m_view->setExpanded(entry, true);
        rowsAdded(entry, 0, m_model->rowCount(entry) - 1);
    }
    if (!m_statementShown.isValid()) // its run was cleared away
        showStatement({});
    if (m_model->entryCount() == 0 && !m_cancel->isEnabled())
        m_status->setText(tr("No run yet."));
}

bool RunConsole::saveLog(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    for (const QString& line : lines())
        out << line << '\n';
    return true;
}

void RunConsole::saveLogAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save run log"), QStringLiteral("strata-run.log"), tr("Log files (*.log *.txt)"));
    if (!path.isEmpty())
        saveLog(path);
}

} // namespace strata
