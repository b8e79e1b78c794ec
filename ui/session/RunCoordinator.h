#pragma once

#include "run/PlannedRun.h"
#include "run/RunSource.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace strata {

class PlanDialog;
class ProjectSession;
class RunConsole;
class RunController;

// Plans an action for an environment, shows its plan dialog, and starts the run when it is
// accepted; the console shows the run, and the environment is read again when it ends.
class RunCoordinator : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCoordinator)

public:
    enum class Action { UpgradeHere, DowngradeHere, StampHere, UpgradeHeads, DowngradeOne };

    // `runs` makes a RunSource per run (default: RunnerRunSource; DryRunSource walks the plan
    // without executing). `dialogParent` parents the plan dialog and the console.
    RunCoordinator(ProjectSession* session, RunSourceFactory runs, QWidget* dialogParent);
    ~RunCoordinator() override;

    // Plans `action` for `environment` (and `revision` for the *Here actions), shows the plan
    // dialog, and starts the run when it is accepted. False when nothing was started; why is
    // in lastMessage().
    bool perform(Action action, const QString& environment, const QString& revision);
    // Instead of exec()ing the plan dialog, calls `hook` (tests, screenshots): return true to
    // accept (the dialog's own accept() rules still apply).
    void setPlanDialogHook(std::function<bool(PlanDialog&)> hook) { m_planHook = std::move(hook); }
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

    ProjectSession* m_session;
    QWidget* m_dialogParent;
    RunConsole* m_console;
    RunController* m_runs;
    std::function<bool(PlanDialog&)> m_planHook;
    QString m_lastMessage;
};

} // namespace strata
