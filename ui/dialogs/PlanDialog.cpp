#include "dialogs/PlanDialog.h"

#include "Project.h"
#include "common/SqlView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata {

PlanDialog::PlanDialog(const PlannedRun& request, const QStringList& checksumChanged, bool executes,
                       QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_steps(new QTreeWidget(this))
    , m_sql(new SqlView(this))
    , m_rows(new QLabel(this)) {
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
            m_warnings << tr("%1 is irreversible (no downgrade section): the run will stop there.")
                              .arg(r->id);
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
    m_steps->setHeaderLabels({tr("#"), tr("Revision"), tr("Action"), tr("Mode")});
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
    }
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->setWordWrap(true);
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sql, 1);
    rightLayout->addWidget(m_rows);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    connect(m_steps, &QTreeWidget::currentItemChanged, this,
            [this] { showStep(m_steps->indexOfTopLevelItem(m_steps->currentItem())); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run =
        buttons->addButton(executes ? tr("&Run") : tr("&Dry run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("planRun"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(warnings);
    layout->addWidget(splitter, 1);
    if (env.isProtected) {
        auto* prompt = new QLabel(
            tr("<b>%1 is protected.</b> Type its name to confirm:").arg(env.name.toHtmlEscaped()),
            this);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("planConfirm"));
        m_confirm->setPlaceholderText(env.name);
        m_refusal = new QLabel(this);
        m_refusal->setObjectName(QStringLiteral("planRefusal"));
        m_refusal->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_refusal->hide();
        layout->addWidget(prompt);
        layout->addWidget(m_confirm);
        layout->addWidget(m_refusal);
        connect(m_confirm, &QLineEdit::textChanged, this, &PlanDialog::updateRunButton);
    }
    layout->addWidget(buttons);
    updateRunButton();
    renderPythonSteps();
    if (m_steps->topLevelItemCount() > 0)
        m_steps->setCurrentItem(m_steps->topLevelItem(0));
    else
        showStep(-1);
    resize(980, 640);
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

void PlanDialog::updateRunButton() {
    m_run->setEnabled(confirmed() && !m_request.plan.isEmpty());
    if (m_refusal)
        m_refusal->hide();
}

void PlanDialog::reject() {
    cancelRendering();
    QDialog::reject();
}

void PlanDialog::accept() {
    if (!confirmed()) {
        if (m_refusal) {
            m_refusal->setText(tr("The name typed does not match '%1': nothing runs.")
                                   .arg(m_request.environment.name));
            m_refusal->show();
        }
        return;
    }
    if (m_request.plan.isEmpty())
        return;
    QDialog::accept();
}

} // namespace strata
