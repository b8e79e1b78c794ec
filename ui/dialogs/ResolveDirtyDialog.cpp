#include "dialogs/ResolveDirtyDialog.h"

#include "Project.h"
#include "common/SqlHighlighterFactory.h"
#include "dialogs/ProtectedConfirmation.h"
#include "history/HistoryFormat.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace strata {

namespace {

QString when(const QDateTime& time) {
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : ResolveDirtyDialog::tr("unknown");
}

QLabel* selectable(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ResolveDirtyDialog::ResolveDirtyDialog(std::shared_ptr<const Project> project,
                                       const Environment& environment, const HistoryRow& dirty,
                                       QWidget* parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_environment(environment)
    , m_dirty(dirty) {
    setWindowTitle(tr("Resolve %1").arg(environment.name));
    setObjectName(QStringLiteral("resolveDirtyDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("<b>%1 is dirty:</b> the <code>Transactional: no</code> revision %2 failed part way "
           "(%3), and every run on %1 is refused until this is resolved.")
            .arg(environment.name.toHtmlEscaped(), dirty.revision.toHtmlEscaped(),
                 HistoryFormat::direction(dirty.direction).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(failureBox(dirty));

    auto* choices = new QGroupBox(tr("What was done about it?"), this);
    auto* choiceLayout = new QVBoxLayout(choices);
    m_choices = new QButtonGroup(this);
    const struct {
        ResolveAction action;
        QString text;
        QString help;
    } options[] = {
        {ResolveAction::Retry, tr("&Retry"),
         tr("The cause is fixed: run the failed step again (its statements from the start).")},
        {ResolveAction::MarkApplied, tr("Mark &applied"),
         tr("It was finished by hand: record %1 as applied, nothing runs.").arg(dirty.revision)},
        {ResolveAction::MarkRolledBack, tr("Mark rolled &back"),
         tr("It was undone by hand: the version stays where it is, nothing runs.")},
    };
    for (const auto& option : options) {
        auto* button = new QRadioButton(option.text, choices);
        button->setObjectName(QStringLiteral("resolveChoice%1").arg(int(option.action)));
        button->setToolTip(option.help);
        auto* help = new QLabel(option.help, choices);
        help->setWordWrap(true);
        help->setIndent(24);
        help->setForegroundRole(QPalette::PlaceholderText);
        m_choices->addButton(button, int(option.action));
        choiceLayout->addWidget(button);
        choiceLayout->addWidget(help);
    }
    layout->addWidget(choices);

    if (environment.isProtected) {
        m_confirm = new ProtectedConfirmation(environment.name, this);
        layout->addWidget(m_confirm);
        connect(m_confirm, &ProtectedConfirmation::changed, this,
                &ResolveDirtyDialog::updateButtons);
        // Enter while Resolve is disabled says what is missing (when it is enabled, the
        // default button takes the Enter).
        connect(m_confirm, &ProtectedConfirmation::submitted, this, [this] {
            if (!m_resolve->isEnabled())
                accept();
        });
    }

    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resolveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_resolve = buttons->addButton(tr("Resolve"), QDialogButtonBox::AcceptRole);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_resolve->setDefault(true);
    m_resolve->setAutoDefault(true);
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDirtyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveDirtyDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, [this] { updateButtons(); });
    layout->addWidget(buttons);

    updateButtons();
    resize(std::max(760, sizeHint().width()), sizeHint().height());
    if (m_confirm)
        m_confirm->edit()->setFocus();
}

ResolveDirtyDialog::~ResolveDirtyDialog() {
    m_work.cancel(); // never waits: the worker owns its copies
}

QWidget* ResolveDirtyDialog::failureBox(const HistoryRow& dirty) {
    auto* box = new QGroupBox(tr("The failed step"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* revision = selectable(tr("%1 (%2, not transactional)")
                                    .arg(dirty.revision, HistoryFormat::direction(dirty.direction)),
                                box);
    revision->setObjectName(QStringLiteral("resolveRevision"));
    form->addRow(tr("Revision:"), revision);
    form->addRow(
        tr("Started:"),
        selectable(tr("%1 by %2 on %3")
                       .arg(when(dirty.startedAt),
                            dirty.osUser.isEmpty() ? dirty.dbUser : dirty.osUser, dirty.host),
                   box));
    QString where;
    if (dirty.errorLine > 0 && dirty.errorPosition > 0)
        where = tr("line %1 of the revision file, error at character %2")
                    .arg(dirty.errorLine)
                    .arg(dirty.errorPosition);
    else if (dirty.errorLine > 0)
        where = tr("line %1 of the revision file").arg(dirty.errorLine);
    m_statement = SqlHighlighterFactory::createReadOnlyView(box);
    m_statement->setObjectName(QStringLiteral("resolveStatement"));
    m_statement->setSql(dirty.errorStatement.isEmpty() ? tr("-- (the statement is not known)")
                                                       : dirty.errorStatement,
                        std::max(1, dirty.errorLine));
    if (dirty.errorPosition > 0)
        m_statement->markPosition(dirty.errorPosition);
    // As high as the statement (up to 12 lines; it scrolls beyond).
    m_statement->setFixedHeight(
        m_statement->heightForLines(std::clamp(m_statement->lineCount(), 2, 12)));
    auto* statementBox = new QWidget(box);
    auto* statementLayout = new QVBoxLayout(statementBox);
    statementLayout->setContentsMargins(0, 0, 0, 0);
    if (!where.isEmpty())
        statementLayout->addWidget(selectable(where, statementBox));
    statementLayout->addWidget(m_statement);
    form->addRow(tr("Failed statement:"), statementBox);
    const QString error = dirty.errorSqlstate.isEmpty()
                              ? dirty.errorMessage
                              : tr("%1 (SQLSTATE %2)").arg(dirty.errorMessage, dirty.errorSqlstate);
    m_error = selectable(
        error.isEmpty() ? tr("(no error recorded: the run was interrupted)") : error, box);
    m_error->setObjectName(QStringLiteral("resolveError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    form->addRow(tr("Error:"), m_error);
    return box;
}

QString ResolveDirtyDialog::failedRevision() const {
    return m_dirty.revision;
}
QString ResolveDirtyDialog::statementText() const {
    return m_statement->sql();
}
QString ResolveDirtyDialog::errorText() const {
    return m_error->text();
}
QString ResolveDirtyDialog::statusText() const {
    return m_status->text();
}

QRadioButton* ResolveDirtyDialog::choiceButton(ResolveAction action) const {
    return qobject_cast<QRadioButton*>(m_choices->button(int(action)));
}

void ResolveDirtyDialog::choose(ResolveAction action) {
    if (QRadioButton* button = choiceButton(action))
        button->setChecked(true);
}

std::optional<ResolveAction> ResolveDirtyDialog::chosen() const {
    const int id = m_choices->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<ResolveAction>(id);
}

QString ResolveDirtyDialog::refusal() const {
    if (m_resolved)
        return tr("Already resolved.");
    if (!chosen())
        return tr("Choose what was done: Retry, Mark applied or Mark rolled back.");
    if (m_confirm && !m_confirm->confirmed())
        return m_confirm->reason(tr("nothing is changed"));
    return {};
}

void ResolveDirtyDialog::updateButtons() {
    const bool busy = m_resolving;
    m_resolve->setEnabled(!busy && !m_resolved && refusal().isEmpty());
    for (QAbstractButton* button : m_choices->buttons())
        button->setEnabled(!busy && !m_resolved);
    if (m_confirm)
        m_confirm->setEnabled(!busy && !m_resolved);
    m_close->setText(m_resolved ? tr("Close") : tr("Cancel"));
}

void ResolveDirtyDialog::accept() {
    if (m_resolving)
        return;
    const QString why = refusal();
    if (!why.isEmpty()) {
        if (m_confirm && chosen() && !m_resolved)
            m_confirm->refuse(tr("nothing is changed"));
        else
            m_status->setText(why);
        return;
    }
    const ResolveAction action = *chosen();
    m_resolving = true;
    updateButtons();
    m_status->setText(
        tr("Resolving %1 (%2)…").arg(m_environment.name, ResolveJob::actionName(action)));
    m_work = async(
        this,
        [project = m_project, environment = m_environment, action](const CancelToken& token) {
            return ResolveJob::run(project, environment, action, token);
        },
        [this](const ResolveOutcome& outcome) { finished(outcome); });
}

void ResolveDirtyDialog::finished(const ResolveOutcome& outcome) {
    m_resolving = false;
    m_resolved = outcome.ok;
    m_status->setStyleSheet(outcome.ok ? QStringLiteral("color: #2e7d32;")
                                       : QStringLiteral("color: #c62828;"));
    m_status->setText(outcome.ok ? tr("Resolved. %1").arg(outcome.message)
                                 : tr("Not resolved: %1").arg(outcome.message));
    updateButtons();
    if (outcome.ok)
        m_close->setFocus();
    emit resolved(m_environment.name, outcome.ok, outcome.message);
}

void ResolveDirtyDialog::reject() {
    if (m_resolving) {
        // The lock wait or the running statement is interrupted (never waited for here).
        m_work.cancel();
        m_resolving = false;
        m_status->setText(tr("Cancelled: %1 may still be dirty.").arg(m_environment.name));
        updateButtons();
        emit resolved(m_environment.name, false, m_status->text());
        return;
    }
    QDialog::reject();
}

} // namespace strata
