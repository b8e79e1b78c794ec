#include "session/RunCoordinator.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "common/Preferences.h"
#include "dialogs/PlanDialog.h"
#include "environments/EnvironmentStore.h"
#include "run/RunConsole.h"
#include "run/RunController.h"
#include "run/RunnerRunSource.h"
#include "runner/Planner.h"
#include "session/ProjectSession.h"

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
        m_console->runStarted(request.description);
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
        {QStringLiteral("downgrade-one"), Action::DowngradeOne}};
    for (const auto& [text, action] : names)
        if (text == name)
            return action;
    return std::nullopt;
}

bool RunCoordinator::perform(Action action, const QString& envName, const QString& revision) {
    const std::shared_ptr<const Project>& project = m_session->project();
    if (!project || m_runs->isRunning())
        return false;
    const Environment* env = project->config().environment(envName);
    const EnvironmentEntry* entry = m_session->store()->entry(envName);
    if (!env || !entry) {
        say(tr("Choose an environment first."));
        return false;
    }
    const EnvironmentStatus& state = entry->status;
    if (!entry->loaded || !state.reachable) {
        say(entry->loaded ? tr("%1 is unreachable: %2").arg(envName, state.error.message)
                          : tr("%1 has not been read yet; wait for its status.").arg(envName));
        return false;
    }
    const RevisionGraph& graph = project->graph();
    PlannedRun request;
    request.project = project;
    request.environment = m_session->passwords()->apply(*env);
    request.request.environment = envName;
    request.request.connectTimeoutSeconds = Preferences::connectTimeoutSeconds();
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
    case Action::DowngradeOne:
        set(RunRequest::Kind::Downgrade, QStringLiteral("-1"),
            tr("Downgrade %1 one step").arg(envName));
        break;
    }
    const Result<StepPlan> plan = Planner::plan(graph, request.request, state.heads);
    if (!plan) {
        say(tr("%1: %2").arg(request.description, plan.error().message));
        if (!m_planHook)
            QMessageBox::warning(m_dialogParent, request.description, plan.error().toString());
        return false;
    }
    request.plan = plan.value();
    if (request.plan.isEmpty()) {
        say(tr("%1: nothing to do.").arg(request.description));
        return false;
    }
    QStringList changed;
    for (const ChecksumMismatch& m : state.checksumMismatches)
        changed << m.revision;
    if (entry->driftComparedAt.isValid()) { // shown in the pre-flight; never compared here
        request.drift.compared = true;
        request.drift.at = entry->driftComparedAt;
        request.drift.differences = entry->driftDifferences;
        if (entry->driftDifferences < 0)
            request.drift.error = entry->driftToolTip;
    }
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
