#include "dialogs/PlanDialog.h"

#include "Project.h"
#include "common/SqlHighlighterFactory.h"
#include "dialogs/PreFlightSummary.h"
#include "dialogs/PreFlightView.h"
#include "preflight/DestructiveEstimate.h"
#include "preflight/PlanScript.h"
#include "preflight/PreFlight.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace strata {

namespace {

PreFlightReport gathered(const PlannedRun& request) {
    return request.project ? PreFlight::gather(*request.project, request.environment, request.plan)
                           : PreFlightReport();
}

} // namespace

PlanDialog::PlanDialog(const PlannedRun& request, const QStringList& checksumChanged, bool executes,
                       QWidget* parent)
    : PlanDialog(request, gathered(request), checksumChanged, executes, parent) {}

PlanDialog::PlanDialog(const PlannedRun& request, PreFlightReport preflight,
                       const QStringList& checksumChanged, bool executes, QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_report(std::move(preflight))
    , m_steps(new QTreeWidget(this))
    , m_sql(SqlHighlighterFactory::createReadOnlyView(this))
    , m_rows(new QLabel(this))
    , m_summary(new PreFlightSummary(this))
    , m_preflight(new PreFlightView(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Plan: %1").arg(request.description));
    const Environment& env = request.environment;
    const RevisionGraph* graph = request.project ? &request.project->graph() : nullptr;

    auto* title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    const QString from = request.plan.initialHeads.isEmpty()
                             ? tr("(empty)")
                             : request.plan.initialHeads.join(QLatin1String(", "));
    const QString to = request.plan.resultingHeads.isEmpty()
                           ? tr("(empty)")
                           : request.plan.resultingHeads.join(QLatin1String(", "));
    title->setText(tr("<h3>%1</h3><span style=\"color:%2\">■</span> <b>%3</b> %4<br>"
                      "Version table: <code>%5</code> → <code>%6</code>, %n step(s)",
                      nullptr, int(request.plan.steps.size()))
                       .arg(request.description.toHtmlEscaped(), env.color,
                            env.name.toHtmlEscaped(), env.displayUrl().toHtmlEscaped(),
                            from.toHtmlEscaped(), to.toHtmlEscaped()));

    // Warnings.
    if (!executes)
        m_warnings << tr("Dry run: the steps are shown in the console, nothing is executed.");
    if (request.plan.isEmpty())
        m_warnings << tr("Nothing to do: the environment is already there.");
    for (const PlanStep& step : request.plan.steps) {
        const Revision* r = graph ? graph->revision(step.revision) : nullptr;
        if (!r)
            continue;
        if (!step.stamp && !step.isUpgrade() && !r->reversible())
            m_warnings
                << tr("%1 is irreversible (no downgrade section): the run is refused.").arg(r->id);
        if (!step.stamp && !r->transactional)
            m_warnings << tr("%1 is not transactional: its statements run one by one in "
                             "autocommit; a failure leaves the environment dirty.")
                              .arg(r->id);
        if (checksumChanged.contains(r->id))
            m_warnings << tr("%1 changed since it was applied here (checksum differs).").arg(r->id);
    }
    if (request.request.kind == RunRequest::Kind::Stamp)
        m_warnings << tr("Stamp: only the version table changes, no SQL of the revisions runs.");
    auto* warnings = new QLabel(this);
    warnings->setObjectName(QStringLiteral("planWarnings"));
    warnings->setWordWrap(true);
    warnings->setTextFormat(Qt::RichText);
    warnings->setVisible(!m_warnings.isEmpty());
    QStringList items;
    for (const QString& w : m_warnings)
        items << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    warnings->setText(items.join(QLatin1String("<br>")));
    warnings->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(249,168,37,0.18); border: 1px solid rgba(249,168,37,0.7);"
        " border-radius: 4px; padding: 6px; }"));

    // Steps and their SQL.
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("#"), tr("Revision"), tr("Action"), tr("Mode"), tr("Pre-flight")});
    int index = 0;
    for (const PlanStep& step : request.plan.steps) {
        const QString action =
            step.stamp ? tr("stamp") : (step.isUpgrade() ? tr("upgrade") : tr("downgrade"));
        const Revision* r = graph ? graph->revision(step.revision) : nullptr;
        const QString mode = step.stamp
                                 ? tr("rows only")
                                 : (r && !r->transactional ? tr("autocommit") : tr("transaction"));
        auto* item =
            new QTreeWidgetItem(m_steps, {QString::number(++index), step.revision, action, mode});
        item->setToolTip(1, (r ? r->message + QLatin1Char('\n') : QString()) + step.rowsText());
        if (index - 1 < m_report.steps.size()) {
            const PreFlightStep& pre = m_report.steps.at(index - 1);
            item->setText(4, PreFlightView::stepBadge(pre));
            item->setToolTip(4, pre.broken() ? pre.problems.constFirst().toString()
                                             : PreFlightView::stepBadge(pre));
            if (pre.broken() || pre.count(LintLevel::Error) > 0 || !pre.destructive.isEmpty())
                item->setForeground(4, QColor(QStringLiteral("#c62828")));
            else if (pre.count(LintLevel::Warning) > 0)
                item->setForeground(4, QColor(QStringLiteral("#b26a00")));
        }
    }
    // Columns as wide as their contents; the list as wide as its columns (up to half the dialog).
    int columns = 0;
    for (int c = 0; c < m_steps->columnCount(); ++c) {
        m_steps->resizeColumnToContents(c);
        columns += m_steps->columnWidth(c);
    }
    m_steps->header()->setStretchLastSection(true);
    const int listWidth = std::clamp(columns + 2 * m_steps->frameWidth() + 24, 360, 580);
    m_rows->setWordWrap(true);
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* sqlPane = new QWidget(this);
    auto* sqlLayout = new QVBoxLayout(sqlPane);
    sqlLayout->setContentsMargins(0, 0, 0, 0);
    sqlLayout->addWidget(m_sql, 1);
    sqlLayout->addWidget(m_rows);
    m_preflight->setReport(m_report);
    m_summary->setReport(m_report, request.drift);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("planRightSplitter"));
    right->addWidget(sqlPane);
    right->addWidget(m_preflight);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({listWidth, 1160 - listWidth});
    connect(m_steps, &QTreeWidget::currentItemChanged, this,
            [this] { showStep(m_steps->indexOfTopLevelItem(m_steps->currentItem())); });

    m_export = new QPushButton(tr("&Export as SQL…"), this);
    m_export->setObjectName(QStringLiteral("planExport"));
    m_export->setToolTip(tr("Save the plan's SQL as `strata upgrade --sql` writes it"));
    m_export->setEnabled(request.project && !request.plan.isEmpty());
    m_copy = new QPushButton(tr("&Copy step SQL"), this);
    m_copy->setObjectName(QStringLiteral("planCopy"));
    m_copy->setToolTip(tr("Copy the selected step's SQL to the clipboard"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run =
        buttons->addButton(executes ? tr("&Run") : tr("&Dry run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("planRun"));
    // Run is the default: Enter runs once everything is confirmed (never Cancel by surprise).
    for (QPushButton* push : {m_export, m_copy, m_run, buttons->button(QDialogButtonBox::Cancel)})
        push->setAutoDefault(false);
    m_run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &PlanDialog::chooseExport);
    connect(m_copy, &QPushButton::clicked, this, &PlanDialog::copyStepSql);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(warnings);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    if (env.isProtected)
        layout->addWidget(confirmationBox(env));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_export);
    bottom->addWidget(m_copy);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    updateRunButton();
    renderPythonSteps();
    readEstimates();
    if (m_steps->topLevelItemCount() > 0)
        m_steps->setCurrentItem(m_steps->topLevelItem(0));
    else
        showStep(-1);
    if (m_confirm)
        m_confirm->setFocus();
    resize(1180, 740); // fits a 1280x800 screen with its frame; the parts scroll
}

QWidget* PlanDialog::confirmationBox(const Environment& env) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const int errors = m_report.errorFindings();
    if (errors > 0) {
        m_acknowledge =
            new QCheckBox(tr("I have read the %n error finding(s)", nullptr, errors), box);
        m_acknowledge->setObjectName(QStringLiteral("planAcknowledge"));
        m_acknowledge->setStyleSheet(
            QStringLiteral("QCheckBox { color: #c62828; font-weight: bold; }"));
        layout->addWidget(m_acknowledge);
        connect(m_acknowledge, &QCheckBox::toggled, this, &PlanDialog::updateRunButton);
    }
    auto* prompt = new QLabel(
        tr("<b>%1 is protected.</b> Type its name to confirm:").arg(env.name.toHtmlEscaped()), box);
    m_confirm = new QLineEdit(box);
    m_confirm->setObjectName(QStringLiteral("planConfirm"));
    m_confirm->setPlaceholderText(env.name);
    m_refusal = new QLabel(box);
    m_refusal->setObjectName(QStringLiteral("planRefusal"));
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_refusal->hide();
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(m_refusal);
    connect(m_confirm, &QLineEdit::textChanged, this, &PlanDialog::updateRunButton);
    // Enter while Run is disabled says what is missing (when it is enabled, the default
    // button Run takes the Enter).
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (!m_run->isEnabled())
            accept();
    });
    return box;
}

void PlanDialog::selectStep(int index) {
    if (index >= 0 && index < m_steps->topLevelItemCount())
        m_steps->setCurrentItem(m_steps->topLevelItem(index));
}

void PlanDialog::readEstimates() {
    if (!m_request.project || !m_report.hasDestructive())
        return;
    m_estimating = true;
    m_summary->setEstimating(true);
    m_estimates = async(
        this,
        [env = m_request.environment, report = m_report](const CancelToken& token) {
            auto stop = std::make_shared<std::atomic<bool>>(false);
            token.onCancel([stop] { stop->store(true); });
            return DestructiveEstimate::read(env, report, stop.get());
        },
        [this](const PreFlightReport& report) {
            m_estimating = false;
            m_report = report;
            m_summary->setEstimating(false);
            m_summary->setReport(m_report, m_request.drift);
            m_preflight->setReport(m_report);
            Q_EMIT estimatesReady();
        });
}

void PlanDialog::chooseExport() {
    const QString suggested =
        QDir(m_request.project->config().projectDir())
            .filePath(QStringLiteral("%1-%2.sql")
                          .arg(m_request.environment.name,
                               m_request.request.kind == RunRequest::Kind::Downgrade
                                   ? QStringLiteral("downgrade")
                               : m_request.request.kind == RunRequest::Kind::Stamp
                                   ? QStringLiteral("stamp")
                                   : QStringLiteral("upgrade")));
    const QString path = m_chooseExportPath
                             ? m_chooseExportPath()
                             : QFileDialog::getSaveFileName(this, tr("Export the plan as SQL"),
                                                            suggested, tr("SQL files (*.sql)"));
    if (!path.isEmpty())
        exportSql(path);
}

void PlanDialog::exportSql(const QString& path) {
    if (!m_request.project || m_exporting.isRunning())
        return;
    m_export->setEnabled(false);
    m_status->setText(tr("Rendering the plan's SQL…"));
    m_status->show();
    m_exporting = async(
        this,
        [project = m_request.project, plan = m_request.plan, request = m_request.request,
         path](const CancelToken& token) -> Result<void> {
            auto stop = std::make_shared<std::atomic<bool>>(false);
            token.onCancel([stop] { stop->store(true); });
            QString sql;
            STRATA_TRY_ASSIGN(sql, PlanScript::render(*project, plan, request, stop.get()));
            return PlanScript::write(path, sql);
        },
        [this, path](const Result<void>& written) {
            m_export->setEnabled(true);
            const QString message =
                written ? tr("Saved the plan's SQL to %1").arg(path) : written.error().toString();
            m_status->setStyleSheet(written ? QString() : QStringLiteral("color: #c62828;"));
            m_status->setText(message);
            Q_EMIT exportFinished(written.ok(), message);
        });
}

void PlanDialog::copyStepSql() {
    const int index = m_steps->indexOfTopLevelItem(m_steps->currentItem());
    if (index < 0)
        return;
    QGuiApplication::clipboard()->setText(stepSql(index));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Copied the SQL of step %1 (%2) to the clipboard.")
                          .arg(index + 1)
                          .arg(m_request.plan.steps.at(index).revision));
    m_status->show();
}

int PlanDialog::stepCount() const {
    return m_steps->topLevelItemCount();
}

bool PlanDialog::isPythonStep(int index) const {
    if (index < 0 || index >= int(m_request.plan.steps.size()) || !m_request.project)
        return false;
    const PlanStep& step = m_request.plan.steps[index];
    const Revision* r = m_request.project->graph().revision(step.revision);
    return r && !step.stamp && r->source == Revision::Source::AlembicPython;
}

void PlanDialog::renderPythonSteps() {
    if (!m_request.project || !PythonStepSql::needed(m_request.project->graph(), m_request.plan))
        return;
    m_rendering = true;
    m_render = async(
        this,
        [project = m_request.project, plan = m_request.plan,
         request = m_request.request](const CancelToken& token) {
            auto stop = std::make_shared<std::atomic<bool>>(false);
            token.onCancel([stop] { stop->store(true); });
            return PythonStepSql::render(project->graph(), project->config(), plan, request,
                                         PythonStepSql::Mode::Preview, stop.get());
        },
        [this](const Result<PythonStepSql::Entries>& rendered) {
            m_rendering = false;
            if (rendered)
                m_python = rendered.value();
            else
                m_pythonError = rendered.error().toString();
            showStep(m_steps->indexOfTopLevelItem(m_steps->currentItem()));
            Q_EMIT pythonSqlReady();
        });
}

void PlanDialog::cancelRendering() {
    if (!m_rendering)
        return;
    m_render.cancel();
    m_rendering = false;
    m_pythonError = tr("rendering cancelled");
    showStep(m_steps->indexOfTopLevelItem(m_steps->currentItem()));
}

QString PlanDialog::stepSql(int index) const {
    if (index < 0 || index >= int(m_request.plan.steps.size()) || !m_request.project)
        return {};
    const PlanStep& step = m_request.plan.steps[index];
    const Revision* r = m_request.project->graph().revision(step.revision);
    if (!r || step.stamp)
        return {};
    if (isPythonStep(index)) {
        if (const auto it = m_python.constFind(index); it != m_python.constEnd())
            return PythonStepSql::previewText(*it);
        if (m_rendering)
            return tr("-- %1: rendering its SQL with Alembic's offline mode…").arg(r->id);
        return QStringLiteral("-- ") + tr("SQL unknown: %1").arg(m_pythonError) + QLatin1Char('\n');
    }
    return step.isUpgrade() ? r->upgrade.sql : r->downgrade.sql;
}

void PlanDialog::showStep(int index) {
    m_preflight->showStep(index);
    m_copy->setEnabled(index >= 0 && index < int(m_request.plan.steps.size()) &&
                       !m_request.plan.steps.at(index).stamp);
    if (index < 0 || index >= int(m_request.plan.steps.size())) {
        m_sql->setSql(QString());
        m_rows->clear();
        return;
    }
    const PlanStep& step = m_request.plan.steps[index];
    const Revision* r =
        m_request.project ? m_request.project->graph().revision(step.revision) : nullptr;
    if (step.stamp)
        m_sql->setSql(tr("-- stamp: no SQL runs"));
    else if (r && !step.isUpgrade() && !r->downgrade.present)
        m_sql->setSql(tr("-- %1 has no downgrade section: irreversible").arg(step.revision));
    else if (isPythonStep(index))
        m_sql->setSql(stepSql(index));
    else if (r)
        m_sql->setSql(stepSql(index), std::max(1, step.isUpgrade() ? r->upgrade.firstLine
                                                                   : r->downgrade.firstLine));
    QStringList ops;
    for (const VersionRowOp& op : step.rows) {
        switch (op.kind) {
        case VersionRowOp::Kind::Insert:
            ops << QStringLiteral("INSERT INTO %1 VALUES ('%2')")
                       .arg(m_request.project->config().versionTable(), op.to);
            break;
        case VersionRowOp::Kind::Delete:
            ops << QStringLiteral("DELETE FROM %1 WHERE version_num = '%2'")
                       .arg(m_request.project->config().versionTable(), op.from);
            break;
        case VersionRowOp::Kind::Update:
            ops << QStringLiteral("UPDATE %1 SET version_num = '%2' WHERE version_num = '%3'")
                       .arg(m_request.project->config().versionTable(), op.to, op.from);
            break;
        }
    }
    m_rows->setText(
        tr("Version table: %1\nHeads after this step: %2")
            .arg(ops.join(QLatin1String("; ")), step.headsAfter.isEmpty()
                                                    ? tr("(none)")
                                                    : step.headsAfter.join(QLatin1String(", "))));
}

bool PlanDialog::confirmed() const {
    return !m_request.environment.isProtected ||
           (m_confirm && m_confirm->text() == m_request.environment.name);
}

bool PlanDialog::acknowledged() const {
    return !m_acknowledge || m_acknowledge->isChecked();
}

// Why Run is refused now (empty: it may run).
QString PlanDialog::refusal() const {
    if (m_request.plan.isEmpty())
        return tr("Nothing to do.");
    if (const QString blocked = m_report.blockReason(); !blocked.isEmpty())
        return tr("Run is refused: %1").arg(blocked);
    if (!confirmed())
        return m_confirm && !m_confirm->text().isEmpty()
                   ? tr("The name typed does not match '%1': nothing runs.")
                         .arg(m_request.environment.name)
                   : tr("Type '%1' to confirm: nothing runs.").arg(m_request.environment.name);
    if (!acknowledged())
        return tr("Tick \"%1\" first: nothing runs.").arg(m_acknowledge->text());
    return {};
}

void PlanDialog::updateRunButton() {
    m_run->setEnabled(refusal().isEmpty());
    if (!m_report.blockReason().isEmpty())
        m_run->setToolTip(m_report.blockReason());
    if (m_refusal)
        m_refusal->hide();
}

void PlanDialog::reject() {
    cancelRendering();
    m_estimates.cancel();
    m_exporting.cancel();
    QDialog::reject();
}

void PlanDialog::accept() {
    const QString why = refusal();
    if (!why.isEmpty()) {
        QLabel* where = m_refusal ? m_refusal : m_status;
        where->setText(why);
        where->setStyleSheet(QStringLiteral("color: #c62828;"));
        where->show();
        return;
    }
    QDialog::accept();
}

} // namespace strata
