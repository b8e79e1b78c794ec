#include "history/HistoryView.h"

#include "common/SqlHighlighterFactory.h"

#include "Project.h"
#include "environments/EnvironmentEntry.h"
#include "environments/EnvironmentStore.h"
#include "history/HistoryExporter.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryModel.h"
#include "history/HistoryPager.h"
#include "history/HistorySource.h"
#include "session/ProjectSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace strata {

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_pager(new HistoryPager(this))
    , m_exporter(new HistoryExporter(this))
    , m_bar(new HistoryFilterBar(this))
    , m_title(new QLabel(tr("Select an environment to see its history."), this))
    , m_loaded(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_table(new QTableView(this))
    , m_statement(SqlHighlighterFactory::createReadOnlyView(this)) {
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_loaded->setObjectName(QStringLiteral("historyLoaded"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_export->setToolTip(tr("Write every row the filter shows to a CSV file"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(HistoryModel::Environment, true);
    m_bar->setEnabled(false);
    m_export->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_loaded);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    // The selected failed row's statement, highlighted, its error position marked.
    m_statement->setObjectName(QStringLiteral("historyStatement"));
    m_statement->setPlaceholderText(tr("Select a failed row to see its failing statement."));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_statement);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showStatement(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showStatement(-1); });
    connect(m_bar, &HistoryFilterBar::environmentChanged, this, &HistoryView::reload);
    connect(m_bar, &HistoryFilterBar::filterChanged, this, &HistoryView::reload);
    connect(m_pager, &HistoryPager::stateChanged, this, &HistoryView::updateTitle);
    connect(m_export, &QPushButton::clicked, this, &HistoryView::chooseExportFile);
    connect(m_exporter, &HistoryExporter::finished, this,
            [this](const QString& path, qint64 rows, const QString& error) {
                m_export->setEnabled(m_session != nullptr);
                m_loaded->setText(error.isEmpty() ? tr("%Ln row(s) exported to %1", nullptr, rows)
                                                        .arg(QDir::toNativeSeparators(path))
                                                  : tr("Export failed: %1").arg(error));
                emit exported(path, rows, error);
            });
}

HistoryView::~HistoryView() = default;

void HistoryView::showStatement(int row) {
    const HistoryRow* r = row >= 0 ? m_model->row(row) : nullptr;
    if (!r || r->errorStatement.isEmpty()) {
        m_statement->setSql(QString());
        return;
    }
    m_statement->setSql(r->errorStatement,
                        std::max(1, ReadOnlyCodeView::firstLineOf(r->errorStatement, r->errorLine,
                                                                  r->errorPosition)));
    m_statement->markPosition(r->errorPosition);
}

QString HistoryView::shownStatement() const {
    return m_statement->sql();
}

void HistoryView::setSession(ProjectSession* session) {
    m_session = session;
    m_model->setPager(session ? m_pager : nullptr);
    m_bar->setEnabled(session != nullptr);
    m_export->setEnabled(session != nullptr);
    if (session) {
        connect(session, &ProjectSession::opened, this, [this] {
            m_signature.clear();
            m_pager->clear();
            fillEnvironments(); // setEntry() follows with the current environment
        });
        fillEnvironments();
    }
}

void HistoryView::fillEnvironments() {
    QList<QPair<QString, QString>> environments;
    if (m_session)
        for (const EnvironmentEntry& entry : m_session->store()->entries())
            environments.append({entry.name, entry.color});
    const QSignalBlocker block(m_bar);
    m_bar->setEnvironments(environments);
}

void HistoryView::setEntry(const EnvironmentEntry& entry) {
    if (!m_session) { // the rows read with the status
        const EnvironmentStatus& status = entry.status;
        m_model->setRows(entry.name, status.history);
        if (!entry.loaded)
            m_fallbackTitle = tr("History of %1: reading…").arg(entry.name);
        else if (!status.reachable)
            m_fallbackTitle =
                tr("History of %1: unreachable (%2)").arg(entry.name, status.error.message);
        else if (status.historyError)
            m_fallbackTitle = tr("History of %1: cannot be read (%2)")
                                  .arg(entry.name, status.historyError->message);
        else
            m_fallbackTitle =
                tr("History of %1: %Ln row(s)", nullptr, status.history.size()).arg(entry.name);
        m_title->setText(m_fallbackTitle);
        m_table->resizeColumnsToContents();
        return;
    }
    if (m_bar->environmentBox()->findData(entry.name) < 0)
        fillEnvironments();
    if (!m_bar->allEnvironments() && m_bar->environment() != entry.name) {
        const QSignalBlocker block(m_bar);
        m_bar->setEnvironment(entry.name);
    }
    if (signature() != m_signature)
        reload();
}

QString HistoryView::environment() const {
    return m_session ? m_bar->environment() : m_model->environment();
}

QLineEdit* HistoryView::filterBox() const {
    return m_bar->textEdit();
}

QList<HistorySource> HistoryView::sources() const {
    if (!m_session || !m_session->project())
        return {};
    if (m_bar->allEnvironments())
        return HistorySource::all(*m_session);
    const HistorySource one = HistorySource::named(*m_session, m_bar->environment());
    return one.name.isEmpty() ? QList<HistorySource>() : QList<HistorySource>{one};
}

HistoryFilter HistoryView::currentFilter() const {
    HistoryFilter filter = m_bar->filter();
    if (!filter.text.isEmpty() && m_session && m_session->project())
        for (const Revision& revision : m_session->project()->graph().revisions())
            if (revision.message.contains(filter.text, Qt::CaseInsensitive))
                filter.revisions << revision.id;
    return filter;
}

// What decides the rows of the chosen environments: a new run (the newest row), a typed
// password or a server that came back (reachable) reads them again.
QString HistoryView::signature() const {
    QStringList parts{m_bar->environment()};
    if (m_session)
        for (const EnvironmentEntry& entry : m_session->store()->entries()) {
            if (!m_bar->allEnvironments() && entry.name != m_bar->environment())
                continue;
            parts << QStringLiteral("%1:%2:%3:%4")
                         .arg(entry.name)
                         .arg(entry.loaded)
                         .arg(entry.status.reachable)
                         .arg(entry.status.lastRun ? entry.status.lastRun->id : 0);
        }
    return parts.join(QLatin1Char('|'));
}

void HistoryView::reload() {
    if (!m_session)
        return;
    m_signature = signature();
    const QList<HistorySource> chosen = sources();
    m_table->setColumnHidden(HistoryModel::Environment, !m_bar->allEnvironments());
    m_pager->start(chosen, currentFilter());
}

qint64 HistoryView::total() const {
    return m_session ? m_pager->total() : m_model->rowCount();
}

bool HistoryView::isLoading() const {
    return m_session && m_pager->isBusy();
}

QString HistoryView::title() const {
    return m_title->text();
}

void HistoryView::updateTitle() {
    const QString whose = m_bar->allEnvironments() ? tr("all environments") : m_bar->environment();
    const QStringList errors = m_pager->errors();
    const qint64 total = m_pager->total();
    QString text;
    if (m_pager->sources().isEmpty())
        text = tr("Select an environment to see its history.");
    else if (m_pager->sources().size() == 1 && !errors.isEmpty())
        text = tr("History of %1: cannot be read (%2)")
                   .arg(whose, m_pager->errors().constFirst().section(QStringLiteral(": "), 1));
    else if (total < 0)
        text = tr("History of %1: reading…").arg(whose);
    else if (m_bar->filter().isEmpty())
        text = tr("History of %1: %Ln row(s)", nullptr, total).arg(whose);
    else
        text = tr("History of %1: %Ln matching row(s)", nullptr, total).arg(whose);
    if (m_pager->sources().size() > 1 && !errors.isEmpty())
        text += QLatin1Char(' ') + tr("(not read: %1)").arg(errors.join(QStringLiteral("; ")));
    m_title->setText(text);
    m_title->setToolTip(errors.join(QLatin1Char('\n')));
    const qint64 shown = m_model->rowCount();
    m_loaded->setText(total > shown ? tr("%1 shown; scroll for more").arg(QLocale().toString(shown))
                                    : QString());
    if (shown > 0 && shown <= m_pager->pageSize() * m_pager->sources().size())
        fitColumns();
}

// Columns fit the first page; the revision column fits every revision of the project, so
// older rows further down are not elided either.
void HistoryView::fitColumns() {
    m_table->resizeColumnsToContents();
    if (!m_session || !m_session->project())
        return;
    int widest = 0;
    for (const Revision& revision : m_session->project()->graph().revisions())
        widest = qMax(widest, m_table->fontMetrics().horizontalAdvance(revision.id));
    const int wanted = widest + 16;
    if (m_table->columnWidth(HistoryModel::Revision) < wanted)
        m_table->setColumnWidth(HistoryModel::Revision, wanted);
}

void HistoryView::exportCsv(const QString& path) {
    if (!m_session || m_exporter->isRunning())
        return;
    m_export->setEnabled(false);
    m_loaded->setText(tr("Exporting…"));
    m_exporter->start(sources(), currentFilter(), path);
}

void HistoryView::chooseExportFile() {
    const QString name = m_bar->allEnvironments() ? QStringLiteral("all") : m_bar->environment();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"),
        QDir::home().filePath(QStringLiteral("history-%1.csv").arg(name)),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace strata
