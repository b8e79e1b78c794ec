#include "MainWindow.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "common/ProblemsPanel.h"
#include "common/Translations.h"
#include "dialogs/PasswordDialog.h"
#include "drift/DriftView.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/MatrixModel.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "run/RunConsole.h"
#include "session/DriftCoordinator.h"
#include "session/EditorTabs.h"
#include "session/ProjectProblems.h"
#include "session/ProjectSession.h"
#include "shell/ConnectionsLabel.h"
#include "shell/ProjectDrop.h"
#include "shell/RunActions.h"

#include <QAction>
#include <QActionGroup>
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
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace strata {

namespace {

QIcon icon(const char* name) {
    return QIcon(QStringLiteral(":/strata/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(QWidget* parent, std::shared_ptr<const StatusSource> status,
                       RunSourceFactory runs)
    : QMainWindow(parent)
    , m_session(new ProjectSession(std::move(status), this))
    , m_graphView(new GraphView(m_session->graphModel(), this))
    , m_matrixModel(new MatrixModel(m_session->graphModel(), this))
    , m_matrixView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_envPanel(new EnvironmentsPanel(m_session->store(), this))
    , m_inspector(new RevisionInspector(this))
    , m_problems(new ProblemsPanel(this))
    , m_history(new HistoryView(this))
    , m_runs(new RunCoordinator(m_session, std::move(runs), this))
    , m_drift(new DriftCoordinator(m_session, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Strata Studio"));
    setWindowIcon(icon("strata"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_graphView->setObjectName(QStringLiteral("graphView"));
    m_envPanel->setObjectName(QStringLiteral("environmentsPanel"));
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
                menu.addSeparator();
                menu.addAction(m_editRevision);
                menu.addAction(m_newAfter);
                menu.exec(pos);
            });
    EnvironmentStore* store = m_session->store();
    connect(store, &EnvironmentStore::entryChanged, this, &MainWindow::environmentsChanged);
    connect(store, &EnvironmentStore::entriesReset, this, &MainWindow::environmentsChanged);
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
                menu.exec(pos);
            });
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
            if (n > 0)
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
    auto dock = [this](QWidget* widget, const QString& title, const char* name,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    // The environments side by side above the graph, the inspector to the right, the console,
    // history and problems below.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget* envs =
        dock(m_envPanel, tr("Environments"), "environmentsDock", Qt::TopDockWidgetArea);
    connect(envs, &QDockWidget::dockLocationChanged, m_envPanel, [this](Qt::DockWidgetArea area) {
        m_envPanel->setHorizontal(area == Qt::TopDockWidgetArea ||
                                  area == Qt::BottomDockWidgetArea);
    });
    QDockWidget* inspector =
        dock(m_inspector, tr("Revision"), "inspectorDock", Qt::RightDockWidgetArea);
    resizeDocks({inspector}, {440}, Qt::Horizontal);
    resizeDocks({envs}, {236}, Qt::Vertical);
    QDockWidget* console =
        dock(m_runs->console(), tr("Run console"), "consoleDock", Qt::BottomDockWidgetArea);
    QDockWidget* history = dock(m_history, tr("History"), "historyDock", Qt::BottomDockWidgetArea);
    QDockWidget* problems =
        dock(m_problems, tr("Problems"), "problemsDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(console, history);
    tabifyDockWidget(history, problems);
    console->raise();
    resizeDocks({console}, {250}, Qt::Vertical);
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

    createRunActions();
    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Strata Studio"));
    about->setShortcut(QKeySequence::HelpContents);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Strata Studio"),
            tr("<h3>Strata Studio %1</h3><p>PostgreSQL migrations, Alembic-compatible.</p>")
                .arg(QApplication::applicationVersion()));
    });
    createToolBar();
    rebuildEnvironmentMenu();
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
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
    connect(m_actions->cancelRun(), &QAction::triggered, m_runs, &RunCoordinator::cancel);
    m_envMenu = menuBar()->addMenu(tr("E&nvironment"));
    m_envGroup = new QActionGroup(this);

    QMenu* revision = menuBar()->addMenu(tr("&Revision"));
    for (Action a : {Action::UpgradeHere, Action::DowngradeHere, Action::StampHere})
        revision->addAction(m_actions->action(a));
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
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("system"), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}};
    for (const auto& [code, name] : choices) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(Translations::configured() == code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            Translations::setConfigured(code);
            showMessage(tr("The language changes when Strata Studio starts again."));
        });
    }
    QAction* driftTab = view->addAction(tr("&Drift"));
    driftTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    connect(driftTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_drift->view()); });
    view->addSeparator();
    int key = Qt::Key_1;
    for (QDockWidget* d : findChildren<QDockWidget*>()) {
        QAction* toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | key++));
        view->addAction(toggle);
    }
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_open);
    bar->addAction(m_actions->refresh());
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Environment: "), bar));
    m_envCombo = new QComboBox(bar);
    m_envCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_envCombo->setMinimumContentsLength(8);
    m_envCombo->setToolTip(tr("The environment the actions apply to (Ctrl+1…9)"));
    bar->addWidget(m_envCombo);
    connect(m_envCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (const EnvironmentEntry* e = m_session->store()->entry(currentEnvironment()))
            m_history->setEntry(*e);
        updateActions();
        const auto actions = m_envGroup->actions();
        const int i = m_envCombo->currentIndex();
        if (i >= 0 && i < actions.size())
            actions[i]->setChecked(true);
    });
    bar->addSeparator();
    for (Action a : {Action::UpgradeHere, Action::DowngradeHere, Action::StampHere})
        bar->addAction(m_actions->action(a));
    bar->addSeparator();
    bar->addAction(m_actions->action(Action::UpgradeHeads));
    bar->addAction(m_actions->action(Action::DowngradeOne));
    bar->addAction(m_actions->cancelRun());
}

void MainWindow::rebuildEnvironmentMenu() {
    m_envMenu->clear();
    for (QAction* a : m_envGroup->actions())
        delete a;
    m_envMenu->addAction(m_actions->refresh());
    m_envMenu->addSeparator();
    m_envMenu->addAction(m_actions->action(Action::UpgradeHeads));
    m_envMenu->addAction(m_actions->action(Action::DowngradeOne));
    m_envMenu->addAction(m_actions->cancelRun());
    m_envMenu->addSeparator();
    int i = 0;
    for (const EnvironmentEntry& e : m_session->store()->entries()) {
        QAction* a = m_envMenu->addAction(e.name);
        a->setCheckable(true);
        a->setActionGroup(m_envGroup);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        const QString name = e.name;
        connect(a, &QAction::triggered, this, [this, name] { setCurrentEnvironment(name); });
        ++i;
    }
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

    const QSignalBlocker block(m_envCombo);
    m_envCombo->clear();
    for (const EnvironmentEntry& e : m_session->store()->entries()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(e.color));
        m_envCombo->addItem(QIcon(swatch), e.name);
    }
    rebuildEnvironmentMenu();
    if (!m_envGroup->actions().isEmpty())
        m_envGroup->actions().constFirst()->setChecked(true);
    if (!m_session->store()->entries().isEmpty())
        m_history->setEntry(m_session->store()->entries().constFirst());
    setWindowTitle(tr("%1 — Strata Studio").arg(QFileInfo(m_session->projectDir()).fileName()));
    if (m_session->graphModel()->rowCount() > 0)
        m_graphView->selectRevision(m_session->graphModel()->revisionAt(0));
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
    const int i = m_envCombo->findText(name);
    if (i >= 0)
        m_envCombo->setCurrentIndex(i);
}

QString MainWindow::currentEnvironment() const {
    return m_envCombo ? m_envCombo->currentText() : QString();
}

void MainWindow::showMessage(const QString& message) {
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::perform(Action action) {
    return m_runs->perform(action, currentEnvironment(), m_graphView->currentRevision());
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_graphView->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("graph/header")).toByteArray());
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("graph/header"),
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
