#include "dialogs/GoToTargetDialog.h"

#include "revision/RevisionGraph.h"
#include "runner/Planner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace strata {

namespace {

Result<StepPlan> planOf(const RevisionGraph& graph, const QStringList& heads, RunRequest::Kind kind,
                        const QString& target) {
    RunRequest request;
    request.kind = kind;
    request.targets = kind == RunRequest::Kind::Stamp
                          ? target.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                          : QStringList{target};
    return Planner::plan(graph, request, heads);
}

// Targets that read as a way down: -N, label@-N, rev-N, base.
bool looksDownward(const QString& target) {
    static const QRegularExpression down(QStringLiteral("(^|@|\\w)-\\d+$"));
    return target == QLatin1String("base") || down.match(target).hasMatch();
}

QString kindText(RunRequest::Kind kind) {
    switch (kind) {
    case RunRequest::Kind::Upgrade:
        return GoToTargetDialog::tr("Upgrade");
    case RunRequest::Kind::Downgrade:
        return GoToTargetDialog::tr("Downgrade");
    case RunRequest::Kind::Stamp:
        break;
    }
    return GoToTargetDialog::tr("Stamp");
}

} // namespace

GoToTargetDialog::GoToTargetDialog(const RevisionGraph& graph, const QString& environment,
                                   const QStringList& heads, QWidget* parent)
    : QDialog(parent)
    , m_graph(graph)
    , m_environment(environment)
    , m_heads(heads)
    , m_target(new QLineEdit(this))
    , m_direction(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Go to Target: %1").arg(environment));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setPlaceholderText(tr("heads, base, +2, -1, notes@-1, rev@head, a partial id"));
    m_target->setClearButtonEnabled(true);
    m_direction->setObjectName(QStringLiteral("directionBox"));
    m_direction->addItem(tr("Automatic (up or down)"), int(Direction::Automatic));
    m_direction->addItem(tr("Upgrade"), int(Direction::Upgrade));
    m_direction->addItem(tr("Downgrade"), int(Direction::Downgrade));
    m_direction->addItem(tr("Stamp (version table only)"), int(Direction::Stamp));
    m_summary->setObjectName(QStringLiteral("targetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("targetSteps"));
    auto* current = new QLabel(
        heads.isEmpty() ? tr("%1 is at base (no revision applied).").arg(environment)
                        : tr("%1 is at %2.").arg(environment, heads.join(QLatin1String(", "))),
        this);
    current->setWordWrap(true);
    okButton()->setText(tr("Plan…"));
    okButton()->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Direction:"), m_direction);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_buttons);
    resize(560, 380);

    connect(m_target, &QLineEdit::textChanged, this, &GoToTargetDialog::preview);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &GoToTargetDialog::preview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (hasPlan())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    preview();
}

QPushButton* GoToTargetDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString GoToTargetDialog::summary() const {
    return m_summary->text();
}

QStringList GoToTargetDialog::stepLines() const {
    QStringList lines;
    for (int i = 0; i < m_steps->count(); ++i)
        lines << m_steps->item(i)->text();
    return lines;
}

QString GoToTargetDialog::target() const {
    return m_target->text().trimmed();
}

GoToTargetDialog::Resolved GoToTargetDialog::resolve(const RevisionGraph& graph,
                                                     const QStringList& heads,
                                                     const QString& target, Direction direction) {
    using Kind = RunRequest::Kind;
    switch (direction) {
    case Direction::Upgrade:
        return {Kind::Upgrade, planOf(graph, heads, Kind::Upgrade, target)};
    case Direction::Downgrade:
        return {Kind::Downgrade, planOf(graph, heads, Kind::Downgrade, target)};
    case Direction::Stamp:
        return {Kind::Stamp, planOf(graph, heads, Kind::Stamp, target)};
    case Direction::Automatic:
        break;
    }
    const Kind first = looksDownward(target) ? Kind::Downgrade : Kind::Upgrade;
    const Kind second = first == Kind::Upgrade ? Kind::Downgrade : Kind::Upgrade;
    Resolved tried{first, planOf(graph, heads, first, target)};
    if (tried.plan && !tried.plan->isEmpty())
        return tried;
    Resolved other{second, planOf(graph, heads, second, target)};
    if (other.plan && !other.plan->isEmpty())
        return other;
    return tried.plan || !other.plan ? std::move(tried) : std::move(other);
}

void GoToTargetDialog::preview() {
    m_steps->clear();
    m_kind.reset();
    const QString text = target();
    if (text.isEmpty()) {
        m_summary->setText(tr("Type a target; its plan is shown here as you type."));
        okButton()->setEnabled(false);
        return;
    }
    const auto direction = Direction(m_direction->currentData().toInt());
    const Resolved resolved = resolve(m_graph, m_heads, text, direction);
    if (!resolved.plan) {
        m_summary->setText(tr("✗ %1").arg(resolved.plan.error().message));
        okButton()->setEnabled(false);
        return;
    }
    const StepPlan& plan = *resolved.plan;
    if (plan.isEmpty()) {
        m_summary->setText(tr("%1 is already there: nothing to do.").arg(m_environment));
        okButton()->setEnabled(false);
        return;
    }
    m_kind = resolved.kind;
    m_summary->setText(tr("%1 %2: %n step(s), heads after: %3", nullptr, int(plan.steps.size()))
                           .arg(kindText(resolved.kind), m_environment,
                                plan.resultingHeads.isEmpty()
                                    ? tr("base")
                                    : plan.resultingHeads.join(QLatin1String(", "))));
    for (const PlanStep& step : plan.steps) {
        const QString verb = step.stamp         ? tr("stamp")
                             : step.isUpgrade() ? tr("upgrade")
                                                : tr("downgrade");
        const Revision* rev = m_graph.revision(step.revision);
        m_steps->addItem(rev && !rev->message.isEmpty()
                             ? tr("%1 %2 — %3").arg(verb, step.revision, rev->message)
                             : tr("%1 %2").arg(verb, step.revision));
    }
    okButton()->setEnabled(true);
}

} // namespace strata
