#include "MainWindow.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "common/ProblemsPanel.h"
#include "common/Translations.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/PlanDialog.h"
#include "drift/DriftBadges.h"
#include "drift/DriftView.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/MatrixModel.h"
#include "environments/RunnerStatusSource.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "run/DryRunSource.h"
#include "run/RunConsole.h"
#include "run/RunController.h"
#include "run/RunnerRunSource.h"
#include "runner/Planner.h"
#include "sandbox/Sandbox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
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
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace strata {

namespace {

constexpr int kMaxRecent = 8;

QIcon icon(const char* name) {
    return QIcon(QStringLiteral(":/strata/icons/%1.svg").arg(QLatin1String(name)));
}

RunSourceFactory defaultRunSources() {
    return [] { return std::make_unique<RunnerRunSource>(); };
}

} // namespace

MainWindow::MainWindow(QWidget* parent, std::shared_ptr<const StatusSource> status,
                       RunSourceFactory runs)
    : QMainWindow(parent)
    , m_graphModel(new GraphModel(this))
    , m_graphView(new GraphView(m_graphModel, this))
    , m_matrixModel(new MatrixModel(m_graphModel, this))
    , m_matrixView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_store(new EnvironmentStore(
          status ? std::move(status) : std::make_shared<RunnerStatusSource>(), this))
    , m_envPanel(new EnvironmentsPanel(m_store, this))
    , m_inspector(new RevisionInspector(this))
    , m_problems(new ProblemsPanel(this))
    , m_history(new HistoryView(this))
    , m_console(new RunConsole(this))
    , m_runs(new RunController(runs ? std::move(runs) : defaultRunSources(), this))
    , m_passwords(new PasswordStore(this))
    , m_drift(new DriftView(this))
    , m_driftBadges(new DriftBadges(this)) {
    m_store->setEnvironmentFilter(
        [this](const Environment& env) { return m_passwords->apply(env); });
    connect(m_passwords, &PasswordStore::passwordLoaded, m_store, &EnvironmentStore::refreshOne);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Strata Studio"));
    setWindowIcon(icon("strata"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

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
    m_drift->setObjectName(QStringLiteral("driftView"));
    m_tabs->addTab(m_drift, icon("refresh"), tr("Drift"));
    // Editor tabs close; the graph, matrix and drift tabs stay.
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    setCentralWidget(m_tabs);

    createDocks();
    createActions();

    m_projectLabel = new QLabel(tr("No project"), this);
    m_connectionLabel = new QLabel(this);
    statusBar()->addWidget(m_projectLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_graphView, &GraphView::revisionSelected, this, [this](const QString& id) {
        m_inspector->showRevision(id);
        updateActions();
    });
    connect(m_inspector, &RevisionInspector::revisionActivated, m_graphView,
            &GraphView::selectRevision);
    connect(m_matrixView, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_graphView->selectRevision(m_graphModel->revisionAt(index.row()));
    });
    connect(m_graphView, &GraphView::contextMenuRequested, this,
            [this](const QString&, const QPoint& pos) {
                QMenu menu(this);
                menu.addAction(m_upgradeHere);
                menu.addAction(m_downgradeHere);
                menu.addAction(m_stampHere);
                menu.addSeparator();
                menu.addAction(m_editRevision);
                menu.addAction(m_newAfter);
                menu.exec(pos);
            });
    connect(m_store, &EnvironmentStore::stateChanged, this, &MainWindow::environmentsChanged);
    connect(m_store, &EnvironmentStore::statesReset, this, &MainWindow::environmentsChanged);
    connect(m_envPanel, &EnvironmentsPanel::environmentClicked, this,
            &MainWindow::setCurrentEnvironment);
    connect(m_envPanel, &EnvironmentsPanel::passwordRequested, this,
            [this](const QString& environment) {
                const EnvironmentState* state = m_store->state(environment);
                if (!state)
                    return;
                PasswordDialog dialog(environment, state->displayUrl, state->error, this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                m_passwords->setPassword(environment, dialog.password(), dialog.remember());
                m_store->refreshOne(environment);
            });
    connect(m_envPanel, &EnvironmentsPanel::environmentMenuRequested, this,
            [this](const QString& environment, const QPoint& pos) {
                setCurrentEnvironment(environment);
                QMenu menu(this);
                menu.addAction(m_upgradeHeads);
                menu.addAction(m_downgradeOne);
                menu.addSeparator();
                menu.addAction(m_refresh);
                menu.exec(pos);
            });
    connect(m_runs, &RunController::started, this, [this](const PlannedRun& request) {
        m_console->runStarted(request.description);
        updateActions();
    });
    connect(m_runs, &RunController::event, m_console, &RunConsole::addEvent);
    connect(m_runs, &RunController::finished, this, [this](bool ok) {
        m_console->runEnded(ok);
        updateActions();
        m_store->refresh(); // the panel, badges and matrix show the new state
    });
    connect(m_store, &EnvironmentStore::refreshFinished, this, &MainWindow::computeDrift);
    connect(m_driftBadges, &DriftBadges::badgeReady, this,
            [this](const QString& env, int differences, const QString& error) {
                m_store->setDrift(env, DriftBadges::badgeText(differences),
                                  error.isEmpty() ? tr("actual schema vs the expected schema")
                                                  : error);
            });
    connect(m_console, &RunConsole::cancelRequested, m_runs, &RunController::cancel);
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
        dock(m_console, tr("Run console"), "consoleDock", Qt::BottomDockWidgetArea);
    QDockWidget* history = dock(m_history, tr("History"), "historyDock", Qt::BottomDockWidgetArea);
    QDockWidget* problems =
        dock(m_problems, tr("Problems"), "problemsDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(console, history);
    tabifyDockWidget(history, problems);
    console->raise();
    resizeDocks({console}, {250}, Qt::Vertical);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(icon("open"), tr("&Open Project…"));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open Project (a folder with strata.toml)"), m_projectPath);
        if (!dir.isEmpty())
            openProject(dir);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction* reload = file->addAction(tr("Re&load Project"));
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reload, &QAction::triggered, this, [this] {
        if (!m_projectPath.isEmpty())
            openProject(m_projectPath);
    });
    QAction* saveLog = file->addAction(icon("save"), tr("&Save Run Log…"));
    saveLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveLog, &QAction::triggered, m_console, &RunConsole::saveLogAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    updateRecentMenu();

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

    m_envMenu = menuBar()->addMenu(tr("E&nvironment"));
    m_refresh = new QAction(icon("refresh"), tr("&Refresh Status"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_store, &EnvironmentStore::refresh);
    m_upgradeHeads = new QAction(icon("upgrade"), tr("&Upgrade to Heads…"), this);
    m_upgradeHeads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_upgradeHeads, &QAction::triggered, this, [this] { perform(Action::UpgradeHeads); });
    m_downgradeOne = new QAction(icon("downgrade"), tr("&Downgrade One Step…"), this);
    m_downgradeOne->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_downgradeOne, &QAction::triggered, this, [this] { perform(Action::DowngradeOne); });
    m_cancelRun = new QAction(icon("cancel"), tr("&Cancel Run"), this);
    m_cancelRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancelRun, &QAction::triggered, m_runs, &RunController::cancel);
    m_envGroup = new QActionGroup(this);

    QMenu* revision = menuBar()->addMenu(tr("&Revision"));
    m_upgradeHere = revision->addAction(icon("upgrade"), tr("&Upgrade Environment to Here…"));
    m_upgradeHere->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_upgradeHere, &QAction::triggered, this, [this] { perform(Action::UpgradeHere); });
    m_downgradeHere = revision->addAction(icon("downgrade"), tr("&Downgrade Environment to Here…"));
    m_downgradeHere->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_downgradeHere, &QAction::triggered, this, [this] { perform(Action::DowngradeHere); });
    m_stampHere = revision->addAction(icon("stamp"), tr("&Stamp Environment Here…"));
    m_stampHere->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_stampHere, &QAction::triggered, this, [this] { perform(Action::StampHere); });
    createEditorActions(revision, file);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* graphTab = m_viewMenu->addAction(tr("Revision &Graph"));
    graphTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_G));
    connect(graphTab, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_graphView); });
    QAction* matrixTab = m_viewMenu->addAction(tr("&Matrix"));
    matrixTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_M));
    connect(matrixTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_matrixView); });
    QMenu* language = m_viewMenu->addMenu(tr("&Language"));
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
    QAction* driftTab = m_viewMenu->addAction(tr("&Drift"));
    driftTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    connect(driftTab, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_drift); });
    m_viewMenu->addSeparator();
    int key = Qt::Key_1;
    for (QDockWidget* d : findChildren<QDockWidget*>()) {
        QAction* toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | key++));
        m_viewMenu->addAction(toggle);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Strata Studio"));
    about->setShortcut(QKeySequence::HelpContents);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Strata Studio"),
            tr("<h3>Strata Studio %1</h3><p>PostgreSQL migrations, Alembic-compatible.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addAction(m_refresh);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Environment: "), bar));
    m_envCombo = new QComboBox(bar);
    m_envCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_envCombo->setMinimumContentsLength(8);
    m_envCombo->setToolTip(tr("The environment the actions apply to (Ctrl+1…9)"));
    bar->addWidget(m_envCombo);
    connect(m_envCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (const EnvironmentState* s = m_store->state(currentEnvironment()))
            m_history->setState(*s);
        updateActions();
        const auto actions = m_envGroup->actions();
        const int i = m_envCombo->currentIndex();
        if (i >= 0 && i < actions.size())
            actions[i]->setChecked(true);
    });
    bar->addSeparator();
    bar->addAction(m_upgradeHere);
    bar->addAction(m_downgradeHere);
    bar->addAction(m_stampHere);
    bar->addSeparator();
    bar->addAction(m_upgradeHeads);
    bar->addAction(m_downgradeOne);
    bar->addAction(m_cancelRun);
    rebuildEnvironmentMenu();
}

void MainWindow::rebuildEnvironmentMenu() {
    m_envMenu->clear();
    for (QAction* a : m_envGroup->actions())
        delete a;
    m_envMenu->addAction(m_refresh);
    m_envMenu->addSeparator();
    m_envMenu->addAction(m_upgradeHeads);
    m_envMenu->addAction(m_downgradeOne);
    m_envMenu->addAction(m_cancelRun);
    m_envMenu->addSeparator();
    int i = 0;
    for (const EnvironmentState& s : m_store->states()) {
        QAction* a = m_envMenu->addAction(s.name);
        a->setCheckable(true);
        a->setActionGroup(m_envGroup);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        const QString name = s.name;
        connect(a, &QAction::triggered, this, [this, name] { setCurrentEnvironment(name); });
        ++i;
    }
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    int n = 0;
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentMenu();
}

bool MainWindow::openProject(const QString& path) {
    auto opened = Project::open(path, Project::Mode::Tolerant);
    if (!opened) {
        m_problems->setProblems({opened.error()});
        showMessage(tr("Could not open %1: %2").arg(path, opened.error().toString()));
        return false;
    }
    m_project = std::make_shared<const Project>(std::move(opened).value());
    m_projectPath = m_project->config().projectDir();
    addRecent(m_projectPath);
    m_problems->setProblems(m_project->problems(), m_project->warnings());
    m_graphModel->setProject(m_project);
    m_matrixModel->setProject(m_project);
    m_inspector->setProject(m_project);
    m_passwords->setProject(m_projectPath, m_project->config().environmentNames());
    m_store->setProject(m_project);
    m_drift->setProject(*m_project);

    const QSignalBlocker block(m_envCombo);
    m_envCombo->clear();
    for (const EnvironmentState& s : m_store->states()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(s.color));
        m_envCombo->addItem(QIcon(swatch), s.name);
    }
    rebuildEnvironmentMenu();
    if (!m_envGroup->actions().isEmpty())
        m_envGroup->actions().constFirst()->setChecked(true);
    if (!m_store->states().isEmpty())
        m_history->setState(m_store->states().constFirst());
    setWindowTitle(tr("%1 — Strata Studio").arg(QFileInfo(m_projectPath).fileName()));
    if (m_graphModel->rowCount() > 0)
        m_graphView->selectRevision(m_graphModel->revisionAt(0));
    m_store->refresh();
    updateStatusBar();
    updateActions();
    return true;
}

void MainWindow::environmentsChanged() {
    const auto& states = m_store->states();
    m_graphModel->setEnvironmentStates(states);
    m_matrixModel->setEnvironmentStates(states);
    m_inspector->setEnvironmentStates(states);
    if (const EnvironmentState* s = m_store->state(currentEnvironment()))
        m_history->setState(*s);
    updateStatusBar();
    updateActions();
}

void MainWindow::updateStatusBar() {
    if (!m_project) {
        m_projectLabel->setText(
            tr("No project: File ▸ Open, or drop a folder with strata.toml here"));
        m_connectionLabel->clear();
        return;
    }
    m_projectLabel->setText(
        tr("%1 — %n revision(s)", nullptr, m_project->graph().size())
            .arg(QDir::toNativeSeparators(m_project->config().filePath())) +
        (m_project->problems().isEmpty()
             ? QString()
             : tr(", %n problem(s)", nullptr, int(m_project->problems().size()))));
    QStringList parts;
    for (const EnvironmentState& s : m_store->states()) {
        QString mark = !s.loaded ? QStringLiteral("…")
                                 : (s.reachable ? QStringLiteral("✓") : QStringLiteral("✗"));
        parts << QStringLiteral("<span style=\"color:%1\">●</span> %2 %3")
                     .arg(s.color, s.name.toHtmlEscaped(), mark);
    }
    if (m_runs->isRunning())
        parts << tr("<b>running…</b>");
    m_connectionLabel->setText(parts.join(QLatin1String(" &nbsp; ")));
}

void MainWindow::updateActions() {
    const bool haveEnv = m_project && !currentEnvironment().isEmpty();
    const bool haveRev = haveEnv && !m_graphView->currentRevision().isEmpty();
    const bool idle = !m_runs->isRunning();
    const QString env = currentEnvironment();
    for (QAction* a : {m_upgradeHere, m_downgradeHere, m_stampHere})
        a->setEnabled(haveRev && idle);
    for (QAction* a : {m_upgradeHeads, m_downgradeOne})
        a->setEnabled(haveEnv && idle);
    m_cancelRun->setEnabled(!idle);
    const QString shown = env.isEmpty() ? tr("Environment") : env;
    m_upgradeHere->setText(tr("Upgrade %1 to Here…").arg(shown));
    m_upgradeHere->setIconText(tr("Upgrade to here"));
    m_downgradeHere->setIconText(tr("Downgrade to here"));
    m_stampHere->setIconText(tr("Stamp here"));
    m_upgradeHeads->setIconText(tr("Upgrade to heads"));
    m_downgradeOne->setIconText(tr("Down one step"));
    m_downgradeHere->setText(tr("Downgrade %1 to Here…").arg(shown));
    m_stampHere->setText(tr("Stamp %1 Here…").arg(shown));
    m_upgradeHeads->setText(tr("Upgrade %1 to Heads…").arg(shown));
    m_downgradeOne->setText(tr("Downgrade %1 One Step…").arg(shown));
    updateStatusBar();
}

void MainWindow::showView(const QString& name) {
    if (name == QLatin1String("matrix"))
        m_tabs->setCurrentWidget(m_matrixView);
    else
        m_tabs->setCurrentWidget(m_graphView);
    const QString dock = name == QLatin1String("history")    ? QStringLiteral("historyDock")
                         : name == QLatin1String("problems") ? QStringLiteral("problemsDock")
                                                             : QString();
    if (auto* d = dock.isEmpty() ? nullptr : findChild<QDockWidget*>(dock)) {
        d->show();
        d->raise();
    }
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
    m_lastMessage = message;
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::perform(Action action) {
    if (!m_project || m_runs->isRunning())
        return false;
    const QString envName = currentEnvironment();
    const Environment* env = m_project->config().environment(envName);
    const EnvironmentState* state = m_store->state(envName);
    if (!env || !state) {
        showMessage(tr("Choose an environment first."));
        return false;
    }
    if (!state->loaded || !state->reachable) {
        showMessage(state->loaded
                        ? tr("%1 is unreachable: %2").arg(envName, state->error)
                        : tr("%1 has not been read yet; wait for its status.").arg(envName));
        return false;
    }
    const RevisionGraph& graph = m_project->graph();
    const QString revision = m_graphView->currentRevision();
    PlannedRun request;
    request.project = m_project;
    request.environment = m_passwords->apply(*env);
    request.request.environment = envName;
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
    const Result<StepPlan> plan = Planner::plan(graph, request.request, state->heads);
    if (!plan) {
        showMessage(tr("%1: %2").arg(request.description, plan.error().message));
        if (!m_planHook)
            QMessageBox::warning(this, request.description, plan.error().toString());
        return false;
    }
    request.plan = plan.value();
    if (request.plan.isEmpty()) {
        showMessage(tr("%1: nothing to do.").arg(request.description));
        return false;
    }
    PlanDialog dialog(request, state->checksumMismatches, m_runs->executes(), this);
    const bool accepted =
        m_planHook ? (m_planHook(dialog) && (dialog.accept(), dialog.result() == QDialog::Accepted))
                   : dialog.exec() == QDialog::Accepted;
    if (!accepted) {
        showMessage(tr("%1: cancelled, nothing ran.").arg(request.description));
        return false;
    }
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("consoleDock"))) {
        dock->show();
        dock->raise();
    }
    return m_runs->start(request);
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
    for (RevisionEditor* editor : editors()) {
        m_tabs->setCurrentWidget(editor);
        if (!editor->maybeClose()) {
            event->ignore();
            return;
        }
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

namespace {

QString droppedProject(const QMimeData* mime) {
    if (!mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir() && QFileInfo::exists(info.filePath() + QStringLiteral("/strata.toml")))
            return info.filePath();
        if (info.isFile() && info.suffix() == QLatin1String("toml"))
            return info.filePath();
    }
    return {};
}

} // namespace

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

void MainWindow::createEditorActions(QMenu* revisionMenu, QMenu* fileMenu) {
    revisionMenu->addSeparator();
    m_editRevision = revisionMenu->addAction(icon("open"), tr("&Edit Revision"));
    m_editRevision->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editRevision, &QAction::triggered, this, [this] {
        const Revision* rev =
            m_project ? m_project->graph().revision(m_graphView->currentRevision()) : nullptr;
        if (rev)
            openEditor(rev->filePath);
    });
    QAction* newRev = revisionMenu->addAction(tr("&New Revision…"));
    newRev->setShortcut(QKeySequence::New);
    connect(newRev, &QAction::triggered, this, [this] { newRevision(false); });
    m_newAfter = revisionMenu->addAction(tr("New Revision &After This…"));
    m_newAfter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newAfter, &QAction::triggered, this, [this] { newRevision(true); });
    QAction* merge = revisionMenu->addAction(tr("&Merge Heads…"));
    merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(merge, &QAction::triggered, this, &MainWindow::mergeHeads);

    QAction* save = new QAction(icon("save"), tr("Save &Revision"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        if (auto* editor = qobject_cast<RevisionEditor*>(m_tabs->currentWidget()))
            editor->save();
    });
    fileMenu->insertAction(fileMenu->actions().value(2), save);
}

QList<RevisionEditor*> MainWindow::editors() const {
    QList<RevisionEditor*> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* editor = qobject_cast<RevisionEditor*>(m_tabs->widget(i)))
            out << editor;
    return out;
}

RevisionEditor* MainWindow::openEditor(const QString& filePath) {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    for (RevisionEditor* editor : editors()) {
        if (editor->filePath() == path) {
            m_tabs->setCurrentWidget(editor);
            return editor;
        }
    }
    auto* editor = new RevisionEditor(m_tabs);
    if (auto opened = editor->open(path); !opened) {
        showMessage(tr("Cannot open %1: %2").arg(path, opened.error().toString()));
        delete editor;
        return nullptr;
    }
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setTabToolTip(index, path);
    m_tabs->setCurrentIndex(index);
    connect(editor, &RevisionEditor::titleChanged, this, [this, editor](const QString& title) {
        const int i = m_tabs->indexOf(editor);
        if (i >= 0)
            m_tabs->setTabText(i, title);
    });
    connect(editor, &RevisionEditor::saved, this, &MainWindow::revisionFileWritten);
    connect(editor, &RevisionEditor::tryItFinished, this,
            [this, editor](bool ok, const QStringList& lines) {
                m_console->showReport(tr("Try it: %1").arg(editor->revisionId()), lines, ok);
                if (auto* dock = findChild<QDockWidget*>(QStringLiteral("consoleDock"))) {
                    dock->show();
                    dock->raise();
                }
            });
    // Completion from the current environment's catalog, read in the background.
    if (m_project) {
        if (const Environment* env = m_project->config().environment(currentEnvironment())) {
            const Result<QString> conninfo = m_passwords->apply(*env).conninfo();
            if (conninfo)
                editor->setCompletionSource(*conninfo);
        }
    }
    return editor;
}

void MainWindow::closeTab(int index) {
    auto* editor = qobject_cast<RevisionEditor*>(m_tabs->widget(index));
    if (!editor || !editor->maybeClose())
        return;
    m_tabs->removeTab(index);
    editor->deleteLater();
}

void MainWindow::revisionFileWritten(const QString& path) {
    if (m_projectPath.isEmpty())
        return;
    const QString selected = m_graphView->currentRevision();
    openProject(m_projectPath); // the graph shows the new or changed revision at once
    QString id = selected;
    for (const Revision& rev : m_project->graph().revisions())
        if (QFileInfo(rev.filePath) == QFileInfo(path))
            id = rev.id;
    if (!id.isEmpty())
        m_graphView->selectRevision(id);
}

void MainWindow::newRevision(bool afterSelected) {
    if (!m_project)
        return;
    NewRevisionDialog dialog(m_project->graph(), m_project->primaryVersionsDir(),
                             afterSelected ? m_graphView->currentRevision() : QString(), this);
    connect(&dialog, &NewRevisionDialog::revisionCreated, this, [this](const QString& path) {
        revisionFileWritten(path);
        openEditor(path);
    });
    dialog.exec();
}

void MainWindow::mergeHeads() {
    if (!m_project)
        return;
    MergeDialog dialog(m_project->graph(), m_project->primaryVersionsDir(), this);
    connect(&dialog, &MergeDialog::revisionCreated, this, [this](const QString& path) {
        revisionFileWritten(path);
        openEditor(path);
    });
    dialog.exec();
}

void MainWindow::computeDrift() {
    if (!m_project || m_driftBadges->isBusy())
        return;
    // The expected schema needs a scratch server: a shadow_url, or the sandbox when it runs.
    // The studio does not start a cluster on its own for a badge.
    const auto status = Sandbox().status();
    const bool canBuild = m_project->config().hasShadowUrl() || (status && status->running);
    QStringList reachable;
    for (const EnvironmentState& s : m_store->states()) {
        if (!s.reachable)
            continue;
        if (canBuild)
            reachable << s.name;
        else
            m_store->setDrift(s.name, tr("—"),
                              tr("Start the sandbox (strata sandbox start) or set shadow_url to "
                                 "compare with the expected schema."));
    }
    if (!reachable.isEmpty())
        m_driftBadges->refresh(*m_project, reachable);
}

} // namespace strata
