#pragma once

#include "run/PlannedRun.h"
#include "run/RunSource.h"
#include "runner/RunRequest.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace strata {

class BranchChoiceDialog;
class GoToTargetDialog;
class PlanDialog;
struct EnvironmentEntry;
class ProjectSession;
class RunConsole;
class RunController;

// Plans an action for an environment, shows its plan dialog, and starts the run when it is
// accepted; the console shows the run, and the environment is read again when it ends.
class RunCoordinator : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCoordinator)

public:
    // GoToTarget asks for a target in the whole grammar (GoToTargetDialog). DowngradeOne on an
    // environment with several heads asks which branch (BranchChoiceDialog) and plans
    // `head@-1`.
    enum class Action {
        UpgradeHere,
        DowngradeHere,
        StampHere,
        UpgradeHeads,
        DowngradeOne,
        GoToTarget
    };

    // `runs` makes a RunSource per run (default: RunnerRunSource; DryRunSource walks the plan
    // without executing). `dialogParent` parents the plan dialog and the console.
    RunCoordinator(ProjectSession* session, RunSourceFactory runs, QWidget* dialogParent);
    ~RunCoordinator() override;

    // Plans `action` for `environment` (and `revision` for the *Here actions), shows the plan
    // dialog, and starts the run when it is accepted. False when nothing was started; why is
    // in lastMessage().
    bool perform(Action action, const QString& environment, const QString& revision);
    // Plans `kind` to `target` (any target `strata upgrade/downgrade/stamp` take) for
    // `environment`, then as perform().
    bool performTarget(const QString& environment, RunRequest::Kind kind, const QString& target);
    // Instead of exec()ing the plan dialog, calls `hook` (tests, screenshots): return true to
    // accept (the dialog's own accept() rules still apply).
    void setPlanDialogHook(std::function<bool(PlanDialog&)> hook) { m_planHook = std::move(hook); }
    // The same for the branch choice of DowngradeOne and the Go to… dialog.
    void setBranchChoiceHook(std::function<bool(BranchChoiceDialog&)> hook) {
        m_branchHook = std::move(hook);
    }
    void setGoToHook(std::function<bool(GoToTargetDialog&)> hook) { m_goToHook = std::move(hook); }
    // The request of the last plan dialog shown (tests: what was planned).
    const PlannedRun& lastPlanned() const { return m_lastPlanned; }
    QString lastMessage() const { return m_lastMessage; }

    bool isRunning() const;
    void cancel();
    void waitForFinished();
    RunConsole* console() const { return m_console; }
    RunController* controller() const { return m_runs; }

    // The action named on a command line: upgrade-here, downgrade-here, stamp-here,
    // upgrade-heads, downgrade-one. Empty for an unknown name.
    static std::optional<Action> actionFromName(const QString& name);

signals:
    // Something to tell the user in the status bar.
    void message(const QString& text);
    // A run started: bring the console to the front.
    void consoleWanted();
    void runningChanged(bool running);

private:
    void say(const QString& text);
    // The entry of `environment` when it can be planned for (read, reachable), else null and
    // why is said.
    const EnvironmentEntry* readyEntry(const QString& environment);
    // The target DowngradeOne plans: "-1", or "head@-1" for the branch chosen; empty when the
    // user cancelled the choice.
    QString stepDownTarget(const QString& environment, const QStringList& heads);
    // Plans `request` (kind and targets set) from the entry's heads, shows the plan dialog and
    // starts the run when it is accepted.
    bool planAndRun(PlannedRun request, const EnvironmentEntry& entry);

    ProjectSession* m_session;
    QWidget* m_dialogParent;
    RunConsole* m_console;
    RunController* m_runs;
    std::function<bool(PlanDialog&)> m_planHook;
    std::function<bool(BranchChoiceDialog&)> m_branchHook;
    std::function<bool(GoToTargetDialog&)> m_goToHook;
    PlannedRun m_lastPlanned;
    QString m_lastMessage;
};

} // namespace strata
