#pragma once

#include "environments/StatusSource.h"
#include "run/PlannedRun.h"
#include "run/RunSource.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;

namespace strata {

class DriftBadges;
class DriftView;
class EnvironmentStore;
class EnvironmentsPanel;
class GraphModel;
class GraphView;
class HistoryView;
class MatrixModel;
class PasswordStore;
class PlanDialog;
class ProblemsPanel;
class Project;
class RevisionEditor;
class RevisionInspector;
class RunConsole;
class RunController;

// The studio's main window: the revision graph and the matrix in the centre, docks for the
// environments, the revision inspector, the problems, the history and the run console.
// Every action that changes a database goes through PlanDialog, then runs on a worker thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `status` reads environments (default: RunnerStatusSource); `runs` makes a RunSource per
    // run (default: RunnerRunSource; DryRunSource walks the plan without executing).
    explicit MainWindow(QWidget* parent = nullptr, std::shared_ptr<const StatusSource> status = {},
                        RunSourceFactory runs = {});
    ~MainWindow() override;

    // Opens the project in `path` (a folder with strata.toml, or the file); problems go to the
    // Problems dock and the consistent part still loads. False when nothing could be loaded.
    bool openProject(const QString& path);
    const Project* project() const { return m_project.get(); }

    enum class Action { UpgradeHere, DowngradeHere, StampHere, UpgradeHeads, DowngradeOne };
    // Plans `action` for the current environment (and the selected revision), shows the plan
    // dialog, and starts the run when it is accepted. False when nothing was started.
    bool perform(Action action);
    // Instead of exec()ing the plan dialog, calls `hook` (tests, screenshots): return true to
    // accept (the dialog's own accept() rules still apply).
    void setPlanDialogHook(std::function<bool(PlanDialog&)> hook) { m_planHook = std::move(hook); }
    QString lastMessage() const { return m_lastMessage; }

    void setCurrentEnvironment(const QString& name);
    // Brings a view to the front: graph, matrix, history or problems.
    void showView(const QString& name);
    QString currentEnvironment() const;

    GraphModel* graphModel() const { return m_graphModel; }
    GraphView* graphView() const { return m_graphView; }
    EnvironmentStore* environmentStore() const { return m_store; }
    EnvironmentsPanel* environmentsPanel() const { return m_envPanel; }
    RunConsole* console() const { return m_console; }
    RunController* runController() const { return m_runs; }
    ProblemsPanel* problemsPanel() const { return m_problems; }
    RevisionInspector* inspector() const { return m_inspector; }
    HistoryView* historyView() const { return m_history; }
    MatrixModel* matrixModel() const { return m_matrixModel; }
    QTabWidget* centralTabs() const { return m_tabs; }
    PasswordStore* passwords() const { return m_passwords; }
    DriftView* driftView() const { return m_drift; }
    DriftBadges* driftBadges() const { return m_driftBadges; }

    // Opens a revision file in an editor tab (or brings its tab to the front).
    RevisionEditor* openEditor(const QString& filePath);
    QList<RevisionEditor*> editors() const;
    // The New Revision dialog (after the selected revision, or on the single head) and the
    // Merge Heads dialog; the new file opens in a tab and the graph shows it at once.
    void newRevision(bool afterSelected);
    void mergeHeads();
    // Computes the drift badges (actual vs expected) when the sandbox or a shadow_url is there.
    void computeDrift();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createActions();
    void updateRecentMenu();
    void addRecent(const QString& path);
    void restoreLayout();
    void saveLayout() const;
    void environmentsChanged();
    void updateStatusBar();
    void updateActions();
    void showMessage(const QString& message);
    void rebuildEnvironmentMenu();
    void createEditorActions(QMenu* revisionMenu, QMenu* fileMenu);
    void revisionFileWritten(const QString& path);
    void closeTab(int index);

    std::shared_ptr<const Project> m_project;
    QString m_projectPath;
    std::function<bool(PlanDialog&)> m_planHook;
    QString m_lastMessage;

    GraphModel* m_graphModel;
    GraphView* m_graphView;
    MatrixModel* m_matrixModel;
    QTableView* m_matrixView;
    QTabWidget* m_tabs;
    EnvironmentStore* m_store;
    EnvironmentsPanel* m_envPanel;
    RevisionInspector* m_inspector;
    ProblemsPanel* m_problems;
    HistoryView* m_history;
    RunConsole* m_console;
    RunController* m_runs;
    PasswordStore* m_passwords;
    DriftView* m_drift;
    DriftBadges* m_driftBadges;
    QAction* m_editRevision = nullptr;
    QAction* m_newAfter = nullptr;

    QComboBox* m_envCombo = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_envMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_envGroup = nullptr;
    QLabel* m_projectLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QAction* m_upgradeHere = nullptr;
    QAction* m_downgradeHere = nullptr;
    QAction* m_stampHere = nullptr;
    QAction* m_upgradeHeads = nullptr;
    QAction* m_downgradeOne = nullptr;
    QAction* m_cancelRun = nullptr;
    QAction* m_refresh = nullptr;
};

} // namespace strata
