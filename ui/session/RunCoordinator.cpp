#include "session/RunCoordinator.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "common/Preferences.h"
#include "dialogs/BranchChoiceDialog.h"
#include "dialogs/GoToTargetDialog.h"
#include "dialogs/PlanDialog.h"
#include "environments/EnvironmentStore.h"
#include "run/RunConsole.h"
#include "run/RunController.h"
#include "run/RunnerRunSource.h"
#include "runner/Planner.h"
#include "session/ProjectSession.h"

#include <QLineEdit>
#include <QMessageBox>

namespace strata {

namespace {

RunSourceFactory defaultRunSources() {
    return [] { return std::make_unique<RunnerRunSource>(); };
}

} // namespace

RunCoordinator::RunCoordinator(ProjectSession* session, RunSourceFactory runs,
                               QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_console(new RunConsole(dialogParent))
    , m_runs(new RunController(runs ? std::move(runs) : defaultRunSources(), this)) {
    connect(m_runs, &RunController::started, this, [this](const PlannedRun& request) {
        m_console->runStarted(request.description, request.environment.name);
        emit runningChanged(true);
    });
    connect(m_runs, &RunController::event, m_console, &RunConsole::addEvent);
    connect(m_runs, &RunController::finished, this, [this](bool ok) {
        m_console->runEnded(ok);
        emit runningChanged(false);
        m_session->store()->refresh(); // the panel, badges and matrix show the new state
    });
    connect(m_console, &RunConsole::cancelRequested, m_runs, &RunController::cancel);
}

RunCoordinator::~RunCoordinator() {
    m_runs->cancel();
    m_runs->waitForFinished();
}

bool RunCoordinator::isRunning() const {
    return m_runs->isRunning();
}

void RunCoordinator::cancel() {
    m_runs->cancel();
}

void RunCoordinator::waitForFinished() {
    m_runs->waitForFinished();
}

void RunCoordinator::say(const QString& text) {
    m_lastMessage = text;
    emit message(text);
}

std::optional<RunCoordinator::Action> RunCoordinator::actionFromName(const QString& name) {
    static const QList<QPair<QString, Action>> names = {
        {QStringLiteral("upgrade-here"), Action::UpgradeHere},
        {QStringLiteral("downgrade-here"), Action::DowngradeHere},
        {QStringLiteral("stamp-here"), Action::StampHere},
        {QStringLiteral("upgrade-heads"), Action::UpgradeHeads},
        {QStringLiteral("downgrade-one"), Action::DowngradeOne},
        {QStringLiteral("go-to-target"), Action::GoToTarget}};
    for (const auto& [text, action] : names)
        if (text == name)
            return action;
    return std::nullopt;
}

const EnvironmentEntry* RunCoordinator::readyEntry(const QString& envName) {
    const std::shared_ptr<const Project>& project = m_session->project();
    if (!project || m_runs->isRunning())
        return nullptr;
    const EnvironmentEntry* entry = m_session->store()->entry(envName);
    if (!project->config().environment(envName) || !entry) {
        say(tr("Choose an environment first."));
        return nullptr;
    }
    const EnvironmentStatus& state = entry->status;
    if (!entry->loaded || !state.reachable) {
        say(entry->loaded ? tr("%1 is unreachable: %2").arg(envName, state.error.message)
                          : tr("%1 has not been read yet; wait for its status.").arg(envName));
        return nullptr;
    }
    return entry;
}

QString RunCoordinator::stepDownTarget(const QString& envName, const QStringList& heads) {
    if (heads.size() < 2)
        return QStringLiteral("-1");
    // Alembic's "-1" walks from the first row of the version table: with several heads, which
    // branch goes down is the user's choice, never a silent pick.
    BranchChoiceDialog dialog(m_session->project()->graph(), envName, heads, m_dialogParent);
    const bool accepted = m_branchHook ? (m_branchHook(dialog) && !dialog.chosenHead().isEmpty())
                                       : dialog.exec() == QDialog::Accepted;
    if (!accepted) {
        say(tr("Downgrade %1 one step: cancelled, nothing ran.").arg(envName));
        return QString();
    }
    return dialog.chosenHead() + QStringLiteral("@-1");
}

bool RunCoordinator::perform(Action action, const QString& envName, const QString& revision) {
    const EnvironmentEntry* entry = readyEntry(envName);
    if (!entry)
        return false;
    const QStringList& heads = entry->status.heads;
    PlannedRun request;
    const auto set = [&request](RunRequest::Kind kind, const QString& target,
                                const QString& description) {
        request.request.kind = kind;
        request.request.targets = {target};
        request.description = description;
    };
    switch (action) {
    case Action::UpgradeHere:
        set(RunRequest::Kind::Upgrade, revision, tr("Upgrade %1 to %2").arg(envName, revision));
        break;
    case Action::DowngradeHere:
        set(RunRequest::Kind::Downgrade, revision, tr("Downgrade %1 to %2").arg(envName, revision));
        break;
    case Action::StampHere:
        set(RunRequest::Kind::Stamp, revision, tr("Stamp %1 at %2").arg(envName, revision));
        break;
    case Action::UpgradeHeads:
        set(RunRequest::Kind::Upgrade, QStringLiteral("heads"),
            tr("Upgrade %1 to heads").arg(envName));
        break;
    case Action::DowngradeOne: {
        const QString target = stepDownTarget(envName, heads);
        if (target.isEmpty())
            return false;
        set(RunRequest::Kind::Downgrade, target,
            heads.size() < 2 ? tr("Downgrade %1 one step").arg(envName)
                             : tr("Downgrade %1 one step on the branch of %2 (%3)")
                                   .arg(envName, target.chopped(3), target));
        break;
    }
    case Action::GoToTarget: {
        GoToTargetDialog dialog(m_session->project()->graph(), envName, heads, m_dialogParent);
        if (!revision.isEmpty())
            dialog.targetEdit()->setText(revision);
        dialog.targetEdit()->selectAll();
        const bool accepted = m_goToHook ? (m_goToHook(dialog) && dialog.hasPlan())
                                         : dialog.exec() == QDialog::Accepted && dialog.hasPlan();
        if (!accepted) {
            say(tr("Go to target on %1: cancelled, nothing ran.").arg(envName));
            return false;
        }
        return performTarget(envName, dialog.kind(), dialog.target());
    }
    }
    return planAndRun(std::move(request), *entry);
}

bool RunCoordinator::performTarget(const QString& envName, RunRequest::Kind kind,
                                   const QString& target) {
    const EnvironmentEntry* entry = readyEntry(envName);
    if (!entry)
        return false;
    PlannedRun request;
    request.request.kind = kind;
    request.request.targets = kind == RunRequest::Kind::Stamp
                                  ? target.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                  : QStringList{target};
    switch (kind) {
    case RunRequest::Kind::Upgrade:
        request.description = tr("Upgrade %1 to %2").arg(envName, target);
        break;
    case RunRequest::Kind::Downgrade:
        request.description = tr("Downgrade %1 to %2").arg(envName, target);
        break;
    case RunRequest::Kind::Stamp:
        request.description = tr("Stamp %1 at %2").arg(envName, target);
        break;
    }
    return planAndRun(std::move(request), *entry);
}

bool RunCoordinator::planAndRun(PlannedRun request, const EnvironmentEntry& entry) {
    const std::shared_ptr<const Project>& project = m_session->project();
    const QString& envName = entry.name;
    const EnvironmentStatus& state = entry.status;
    request.project = project;
    request.environment = m_session->passwords()->apply(*project->config().environment(envName));
    request.request.environment = envName;
    request.request.connectTimeoutSeconds = Preferences::connectTimeoutSeconds();
    const Result<StepPlan> plan = Planner::plan(project->graph(), request.request, state.heads);
    if (!plan) {
        say(tr("%1: %2").arg(request.description, plan.error().message));
        if (!m_planHook)
            QMessageBox::warning(m_dialogParent, request.description, plan.error().toString());
        return false;
    }
    request.plan = plan.value();
    if (request.plan.isEmpty()) {
        const QString target = request.request.targets.value(0);
        say(request.request.kind == RunRequest::Kind::Downgrade && state.heads.contains(target)
                ? tr("%1: %2 is already at %3, nothing to downgrade on that branch; to step it "
                     "down, use Down One Step and choose it.")
                      .arg(request.description, envName, target)
                : tr("%1: nothing to do.").arg(request.description));
        return false;
    }
    QStringList changed;
    for (const ChecksumMismatch& m : state.checksumMismatches)
        changed << m.revision;
    if (entry.driftComparedAt.isValid()) { // shown in the pre-flight; never compared here
        request.drift.compared = true;
        request.drift.at = entry.driftComparedAt;
        request.drift.differences = entry.driftDifferences;
        if (entry.driftDifferences < 0)
            request.drift.error = entry.driftToolTip;
    }
    m_lastPlanned = request;
    PlanDialog dialog(request, changed, m_runs->executes(), m_dialogParent);
    const bool accepted =
        m_planHook ? (m_planHook(dialog) && (dialog.accept(), dialog.result() == QDialog::Accepted))
                   : dialog.exec() == QDialog::Accepted;
    if (!accepted) {
        say(tr("%1: cancelled, nothing ran.").arg(request.description));
        return false;
    }
    emit consoleWanted();
    return m_runs->start(request);
}

} // namespace strata
