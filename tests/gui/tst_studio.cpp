// The studio against the sandbox: opening a project, the graph's rows and lanes, the plan
// dialog's typed confirmation, and real runs through the actions (upgrade, downgrade one step,
// stamp, cancel of a pg_sleep revision), an unreachable environment beside reachable ones.
#include "MainWindow.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "common/PasswordStore.h"
#include "common/ProblemsPanel.h"
#include "dialogs/PlanDialog.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/MatrixModel.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "run/RunConsole.h"
#include "run/RunController.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace strata;
using namespace strata::test;

namespace {

// A TCP port on 127.0.0.1 that completes connections (the kernel's backlog) and never answers:
// libpq waits there until its connect_timeout.
class SilentServer {
public:
    SilentServer() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 ||
            ::listen(m_fd, 16) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            qFatal("cannot listen on 127.0.0.1");
        m_port = ntohs(addr.sin_port);
    }
    ~SilentServer() { ::close(m_fd); }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

const QString k0001 = QStringLiteral("0001_init_schema");
const QString k0002 = QStringLiteral("0002_add_chunk_embeddings");
const QString k0003 = QStringLiteral("0003_add_search_indexes");
const QString k0004 = QStringLiteral("0004_add_documents_path_index");
const QString kSleep = QStringLiteral("0005_sleep");

void copyVersions(const QString& to) {
    QDir().mkpath(to);
    const QDir from(sampleProjectDir() + QStringLiteral("/versions"));
    for (const QString& name : from.entryList({QStringLiteral("*.sql")}, QDir::Files))
        QFile::copy(from.filePath(name), to + QLatin1Char('/') + name);
}

bool waitForRefresh(MainWindow& window, int timeoutMs = 20000) {
    EnvironmentStore* store = window.environmentStore();
    if (store->pendingReads() == 0)
        return true;
    QSignalSpy spy(store, &EnvironmentStore::refreshFinished);
    return spy.wait(timeoutMs) || store->pendingReads() == 0;
}

QStringList headsOf(MainWindow& window, const QString& env) {
    const EnvironmentState* s = window.environmentStore()->state(env);
    return s ? s->heads : QStringList{QStringLiteral("<no state>")};
}

bool consoleHas(MainWindow& window, const QString& text) {
    for (const QString& line : window.console()->lines())
        if (line.contains(text))
            return true;
    return false;
}

} // namespace

class TestStudio : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openSampleProject();
    void problemsListedProjectStillLoads();
    void branchyGraphLanesAndSearch();
    void planDialogRefusesWrongName();
    void protectedEnvironmentRefusedThroughAction();
    void upgradeToHeadThroughAction();
    void downgradeOneStep();
    void stampHere();
    void cancelSleepingRevision();
    void unreachableEnvironmentShowsItsError();
    void failedRevisionShowsSqlstateAndPosition();
    void changedFileIsMarked();
    void typedPasswordNeverShown();

private:
    // A project over fresh sandbox databases: dev, test, prod (protected), down (unreachable).
    // `silentPort`: adds `silent`, a server that accepts connections and never answers.
    void makeProject(bool withSleep, quint16 silentPort = 0);
    bool runAction(MainWindow& window, MainWindow::Action action, const QString& typedName = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxDatabase> m_dev, m_test, m_prod;
    std::unique_ptr<MainWindow> m_window;
};

void TestStudio::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Q_INIT_RESOURCE(strata);
}

void TestStudio::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStudio::cleanup() {
    m_window.reset();
    m_dev.reset();
    m_test.reset();
    m_prod.reset();
    m_dir.reset();
}

void TestStudio::makeProject(bool withSleep, quint16 silentPort) {
    m_dev = std::make_unique<SandboxDatabase>(QStringLiteral("studio_dev"));
    m_test = std::make_unique<SandboxDatabase>(QStringLiteral("studio_test"));
    m_prod = std::make_unique<SandboxDatabase>(QStringLiteral("studio_prod"));
    const QString dir = m_dir->path();
    copyVersions(dir + QStringLiteral("/versions"));
    if (withSleep)
        writeFile(
            dir, QStringLiteral("versions/0005_sleep.sql"),
            QStringLiteral(
                "-- Revision ID: 0005_sleep\n-- Revises: %1\n-- Message: a slow revision\n\n"
                "-- migrate:upgrade\nCREATE TABLE slow_marker (id int);\nSELECT pg_sleep(10);\n\n"
                "-- migrate:downgrade\nDROP TABLE slow_marker;\n")
                .arg(k0004));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral(
                  "[project]\nversions = \"versions\"\n\n"
                  "[environments.dev]\nurl = \"%1\"\ncolor = \"#2e7d32\"\n\n"
                  "[environments.test]\nurl = \"%2\"\ncolor = \"#f9a825\"\n\n"
                  "[environments.prod]\nurl = \"%3\"\ncolor = \"#c62828\"\nprotected = true\n\n"
                  "[environments.down]\nurl = "
                  "\"postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2\"\n")
                      .arg(m_dev->url(), m_test->url(), m_prod->url()) +
                  (silentPort ? QStringLiteral(
                                    "\n[environments.silent]\nurl = "
                                    "\"postgresql://postgres@127.0.0.1:%1/x?connect_timeout=6\"\n")
                                    .arg(silentPort)
                              : QString()));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openProject(dir));
    if (!silentPort)
        QVERIFY(waitForRefresh(*m_window));
}

bool TestStudio::runAction(MainWindow& window, MainWindow::Action action,
                           const QString& typedName) {
    window.setPlanDialogHook([typedName](PlanDialog& dialog) {
        if (dialog.confirmationEdit())
            dialog.confirmationEdit()->setText(
                typedName.isEmpty() ? dialog.request().environment.name : typedName);
        return true;
    });
    QSignalSpy finished(window.runController(), &RunController::finished);
    if (!window.perform(action))
        return false;
    if (!finished.wait(60000))
        return false;
    return waitForRefresh(window);
}

void TestStudio::openSampleProject() {
    MainWindow window;
    QVERIFY(window.openProject(sampleProjectDir()));
    GraphModel* model = window.graphModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->revisionAt(0), k0004); // newest first
    QCOMPARE(model->revisionAt(1), k0003);
    QCOMPARE(model->revisionAt(2), k0002);
    QCOMPARE(model->revisionAt(3), k0001);
    QCOMPARE(model->layout().maxWidth(), 1); // a straight line: one lane
    for (int row = 0; row < 4; ++row) {
        const LaneRow& lanes = model->laneRow(row);
        QCOMPARE(lanes.lane, 0);
        QVERIFY(lanes.passing.empty());
        QCOMPARE(lanes.incoming.size(), size_t(row == 0 ? 0 : 1));
        QCOMPARE(lanes.outgoing.size(), size_t(row == 3 ? 0 : 1));
    }
    QVERIFY(model->markers(0) & GraphModel::Head);
    QVERIFY(model->markers(3) & GraphModel::Base);
    QCOMPARE(model->data(model->index(1, GraphModel::MessageColumn)).toString(),
             QStringLiteral("add full-text and trigram search indexes"));
    QCOMPARE(window.problemsPanel()->count(), 0);
    // The inspector follows the selection, parents and children as links.
    QVERIFY(window.graphView()->selectRevision(k0002));
    QCOMPARE(window.inspector()->revision(), k0002);
    emit window.inspector()->revisionActivated(k0003);
    QCOMPARE(window.graphView()->currentRevision(), k0003);
    window.environmentStore()->setProject({}); // no need to wait for the sample's URLs
}

void TestStudio::problemsListedProjectStillLoads() {
    const QString dir = m_dir->path();
    copyVersions(dir + QStringLiteral("/versions"));
    writeFile(dir, QStringLiteral("versions/0009_orphan.sql"),
              QStringLiteral("-- Revision ID: 0009_orphan\n-- Revises: 0008_missing\n\n-- "
                             "migrate:upgrade\nSELECT 1;\n"));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n"));
    MainWindow window;
    QVERIFY(window.openProject(dir));
    QCOMPARE(window.graphModel()->rowCount(), 4); // the consistent part loads
    QVERIFY(window.problemsPanel()->count() >= 1);
    QTreeWidgetItem* item = window.problemsPanel()->list()->topLevelItem(0);
    QVERIFY2(item->text(0).contains(QStringLiteral("0008_missing")), qPrintable(item->text(0)));
    QVERIFY2(item->text(1).startsWith(QStringLiteral("0009_orphan.sql:")),
             qPrintable(item->text(1))); // file:line
    QVERIFY(item->data(0, Qt::UserRole).toString().endsWith(QStringLiteral("0009_orphan.sql")));
}

void TestStudio::branchyGraphLanesAndSearch() {
    const QString dir = m_dir->path();
    auto rev = [&](const QString& id, const QString& parents, const QString& message,
                   const QString& labels = {}) {
        writeFile(dir, QStringLiteral("versions/%1.sql").arg(id),
                  QStringLiteral(
                      "-- Revision ID: %1\n-- Revises: %2\n-- Message: %3\n-- Branch Labels: %4\n\n"
                      "-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\nSELECT 1;\n")
                      .arg(id, parents, message, labels));
    };
    rev(QStringLiteral("a1"), {}, QStringLiteral("base"));
    rev(QStringLiteral("b1"), QStringLiteral("a1"), QStringLiteral("billing tables"),
        QStringLiteral("billing"));
    rev(QStringLiteral("c1"), QStringLiteral("a1"), QStringLiteral("search tables"));
    rev(QStringLiteral("d1"), QStringLiteral("b1, c1"), QStringLiteral("merge billing and search"));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n"));
    MainWindow window;
    QVERIFY(window.openProject(dir));
    GraphModel* model = window.graphModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->revisionAt(0), QStringLiteral("d1"));
    QCOMPARE(model->layout().maxWidth(), 2);
    QVERIFY(model->markers(0) & GraphModel::Merge);
    QVERIFY(model->markers(model->rowOf(QStringLiteral("a1"))) & GraphModel::BranchPoint);
    QCOMPARE(model->laneRow(0).outgoing.size(), size_t(2));
    QCOMPARE(model->laneRow(model->rowOf(QStringLiteral("a1"))).incoming.size(), size_t(2));
    // Search by message, by label, by id prefix; Enter goes to the next match.
    window.graphView()->searchBox()->setText(QStringLiteral("search tables"));
    QVERIFY(window.graphView()->findNext());
    QCOMPARE(window.graphView()->currentRevision(), QStringLiteral("c1"));
    window.graphView()->searchBox()->setText(QStringLiteral("billing"));
    QVERIFY(window.graphView()->findNext());
    QCOMPARE(window.graphView()->currentRevision(), QStringLiteral("b1"));
    QVERIFY(window.graphView()->findNext()); // wraps to the merge, whose message names billing
    QCOMPARE(window.graphView()->currentRevision(), QStringLiteral("d1"));
    window.graphView()->searchBox()->setText(QStringLiteral("nothing like this"));
    QVERIFY(!window.graphView()->findNext());
    window.environmentStore()->setProject({});
}

void TestStudio::planDialogRefusesWrongName() {
    const QString dir = m_dir->path();
    copyVersions(dir + QStringLiteral("/versions"));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n[environments.prod]\nurl = "
                             "\"postgresql://h/db\"\nprotected = true\n"));
    auto project = Project::open(dir, Project::Mode::Tolerant);
    QVERIFY2(project, describe(project).constData());
    PlannedRun run;
    run.project = std::make_shared<const Project>(std::move(project).value());
    run.environment = *run.project->config().environment(QStringLiteral("prod"));
    run.request.kind = RunRequest::Kind::Upgrade;
    run.request.targets = {QStringLiteral("heads")};
    run.description = QStringLiteral("Upgrade prod to heads");
    auto plan = run.project->graph().planUpgrade(QStringLiteral("heads"), {k0001});
    QVERIFY(plan);
    run.plan = plan.value();

    PlanDialog dialog(run, {k0002}, true);
    QCOMPARE(dialog.stepCount(), 3);
    QVERIFY(dialog.stepSql(0).contains(QStringLiteral("chunk_embeddings")));
    QVERIFY(dialog.warnings().join(u'\n').contains(QStringLiteral("not transactional"))); // 0004
    QVERIFY(dialog.warnings().join(u'\n').contains(
        QStringLiteral("checksum"))); // 0002 given as changed
    QVERIFY(dialog.requiresTypedName());
    QVERIFY(dialog.confirmationEdit());
    QVERIFY(!dialog.runButton()->isEnabled());
    dialog.confirmationEdit()->setText(QStringLiteral("Prod"));
    QVERIFY(!dialog.runButton()->isEnabled());
    dialog.accept(); // refused: stays open, says why
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* refusal = dialog.findChild<QLabel*>(QStringLiteral("planRefusal"));
    QVERIFY(refusal && !refusal->isHidden());
    QVERIFY(refusal->text().contains(QStringLiteral("does not match")));
    dialog.confirmationEdit()->setText(QStringLiteral("prod"));
    QVERIFY(dialog.runButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestStudio::protectedEnvironmentRefusedThroughAction() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("prod"));
    QCOMPARE(headsOf(*m_window, QStringLiteral("prod")), QStringList());
    QVERIFY(!runAction(*m_window, MainWindow::Action::UpgradeHeads, QStringLiteral("dev")));
    QVERIFY(!m_window->runController()->isRunning());
    QVERIFY(m_window->console()->lines().isEmpty()); // nothing ran
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("nothing ran")));
    m_window->environmentStore()->refresh();
    QVERIFY(waitForRefresh(*m_window));
    QCOMPARE(headsOf(*m_window, QStringLiteral("prod")), QStringList());
    // The right name runs it.
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QCOMPARE(headsOf(*m_window, QStringLiteral("prod")), QStringList{k0004});
}

void TestStudio::upgradeToHeadThroughAction() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(m_window->graphView()->selectRevision(k0004));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHere));
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{k0004});
    QVERIFY(consoleHas(*m_window, QStringLiteral("upgrade 0001_init_schema (1/4)")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("upgrade 0004_add_documents_path_index (4/4)")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("CREATE TABLE documents")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("NOTICE"))); // pgvector fallback notices
    QVERIFY(consoleHas(*m_window, QStringLiteral("run finished")));
    // The badges, the matrix, the card and the history follow.
    GraphModel* model = m_window->graphModel();
    bool devBadge = false;
    for (const auto& badge : model->badges(model->rowOf(k0004)))
        devBadge |= badge.name == QLatin1String("dev");
    QVERIFY(devBadge);
    QCOMPARE(m_window->matrixModel()->cell(model->rowOf(k0004), 0), MatrixModel::Cell::Head);
    QCOMPARE(m_window->matrixModel()->cell(model->rowOf(k0001), 0), MatrixModel::Cell::Applied);
    QCOMPARE(m_window->matrixModel()->cell(model->rowOf(k0001), 1), MatrixModel::Cell::Pending);
    QVERIFY(m_window->environmentsPanel()
                ->card(QStringLiteral("dev"))
                ->text()
                .contains(QStringLiteral("up to date")));
    QVERIFY(m_window->environmentsPanel()
                ->card(QStringLiteral("test"))
                ->text()
                .contains(QStringLiteral("4 pending")));
    QCOMPARE(m_window->historyView()->model()->rowCount(), 4);
    m_window->graphView()->selectRevision(k0002);
    QVERIFY(m_window->inspector()->appliedText().contains(QStringLiteral("applied on")));
}

void TestStudio::downgradeOneStep() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("test"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QCOMPARE(headsOf(*m_window, QStringLiteral("test")), QStringList{k0004});
    QVERIFY(runAction(*m_window, MainWindow::Action::DowngradeOne));
    QCOMPARE(headsOf(*m_window, QStringLiteral("test")), QStringList{k0003});
    QVERIFY(consoleHas(*m_window, QStringLiteral("downgrade 0004_add_documents_path_index (1/1)")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("DROP INDEX")));
}

void TestStudio::stampHere() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(m_window->graphView()->selectRevision(k0002));
    QVERIFY(runAction(*m_window, MainWindow::Action::StampHere));
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{k0002});
    QVERIFY(consoleHas(*m_window, QStringLiteral("stamp")));
    // Nothing of 0001/0002 ran: the documents table does not exist.
    auto conn = m_dev->connect();
    QVERIFY(conn);
    auto exists =
        conn.value()->exec(QStringLiteral("SELECT to_regclass('public.documents') IS NULL"));
    QVERIFY(exists);
    QCOMPARE(exists->scalar(), QStringLiteral("t"));
}

void TestStudio::cancelSleepingRevision() {
    makeProject(true);
    m_window->setCurrentEnvironment(QStringLiteral("test"));
    m_window->setPlanDialogHook([](PlanDialog&) { return true; });
    // The GUI thread keeps ticking while the revision sleeps.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->perform(MainWindow::Action::UpgradeHeads));
    QTRY_VERIFY_WITH_TIMEOUT(consoleHas(*m_window, QStringLiteral("0005_sleep (5/5)")), 20000);
    QTest::qWait(1000);
    QVERIFY(m_window->runController()->isRunning());
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(m_window->console()->cancelButton()->isEnabled());
    m_window->console()->cancelButton()->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(clock.elapsed() < 10000 + 8000, "cancel did not stop pg_sleep");
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(consoleHas(*m_window, QStringLiteral("run cancelled")));
    QVERIFY(waitForRefresh(*m_window));
    QCOMPARE(headsOf(*m_window, QStringLiteral("test")), QStringList{k0004}); // 0005 rolled back
}

void TestStudio::unreachableEnvironmentShowsItsError() {
    const SilentServer silent;
    QElapsedTimer clock;
    clock.start();
    makeProject(false, silent.port());
    EnvironmentsPanel* panel = m_window->environmentsPanel();
    QCOMPARE(panel->cards().size(), 5);
    // The others are read while the silent one still waits.
    EnvironmentStore* store = m_window->environmentStore();
    QTRY_VERIFY_WITH_TIMEOUT(store->state(QStringLiteral("dev"))->loaded &&
                                 store->state(QStringLiteral("test"))->loaded &&
                                 store->state(QStringLiteral("prod"))->loaded &&
                                 store->state(QStringLiteral("down"))->loaded,
                             4000);
    QVERIFY2(clock.elapsed() < 5000, "a silent server delayed the others");
    QVERIFY(!store->state(QStringLiteral("silent"))->loaded);
    QVERIFY(panel->card(QStringLiteral("silent"))->text().contains(QStringLiteral("reading")));
    QVERIFY(waitForRefresh(*m_window, 30000));
    QVERIFY(!store->state(QStringLiteral("silent"))->reachable);
    QVERIFY(panel->card(QStringLiteral("silent"))->text().contains(QStringLiteral("Error")));
    const EnvironmentState* down = m_window->environmentStore()->state(QStringLiteral("down"));
    QVERIFY(down && down->loaded && !down->reachable && !down->error.isEmpty());
    QVERIFY2(panel->card(QStringLiteral("down"))->text().contains(QStringLiteral("Error")),
             qPrintable(panel->card(QStringLiteral("down"))->text()));
    for (const QString& name :
         {QStringLiteral("dev"), QStringLiteral("test"), QStringLiteral("prod")}) {
        const EnvironmentState* s = m_window->environmentStore()->state(name);
        QVERIFY(s && s->reachable);
        QVERIFY(panel->card(name)->text().contains(QStringLiteral("4 pending")));
    }
    // A second refresh: the reachable ones come back without waiting for the silent one.
    QSignalSpy changed(store, &EnvironmentStore::stateChanged);
    store->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 4, 4000);
    QVERIFY(waitForRefresh(*m_window, 30000));
    QVERIFY(!m_window->environmentStore()->state(QStringLiteral("down"))->reachable);
    m_window->setCurrentEnvironment(QStringLiteral("down"));
    QVERIFY(!m_window->perform(MainWindow::Action::UpgradeHeads));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("unreachable")));
}

void TestStudio::failedRevisionShowsSqlstateAndPosition() {
    makeProject(false);
    writeFile(m_dir->path(), QStringLiteral("versions/0005_broken.sql"),
              QStringLiteral("-- Revision ID: 0005_broken\n-- Revises: %1\n-- Message: broken\n\n"
                             "-- migrate:upgrade\nCREATE TABLE ok_one (id int);\nSELECT "
                             "no_such_column FROM documents;\n\n"
                             "-- migrate:downgrade\nDROP TABLE ok_one;\n")
                  .arg(k0004));
    QVERIFY(m_window->openProject(m_dir->path()));
    QVERIFY(waitForRefresh(*m_window));
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QVERIFY(consoleHas(*m_window, QStringLiteral("run failed")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("SQLSTATE: 42703")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("SELECT no_such_column FROM documents")));
    // The caret sits under the failing column.
    const QStringList lines = m_window->console()->lines();
    const int statement =
        int(lines.indexOf(QRegularExpression(QStringLiteral(".*SELECT no_such_column.*"))));
    QVERIFY(statement >= 0 && statement + 1 < lines.size());
    const int caret = int(lines[statement + 1].indexOf(u'^'));
    QCOMPARE(lines[statement].mid(caret, 14), QStringLiteral("no_such_column"));
    // The revision rolled back; the others stay applied; the history shows the failed row.
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{k0004});
    HistoryModel* history = m_window->historyView()->model();
    bool failedRow = false;
    for (int row = 0; row < history->rowCount(); ++row)
        failedRow |= history->isFailed(row);
    QVERIFY(failedRow);
}

void TestStudio::changedFileIsMarked() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    const QString file = m_dir->path() + QStringLiteral("/versions/0003_add_search_indexes.sql");
    writeFile(
        m_dir->path(), QStringLiteral("versions/0003_add_search_indexes.sql"),
        readFile(file).replace(
            QStringLiteral("-- migrate:downgrade"),
            QStringLiteral("SELECT 1; -- edited after it was applied\n-- migrate:downgrade")));
    QVERIFY(m_window->openProject(m_dir->path()));
    QVERIFY(waitForRefresh(*m_window));
    const EnvironmentState* dev = m_window->environmentStore()->state(QStringLiteral("dev"));
    QVERIFY(dev && dev->checksumMismatches.contains(k0003));
    GraphModel* model = m_window->graphModel();
    QVERIFY(model->markers(model->rowOf(k0003)) & GraphModel::ChecksumChanged);
    QVERIFY(!(model->markers(model->rowOf(k0002)) & GraphModel::ChecksumChanged));
    QVERIFY(m_window->environmentsPanel()->card(QStringLiteral("dev"))->text().contains(k0003));
}

void TestStudio::typedPasswordNeverShown() {
    const QString secret = QStringLiteral("s3cr'et pa$$ word");
    Environment uri;
    uri.name = QStringLiteral("u");
    uri.url = QStringLiteral("postgresql://alice@db.example:5432/app");
    const Environment withUri = PasswordStore::withPassword(uri, secret);
    QVERIFY(withUri.url.contains(QStringLiteral("password=")));
    QVERIFY(!withUri.displayUrl().contains(QStringLiteral("s3cr")));
    Environment conninfo;
    conninfo.name = QStringLiteral("c");
    conninfo.url = QStringLiteral("host=db.example dbname=app user=alice");
    const Environment withConninfo = PasswordStore::withPassword(conninfo, secret);
    QVERIFY(withConninfo.url.contains(QStringLiteral("password='s3cr\\'et pa$$ word'")));
    QVERIFY(!withConninfo.displayUrl().contains(QStringLiteral("s3cr")));
    QVERIFY(PasswordStore::needsPassword(QStringLiteral("fe_sendauth: no password supplied")));
    QVERIFY(PasswordStore::needsPassword(
        QStringLiteral("password authentication failed for user \"x\"")));

    // Through the window: the typed password is used to connect and shown nowhere.
    makeProject(false);
    m_window->passwords()->setPassword(QStringLiteral("dev"), secret, false);
    m_window->environmentStore()->refresh();
    QVERIFY(waitForRefresh(*m_window));
    const EnvironmentState* dev = m_window->environmentStore()->state(QStringLiteral("dev"));
    QVERIFY(dev && dev->reachable);
    QVERIFY(!dev->displayUrl.contains(QStringLiteral("s3cr")));
    QVERIFY(!m_window->environmentsPanel()
                 ->card(QStringLiteral("dev"))
                 ->text()
                 .contains(QStringLiteral("s3cr")));
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{k0004});
    for (const QString& line : m_window->console()->lines())
        QVERIFY2(!line.contains(QStringLiteral("s3cr")), qPrintable(line));
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
