#include "MainWindow.h"

#include "Project.h"
#include "common/CodeTheme.h"
#include "common/PasswordStore.h"
#include "common/ProblemsPanel.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ResolveDirtyDialog.h"
#include "drift/DriftView.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentActions.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/MatrixModel.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "groups/GroupStore.h"
#include "groups/GroupsPanel.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "run/RunConsole.h"
#include "session/DirtyResolution.h"
#include "session/DriftCoordinator.h"
#include "session/EditorTabs.h"
#include "session/ProjectProblems.h"
#include "session/ProjectSession.h"
#include "shell/ConnectionsLabel.h"
#include "shell/DockLayout.h"
#include "shell/EnvironmentChooser.h"
#include "shell/HelpMenu.h"
#include "shell/LanguageMenu.h"
#include "shell/PreferredStatusSource.h"
#include "shell/ProjectDrop.h"
#include "shell/RunActions.h"
#include "shell/ThemeManager.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

#include <array>

namespace strata {

namespace {

QIcon icon(const char* name) {
    return QIcon(QStringLiteral(":/strata/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(QWidget* parent, std::shared_ptr<const StatusSource> status,
                       RunSourceFactory runs)
    : QMainWindow(parent)
    , m_session(new ProjectSession(PreferredStatusSource::orDefault(std::move(status)), this))
    , m_graphView(new GraphView(m_session->graphModel(), this))
    , m_matrixModel(new MatrixModel(m_session->graphModel(), this))
    , m_matrixView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_envPanel(new EnvironmentsPanel(m_session->store(), this))
    , m_inspector(new RevisionInspector(this))
    , m_problems(new ProblemsPanel(this))
    , m_history(new HistoryView(this))
    , m_runs(new RunCoordinator(m_session, std::move(runs), this))
    , m_drift(new DriftCoordinator(m_session, this))
    , m_layout(new DockLayout(this))
    , m_environments(new EnvironmentChooser(m_session->store(), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Strata Studio"));
    setWindowIcon(icon("strata"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_graphView->setObjectName(QStringLiteral("graphView"));
    m_envPanel->setObjectName(QStringLiteral("environmentsPanel"));
    m_envPanel->setGroups(new GroupsPanel(m_session->groups()));
    connect(m_session->groups(), &GroupStore::entryChanged, this,
            [this] { m_matrixModel->setGroups(m_session->groups()->entries()); });
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_problems->setObjectName(QStringLiteral("problemsPanel"));
    m_history->setObjectName(QStringLiteral("historyView"));
    // Both read the history themselves: every row, "applied on / by" of any revision.
    m_history->setSession(m_session);
    m_inspector->setSession(m_session);
    m_runs->console()->setObjectName(QStringLiteral("runConsole"));

    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->addTab(m_graphView, icon("strata"), tr("Revision graph"));
    m_tabs->addTab(m_matrixView, icon("environment"), tr("Matrix"));
    m_tabs->addTab(m_drift->view(), icon("refresh"), tr("Drift"));
    setCentralWidget(m_tabs);
    m_editors = new EditorTabs(
        m_session, m_tabs, [this] { return currentEnvironment(); }, this);

    createDocks();
    createActions();
    connect(m_environments, &EnvironmentChooser::currentChanged, this, [this] {
        if (const EnvironmentEntry* e = m_session->store()->entry(currentEnvironment()))
            m_history->setEntry(*e);
        m_dirty->setEnvironment(currentEnvironment());
        updateActions();
    });

    auto* projectLabel = new QLabel(this);
    auto* connectionLabel = new QLabel(this);
    statusBar()->addWidget(projectLabel, 1);
    statusBar()->addPermanentWidget(connectionLabel);
    m_statusLabels = new ConnectionsLabel(projectLabel, connectionLabel, this);

    connect(m_graphView, &GraphView::revisionSelected, this, [this](const QString& id) {
        m_inspector->showRevision(id);
        updateActions();
    });
    connect(m_inspector, &RevisionInspector::revisionActivated, m_graphView,
            &GraphView::selectRevision);
    connect(m_matrixView, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_graphView->selectRevision(m_session->graphModel()->revisionAt(index.row()));
    });
    connect(m_graphView, &GraphView::contextMenuRequested, this,
            [this](const QString&, const QPoint& pos) {
                QMenu menu(this);
                menu.addAction(m_actions->action(Action::UpgradeHere));
                menu.addAction(m_actions->action(Action::DowngradeHere));
                menu.addAction(m_actions->action(Action::StampHere));
                menu.addAction(m_actions->action(Action::GoToTarget));
                menu.addMenu(m_graphView->headsMenu());
                menu.addSeparator();
                menu.addAction(m_editRevision);
                menu.addAction(m_newAfter);
                menu.exec(pos);
            });
    EnvironmentStore* store = m_session->store();
    connect(store, &EnvironmentStore::entryChanged, this, &MainWindow::environmentsChanged);
    connect(store, &EnvironmentStore::entriesReset, this, &MainWindow::environmentsChanged);
    connect(store, &EnvironmentStore::refreshFinished, m_layout,
            [this] { QTimer::singleShot(0, m_layout, &DockLayout::fitEnvironments); });
    connect(m_session, &ProjectSession::opened, this, &MainWindow::projectOpened);
    connect(m_session, &ProjectSession::updated, this, &MainWindow::projectUpdated);
    connect(m_session, &ProjectSession::recentChanged, this, &MainWindow::updateRecentMenu);
    connect(m_envPanel, &EnvironmentsPanel::environmentClicked, this,
            &MainWindow::setCurrentEnvironment);
    connect(m_envPanel, &EnvironmentsPanel::passwordRequested, this,
            [this](const QString& environment) {
                const EnvironmentEntry* entry = m_session->store()->entry(environment);
                if (!entry)
                    return;
                PasswordDialog dialog(environment, entry->status.displayUrl,
                                      entry->status.error.message, this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                m_session->passwords()->setPassword(environment, dialog.password(),
                                                    dialog.remember());
                m_session->store()->refreshOne(environment);
            });
    connect(m_envPanel, &EnvironmentsPanel::environmentMenuRequested, this,
            [this](const QString& environment, const QPoint& pos) {
                setCurrentEnvironment(environment);
                QMenu menu(this);
                menu.addAction(m_actions->action(Action::UpgradeHeads));
                menu.addAction(m_actions->action(Action::DowngradeOne));
                menu.addSeparator();
                menu.addAction(m_actions->refresh());
                menu.addActions({m_envActions->testAction(), m_envActions->editAction(),
                                 m_envActions->removeAction()});
                if (m_dirty->canResolve(environment)) {
                    menu.addSeparator();
                    menu.addAction(m_dirty->action());
                }
                menu.exec(pos);
            });
    // Environments: the drift badge opens its comparison; Add/Edit/Test/Remove write strata.toml
    // (EnvironmentActions) and select what they wrote.
    connect(m_envPanel, &EnvironmentsPanel::showDrift, this, [this](const QString& environment) {
        showView(QStringLiteral("drift"));
        const DriftComparison& shown = m_drift->view()->comparison();
        if (shown.a.label != environment || shown.b.label != QLatin1String("expected"))
            m_drift->view()->compare(environment, QStringLiteral("expected"));
    });
    connect(m_envActions, &EnvironmentActions::message, this, &MainWindow::showMessage);
    // A dirty environment: Environment > Resolve… (and the card's menu); the drift coordinator
    // brings its view forward when a card's badge asks for a comparison.
    connect(m_dirty, &DirtyResolution::resolved, this,
            [this](const QString&, bool, const QString& message) { showMessage(message); });
    connect(m_drift, &DriftCoordinator::viewRequested, this,
            [this] { showView(QStringLiteral("drift")); });
    connect(m_envActions, &EnvironmentActions::environmentWritten, this,
            &MainWindow::setCurrentEnvironment);
    connect(m_runs, &RunCoordinator::runningChanged, this, &MainWindow::updateActions);
    connect(m_runs, &RunCoordinator::message, this, &MainWindow::showMessage);
    connect(m_runs, &RunCoordinator::consoleWanted, this, [this] { showDock("consoleDock"); });
    connect(m_editors, &EditorTabs::message, this, &MainWindow::showMessage);
    // A revision written from the drift view's differences: into the graph, open in the editor.
    connect(m_drift->view(), &DriftView::revisionWritten, this, [this](const QString& path) {
        m_session->revisionFileWritten(path);
        m_editors->openEditor(path);
    });
    connect(m_editors, &EditorTabs::tryItFinished, this,
            [this](const QString& heading, const QStringList& lines, bool ok) {
                m_runs->console()->showReport(heading, lines, ok);
                showDock("consoleDock");
            });
    // An error (or statement) in the run console: its revision opens at the line.
    connect(m_runs->console(), &RunConsole::openRevisionAt, this,
            [this](const QString& id, int line) {
                const Revision* r =
                    m_session->project() ? m_session->project()->graph().revision(id) : nullptr;
                if (RevisionEditor* editor = r ? m_editors->openEditor(r->filePath) : nullptr)
                    editor->jumpToFileLine(line);
            });
    // The project's check and lint problems, computed off the GUI thread; double-click opens
    // a revision at the line (anything else with the desktop's handler).
    connect(m_session->problems(), &ProjectProblems::finished, this,
            [this] { m_problems->setItems(m_session->problems()->items()); });
    connect(m_problems, &ProblemsPanel::openRequested, this, [this](const QString& file, int line) {
        const std::shared_ptr<const Project>& project = m_session->project();
        bool revision = false;
        if (project)
            for (const Revision& r : project->graph().revisions())
                revision = revision || QFileInfo(r.filePath) == QFileInfo(file);
        if (!revision) {
            if (QFileInfo::exists(file))
                QDesktopServices::openUrl(QUrl::fromLocalFile(file));
            return;
        }
        if (RevisionEditor* editor = m_editors->openEditor(file); editor && line > 0)
            editor->jumpToFileLine(line);
    });
    connect(m_problems, &ProblemsPanel::countChanged, this, [this](int n) {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("problemsDock"))) {
            dock->setWindowTitle(n > 0 ? tr("Problems (%1)").arg(n) : tr("Problems"));
            // The editor lists its own problems: the Editing layout keeps the room.
            if (n > 0 && m_layout->current() != DockLayout::Layout::Editing)
                dock->show();
        }
    });

    resize(1400, 880);
    restoreLayout();
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow() {
    m_runs->cancel();
    m_runs->waitForFinished();
}

void MainWindow::createDocks() {
    // The environments side by side above the graph, the inspector to the right, the console,
    // history and problems below; where each goes per task is DockLayout's.
    QDockWidget* envs = m_layout->addDock(m_envPanel, tr("Environments"), "environmentsDock",
                                          Qt::TopDockWidgetArea);
    connect(envs, &QDockWidget::dockLocationChanged, m_envPanel, [this](Qt::DockWidgetArea area) {
        m_envPanel->setHorizontal(area == Qt::TopDockWidgetArea ||
                                  area == Qt::BottomDockWidgetArea);
    });
    m_layout->addDock(m_inspector, tr("Revision"), "inspectorDock", Qt::RightDockWidgetArea);
    m_layout->addDock(m_runs->console(), tr("Run console"), "consoleDock",
                      Qt::BottomDockWidgetArea);
    m_layout->addDock(m_history, tr("History"), "historyDock", Qt::BottomDockWidgetArea);
    m_layout->addDock(m_problems, tr("Problems"), "problemsDock", Qt::BottomDockWidgetArea);
    m_layout->applyDefault(DockLayout::Layout::Graph);
    // An editor tab in front is the Editing layout, the drift tab the Drift one.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        QWidget* current = m_tabs->currentWidget();
        if (!current)
            return;
        if (current == m_drift->view())
            m_layout->followCentral(DockLayout::Layout::Drift);
        else if (current == m_graphView || current == m_matrixView)
            m_layout->followCentral(DockLayout::Layout::Graph);
        else
            m_layout->followCentral(DockLayout::Layout::Editing);
    });
}

void MainWindow::createActions() {
    createFileMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(icon("search"), tr("&Find Revision"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_graphView);
        m_graphView->searchBox()->setFocus();
        m_graphView->searchBox()->selectAll();
    });
    QAction* findNext = edit->addAction(tr("Find &Next"));
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, m_graphView, &GraphView::findNext);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });

    createRunActions();
    createViewMenu();

    m_help = new HelpMenu(this);
    createToolBar();
    rebuildEnvironmentMenu();
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = file->addAction(tr("&New Project…"));
    newProject->setObjectName(QStringLiteral("actionNewProject"));
    newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(newProject, &QAction::triggered, this, &MainWindow::newProject);
    m_open = file->addAction(icon("open"), tr("&Open Project…"));
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open Project (a folder with strata.toml)"), m_session->projectDir());
        if (!dir.isEmpty())
            openProject(dir);
    });
    QAction* save = file->addAction(icon("save"), tr("Save &Revision"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        if (RevisionEditor* editor = m_editors->currentEditor())
            editor->save();
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction* reload = file->addAction(tr("Re&load Project"));
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reload, &QAction::triggered, this, [this] {
        if (!m_session->projectDir().isEmpty())
            openProject(m_session->projectDir());
    });
    QAction* saveLog = file->addAction(icon("save"), tr("&Save Run Log…"));
    saveLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveLog, &QAction::triggered, m_runs->console(), &RunConsole::saveLogAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    updateRecentMenu();
}

void MainWindow::createRunActions() {
    m_actions = new RunActions(this);
    connect(m_actions, &RunActions::triggered, this, &MainWindow::perform);
    connect(m_actions->refresh(), &QAction::triggered, m_session->store(),
            &EnvironmentStore::refresh);
    connect(m_actions->refresh(), &QAction::triggered, m_session->groups(), &GroupStore::refresh);
    connect(m_actions->cancelRun(), &QAction::triggered, m_runs, &RunCoordinator::cancel);
    m_envMenu = menuBar()->addMenu(tr("E&nvironment"));
    m_envActions = new EnvironmentActions(
        m_session, [this] { return currentEnvironment(); }, this);
    m_dirty = new DirtyResolution(m_session, this);

    QMenu* revision = menuBar()->addMenu(tr("&Revision"));
    for (Action a :
         {Action::UpgradeHere, Action::DowngradeHere, Action::StampHere, Action::GoToTarget})
        revision->addAction(m_actions->action(a));
    revision->addMenu(m_graphView->headsMenu());
    revision->addSeparator();
    m_editRevision = revision->addAction(icon("open"), tr("&Edit Revision"));
    m_editRevision->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editRevision, &QAction::triggered, this, [this] {
        const auto& project = m_session->project();
        if (const Revision* rev =
                project ? project->graph().revision(m_graphView->currentRevision()) : nullptr)
            m_editors->openEditor(rev->filePath);
    });
    QAction* newRev = revision->addAction(tr("&New Revision…"));
    newRev->setShortcut(QKeySequence::New);
    connect(newRev, &QAction::triggered, this, [this] { m_editors->newRevision(QString()); });
    m_newAfter = revision->addAction(tr("New Revision &After This…"));
    m_newAfter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newAfter, &QAction::triggered, this,
            [this] { m_editors->newRevision(m_graphView->currentRevision()); });
    QAction* merge = revision->addAction(tr("&Merge Heads…"));
    merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(merge, &QAction::triggered, m_editors, &EditorTabs::mergeHeads);
}

void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* graphTab = view->addAction(tr("Revision &Graph"));
    graphTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_G));
    connect(graphTab, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_graphView); });
    QAction* matrixTab = view->addAction(tr("&Matrix"));
    matrixTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_M));
    connect(matrixTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_matrixView); });
    QAction* driftTab = view->addAction(tr("&Drift"));
    driftTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    connect(driftTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_drift->view()); });
    view->addSeparator();
    view->addMenu(m_layout->createMenu(view));
    view->addMenu(ThemeManager::createMenu(view));
    view->addMenu(CodeTheme::createMenu(view));
    view->addMenu(LanguageMenu::create(view, [this] {
        showMessage(tr("The language changes when Strata Studio starts again."));
    }));
    view->addSeparator();
    int key = Qt::Key_1;
    for (QDockWidget* d : m_layout->docks()) {
        QAction* toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | key++));
        view->addAction(toggle);
    }
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_open);
    bar->addAction(m_actions->refresh());
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Environment: "), bar));
    bar->addWidget(m_environments->combo());
    bar->addSeparator();
    for (Action a : {Action::UpgradeHere, Action::DowngradeHere, Action::StampHere})
        bar->addAction(m_actions->action(a));
    bar->addSeparator();
    bar->addAction(m_actions->action(Action::UpgradeHeads));
    bar->addAction(m_actions->action(Action::DowngradeOne));
    bar->addAction(m_actions->action(Action::GoToTarget));
    bar->addAction(m_actions->cancelRun());
}

// The environment-named actions ("Downgrade prod to here") make the toolbar wider than a
// 1366 px screen, pushing Go to… and Cancel behind the » menu: then the "here" actions show their
// icon only (their tooltips keep the text and the shortcut).
void MainWindow::fitToolBar() {
    if (!m_toolBar)
        return;
    const std::array<Action, 3> here = {Action::UpgradeHere, Action::DowngradeHere,
                                        Action::StampHere};
    const auto setStyle = [this, &here](Qt::ToolButtonStyle style) {
        for (Action a : here)
            if (auto* button =
                    qobject_cast<QToolButton*>(m_toolBar->widgetForAction(m_actions->action(a))))
                button->setToolButtonStyle(style);
    };
    setStyle(Qt::ToolButtonTextBesideIcon);
    int wanted = 0;
    for (QAction* a : m_toolBar->actions())
        if (QWidget* w = m_toolBar->widgetForAction(a))
            wanted += w->sizeHint().width() + m_toolBar->layout()->spacing();
    if (wanted > m_toolBar->width())
        setStyle(Qt::ToolButtonIconOnly);
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

void MainWindow::rebuildEnvironmentMenu() {
    m_environments->clearMenuEntries();
    m_envMenu->clear();
    m_envMenu->addAction(m_actions->refresh());
    m_envMenu->addSeparator();
    m_envMenu->addAction(m_actions->action(Action::UpgradeHeads));
    m_envMenu->addAction(m_actions->action(Action::DowngradeOne));
    m_envMenu->addAction(m_actions->action(Action::GoToTarget));
    m_envMenu->addAction(m_actions->cancelRun());
    m_envMenu->addSeparator();
    m_envMenu->addActions(m_envActions->actions());
    m_envMenu->addAction(m_dirty->action());
    m_envMenu->addSeparator();
    m_environments->rebuild(m_envMenu);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = ProjectSession::recentProjects();
    int n = 0;
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newProject() {
    NewProjectDialog dialog(QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        openProject(QFileInfo(dialog.createdToml()).absolutePath());
}

bool MainWindow::openProject(const QString& path) {
    const Result<void> opened = m_session->open(path);
    if (!opened) {
        m_problems->setProblems({opened.error()});
        showMessage(tr("Could not open %1: %2").arg(path, opened.error().toString()));
        return false;
    }
    return true;
}

void MainWindow::projectOpened() {
    const std::shared_ptr<const Project>& project = m_session->project();
    m_problems->setProblems(project->problems(), project->warnings());
    m_matrixModel->setProject(project);
    m_inspector->setProject(project);

    rebuildEnvironmentMenu();
    if (!m_session->store()->entries().isEmpty())
        m_history->setEntry(m_session->store()->entries().constFirst());
    setWindowTitle(tr("%1 — Strata Studio").arg(QFileInfo(m_session->projectDir()).fileName()));
    if (m_session->graphModel()->rowCount() > 0)
        m_graphView->selectRevision(m_session->graphModel()->revisionAt(0));
    QTimer::singleShot(0, m_layout, &DockLayout::fitEnvironments); // the cards laid out first
    updateStatusBar();
    updateActions();
}

void MainWindow::projectUpdated(const QString& revision) {
    const QString selected = revision.isEmpty() ? m_graphView->currentRevision() : revision;
    const std::shared_ptr<const Project>& project = m_session->project();
    // The Problems panel keeps its rows until ProjectProblems has checked the new graph.
    m_matrixModel->setProject(project);
    m_inspector->setProject(project);
    environmentsChanged();
    if (!selected.isEmpty())
        m_graphView->selectRevision(selected);
}

void MainWindow::environmentsChanged() {
    const QList<EnvironmentEntry> entries =
        m_session->store()->entries(); // a copy: views may change the store
    m_matrixModel->setEnvironments(entries);
    m_inspector->setEnvironments(entries);
    if (const EnvironmentEntry* e = m_session->store()->entry(currentEnvironment()))
        m_history->setEntry(*e);
    updateStatusBar();
    updateActions();
}

void MainWindow::updateStatusBar() {
    m_statusLabels->update(m_session->project().get(), *m_session->store(), m_runs->isRunning());
}

void MainWindow::updateActions() {
    m_actions->update(m_session->project() ? currentEnvironment() : QString(),
                      !m_graphView->currentRevision().isEmpty(), !m_runs->isRunning());
    m_envPanel->setCurrentEnvironment(currentEnvironment()); // the target highlighted
    fitToolBar(); // the action texts name the environment
    updateStatusBar();
}

void MainWindow::showDock(const char* name) {
    if (auto* d = findChild<QDockWidget*>(QLatin1String(name))) {
        d->show();
        d->raise();
    }
}

void MainWindow::showView(const QString& name) {
    if (name == QLatin1String("matrix"))
        m_tabs->setCurrentWidget(m_matrixView);
    else if (name == QLatin1String("drift"))
        m_tabs->setCurrentWidget(m_drift->view());
    else
        m_tabs->setCurrentWidget(m_graphView);
    if (name == QLatin1String("history"))
        showDock("historyDock");
    else if (name == QLatin1String("problems"))
        showDock("problemsDock");
}

void MainWindow::setCurrentEnvironment(const QString& name) {
    m_environments->setCurrent(name);
}

QString MainWindow::currentEnvironment() const {
    return m_environments->current();
}

void MainWindow::showMessage(const QString& message) {
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::perform(Action action) {
    return m_runs->perform(action, currentEnvironment(), m_graphView->currentRevision());
}

void MainWindow::restoreLayout() {
    m_layout->restore();
    m_graphView->table()->horizontalHeader()->restoreState(
        QSettings().value(QStringLiteral("graph/header")).toByteArray());
}

void MainWindow::saveLayout() const {
    m_layout->save();
    QSettings().setValue(QStringLiteral("graph/header"),
                         m_graphView->table()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_editors->closeAll()) {
        event->ignore();
        return;
    }
    if (m_runs->isRunning()) {
        const auto answer =
            QMessageBox::question(this, tr("A run is in progress"),
                                  tr("Cancel the run and quit? The current revision rolls back."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runs->cancel();
        m_runs->waitForFinished();
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedProject(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedProject(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openProject(path);
    }
}

} // namespace strata
