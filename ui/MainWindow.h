#pragma once

#include "environments/StatusSource.h"
#include "run/RunSource.h"
#include "session/RunCoordinator.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QToolBar;

namespace strata {

class DriftCoordinator;
class EditorTabs;
class EnvironmentActions;
class EnvironmentsPanel;
class GraphView;
class HistoryView;
class MatrixModel;
class ProblemsPanel;
class ProjectSession;
class RevisionInspector;
class RunActions;
class ConnectionsLabel;
class DirtyResolution;
class DockLayout;
class EnvironmentChooser;
class HelpMenu;

// The studio's main window, a shell: the revision graph, the matrix and the drift view in the
// centre, docks for the environments, the revision inspector, the problems, the history and the
// run console, the menus and the status bar. The work is done by the project session, the run
// coordinator, the editor tabs and the drift coordinator; where the docks go per task is
// DockLayout's (Graph, Editing, Drift), the toolbar's environment EnvironmentChooser's, Help
// HelpMenu's, the colours ThemeManager's. Views carry object names (graphView,
// matrixView, environmentsPanel, inspector, historyView, problemsPanel, runConsole, driftView,
// centralTabs) for tests and scripts.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Action = RunCoordinator::Action;

    // `status` reads environments (default: RunnerStatusSource with the connect timeout of
    // Preferences); `runs` makes a RunSource per
    // run (default: RunnerRunSource; DryRunSource walks the plan without executing).
    explicit MainWindow(QWidget* parent = nullptr, std::shared_ptr<const StatusSource> status = {},
                        RunSourceFactory runs = {});
    ~MainWindow() override;

    // Opens the project in `path` (a folder with strata.toml, or the file); problems go to the
    // Problems dock and the consistent part still loads. False when nothing could be loaded.
    bool openProject(const QString& path);
    // Plans `action` for the current environment (and the selected revision), shows the plan
    // dialog, and starts the run when it is accepted. False when nothing was started.
    bool perform(Action action);

    void setCurrentEnvironment(const QString& name);
    QString currentEnvironment() const;
    // Brings a view to the front: graph, matrix, drift, history or problems.
    void showView(const QString& name);

    ProjectSession* session() const { return m_session; }
    RunCoordinator* runs() const { return m_runs; }
    EditorTabs* editorTabs() const { return m_editors; }
    DriftCoordinator* drift() const { return m_drift; }
    DockLayout* dockLayout() const { return m_layout; }
    HelpMenu* help() const { return m_help; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void newProject();
    void createActions();
    void createFileMenu();
    void createRunActions();
    void createViewMenu();
    void createToolBar();
    void fitToolBar();
    void updateRecentMenu();
    void restoreLayout();
    void saveLayout() const;
    void projectOpened();
    void projectUpdated(const QString& revision);
    void environmentsChanged();
    void updateStatusBar();
    void updateActions();
    void showMessage(const QString& message);
    void showDock(const char* name);
    void rebuildEnvironmentMenu();

    ProjectSession* m_session;
    GraphView* m_graphView;
    MatrixModel* m_matrixModel;
    QTableView* m_matrixView;
    QTabWidget* m_tabs;
    EnvironmentsPanel* m_envPanel;
    RevisionInspector* m_inspector;
    ProblemsPanel* m_problems;
    HistoryView* m_history;
    RunCoordinator* m_runs;
    DriftCoordinator* m_drift;
    DockLayout* m_layout;
    EnvironmentChooser* m_environments;
    EditorTabs* m_editors;

    QAction* m_editRevision = nullptr;
    QAction* m_newAfter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_envMenu = nullptr;
    ConnectionsLabel* m_statusLabels = nullptr;
    QAction* m_open = nullptr;
    RunActions* m_actions = nullptr;
    EnvironmentActions* m_envActions = nullptr;
    DirtyResolution* m_dirty = nullptr;
    HelpMenu* m_help = nullptr;
    QToolBar* m_toolBar = nullptr;
};

} // namespace strata
