// The studio against the sandbox: opening a project, the graph's rows and lanes, the plan
// dialog's typed confirmation, and real runs through the actions (upgrade, downgrade one step,
// stamp, cancel of a pg_sleep revision), an unreachable environment beside reachable ones.
#include "GuiThreadGuard.h"
#include "MainWindow.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"
#include "common/PasswordStore.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PreFlightSummary.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentTable.h"
#include "history/HistoryModel.h"

#include <QCheckBox>
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

// The sample project's revisions as migrations/ has them, base first (it may grow: nothing
// here counts on four).
QStringList sampleRevisions() {
    auto project = Project::open(sampleProjectDir(), Project::Mode::Strict, false);
    if (!project)
        qFatal("cannot open the sample project: %s", qPrintable(project.error().toString()));
    auto ids = project->graph().history();
    if (!ids)
        qFatal("the sample project has no linear history: %s", qPrintable(ids.error().toString()));
    QStringList baseFirst = *ids; // newest first
    std::reverse(baseFirst.begin(), baseFirst.end());
    return baseFirst;
}

// Filled by initTestCase from migrations/. The revisions the tests lean on by what they do:
// 0001 creates documents, 0002 adds the embeddings, 0003 the search indexes; the head is
// whatever the sample ends with.
QStringList kSample;
int kCount = 0;
QString k0001, k0002, k0003, kHead, kBeforeHead;
const QString kSleep = QStringLiteral("0005_sleep");

void copyVersions(const QString& to) {
    QDir().mkpath(to);
    const QDir from(sampleProjectDir() + QStringLiteral("/versions"));
    for (const QString& name : from.entryList({QStringLiteral("*.sql")}, QDir::Files))
        QFile::copy(from.filePath(name), to + QLatin1Char('/') + name);
}

QStringList headsOf(MainWindow& window, const QString& env) {
    const EnvironmentEntry* e = store(window)->entry(env);
    return e ? e->status.heads : QStringList{QStringLiteral("<no state>")};
}

bool consoleHas(MainWindow& window, const QString& text) {
    for (const QString& line : console(window)->lines())
        if (line.contains(text))
            return true;
    return false;
}

// Whether the sandbox's server can install pgvector (the sample's vector parts fall back
// without it).
bool serverHasPgvector() {
    const TestConnectionsAllowed testsOwnCheck;
    SandboxDatabase db(QStringLiteral("studio_probe"));
    auto conn = db.connect();
    if (!conn)
        qFatal("cannot connect to the sandbox: %s", qPrintable(conn.error().toString()));
    auto r = (*conn)->exec(
        QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'"));
    if (!r)
        qFatal("cannot ask for pgvector: %s", qPrintable(r.error().toString()));
    return r->scalar() != QLatin1String("0");
}

QString columnType(const SandboxDatabase& db, const QString& table, const QString& column) {
    const TestConnectionsAllowed testsOwnCheck;
    auto conn = db.connect();
    if (!conn)
        return conn.error().toString();
    auto r = (*conn)->execParams(
        QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid "
                       "= to_regclass($1) AND attname = $2"),
        {table, column});
    return r ? r->scalar() : r.error().toString();
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
    void planDialogShowsKnownDrift();
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
    kSample = sampleRevisions();
    kCount = int(kSample.size());
    QVERIFY(kCount >= 4);
    k0001 = kSample.at(0);
    k0002 = kSample.at(1);
    k0003 = kSample.at(2);
    kHead = kSample.at(kCount - 1);
    kBeforeHead = kSample.at(kCount - 2);
    QCOMPARE(k0001, QStringLiteral("0001_init_schema"));
    forbidGuiThreadConnections();
}

void TestStudio::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStudio::cleanup() {
    m_window.reset();
    const TestConnectionsAllowed testsOwnDatabases;
    m_dev.reset();
    m_test.reset();
    m_prod.reset();
    m_dir.reset();
}

void TestStudio::makeProject(bool withSleep, quint16 silentPort) {
    std::optional<TestConnectionsAllowed> testsOwnDatabases(std::in_place);
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
                .arg(kHead));
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
    testsOwnDatabases.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openProject(dir));
    if (!silentPort)
        QVERIFY(waitForRefresh(*m_window));
}

bool TestStudio::runAction(MainWindow& window, MainWindow::Action action,
                           const QString& typedName) {
    window.runs()->setPlanDialogHook([typedName](PlanDialog& dialog) {
        if (dialog.confirmationEdit())
            dialog.confirmationEdit()->setText(
                typedName.isEmpty() ? dialog.request().environment.name : typedName);
        if (dialog.acknowledgement()) // error-level lint findings: the user read them
            dialog.acknowledgement()->setChecked(true);
        return true;
    });
    QSignalSpy finished(window.runs()->controller(), &RunController::finished);
    if (!window.perform(action))
        return false;
    if (!finished.wait(60000))
        return false;
    return waitForRefresh(window);
}

void TestStudio::openSampleProject() {
    MainWindow window;
    QVERIFY(window.openProject(sampleProjectDir()));
    GraphModel* model = graphModel(window);
    QCOMPARE(model->rowCount(), int(kCount));
    for (int row = 0; row < kCount; ++row) // newest first
        QCOMPARE(model->revisionAt(row), kSample.at(kCount - 1 - row));
    QCOMPARE(model->layout().maxWidth(), 1); // a straight line: one lane
    for (int row = 0; row < kCount; ++row) {
        const LaneRow& lanes = model->laneRow(row);
        QCOMPARE(lanes.lane, 0);
        QVERIFY(lanes.passing.empty());
        QCOMPARE(lanes.incoming.size(), size_t(row == 0 ? 0 : 1));
        QCOMPARE(lanes.outgoing.size(), size_t(row == kCount - 1 ? 0 : 1));
    }
    QVERIFY(model->markers(0) & GraphModel::Head);
    QVERIFY(model->markers(int(kCount) - 1) & GraphModel::Base);
    QCOMPARE(model->data(model->index(model->rowOf(k0003), GraphModel::MessageColumn)).toString(),
             QStringLiteral("add full-text and trigram search indexes"));
    QCOMPARE(problemsPanel(window)->count(), 0);
    // The inspector follows the selection, parents and children as links.
    QVERIFY(graphView(window)->selectRevision(k0002));
    QCOMPARE(inspector(window)->revision(), k0002);
    emit inspector(window)->revisionActivated(k0003);
    QCOMPARE(graphView(window)->currentRevision(), k0003);
    store(window)->setProject({}); // no need to wait for the sample's URLs
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
    QCOMPARE(graphModel(window)->rowCount(), int(kCount)); // the consistent part loads
    QVERIFY(problemsPanel(window)->count() >= 1);
    QTreeWidgetItem* item = problemsPanel(window)->list()->topLevelItem(0);
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
    GraphModel* model = graphModel(window);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->revisionAt(0), QStringLiteral("d1"));
    QCOMPARE(model->layout().maxWidth(), 2);
    QVERIFY(model->markers(0) & GraphModel::Merge);
    QVERIFY(model->markers(model->rowOf(QStringLiteral("a1"))) & GraphModel::BranchPoint);
    QCOMPARE(model->laneRow(0).outgoing.size(), size_t(2));
    QCOMPARE(model->laneRow(model->rowOf(QStringLiteral("a1"))).incoming.size(), size_t(2));
    // Search by message, by label, by id prefix; Enter goes to the next match.
    graphView(window)->searchBox()->setText(QStringLiteral("search tables"));
    QVERIFY(graphView(window)->findNext());
    QCOMPARE(graphView(window)->currentRevision(), QStringLiteral("c1"));
    graphView(window)->searchBox()->setText(QStringLiteral("billing"));
    QVERIFY(graphView(window)->findNext());
    QCOMPARE(graphView(window)->currentRevision(), QStringLiteral("b1"));
    QVERIFY(graphView(window)->findNext()); // wraps to the merge, whose message names billing
    QCOMPARE(graphView(window)->currentRevision(), QStringLiteral("d1"));
    graphView(window)->searchBox()->setText(QStringLiteral("nothing like this"));
    QVERIFY(!graphView(window)->findNext());
    store(window)->setProject({});
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

// The plan dialog shows the drift the studio last computed for the environment, with its time
// (never a new comparison; "not compared" before any: tst_plandialog).
void TestStudio::planDialogShowsKnownDrift() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("test"));
    QStringList summaries;
    KnownDrift shown;
    m_window->runs()->setPlanDialogHook([&](PlanDialog& dialog) {
        summaries << dialog.preFlightSummary()->plainText();
        shown = dialog.request().drift;
        return false;
    });
    store(*m_window)->recordDriftComparison(QStringLiteral("test"), 4);
    QVERIFY(!m_window->perform(MainWindow::Action::UpgradeHeads));
    QCOMPARE(summaries.size(), 1);
    const EnvironmentEntry* entry = store(*m_window)->entry(QStringLiteral("test"));
    QVERIFY(shown.compared);
    QCOMPARE(shown.at, entry->driftComparedAt);
    QCOMPARE(shown.differences, entry->driftDifferences);
    QVERIFY2(summaries.at(0).contains(QStringLiteral("(from the last comparison at %1)")
                                          .arg(entry->driftComparedAt.toString(u"HH:mm"))),
             qPrintable(summaries.at(0)));
    QVERIFY(m_window->runs()->lastMessage().contains(QStringLiteral("nothing ran")));
}

void TestStudio::protectedEnvironmentRefusedThroughAction() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("prod"));
    QCOMPARE(headsOf(*m_window, QStringLiteral("prod")), QStringList());
    QVERIFY(!runAction(*m_window, MainWindow::Action::UpgradeHeads, QStringLiteral("dev")));
    QVERIFY(!m_window->runs()->controller()->isRunning());
    QVERIFY(console(*m_window)->lines().isEmpty()); // nothing ran
    QVERIFY(m_window->runs()->lastMessage().contains(QStringLiteral("nothing ran")));
    store(*m_window)->refresh();
    QVERIFY(waitForRefresh(*m_window));
    QCOMPARE(headsOf(*m_window, QStringLiteral("prod")), QStringList());
    // The right name runs it.
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QCOMPARE(headsOf(*m_window, QStringLiteral("prod")), QStringList{kHead});
}

void TestStudio::upgradeToHeadThroughAction() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(graphView(*m_window)->selectRevision(kHead));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHere));
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{kHead});
    QVERIFY(consoleHas(*m_window, QStringLiteral("upgrade %1 (1/%2)").arg(k0001).arg(kCount)));
    QVERIFY(consoleHas(*m_window, QStringLiteral("upgrade %1 (%2/%2)").arg(kHead).arg(kCount)));
    QVERIFY(consoleHas(*m_window, QStringLiteral("CREATE TABLE documents")));
    // The vector parts: the pgvector fallback NOTICE shows in the live log exactly when the
    // server has no pgvector; with pgvector the column is a real vector(1536).
    const bool pgvector = serverHasPgvector();
    if (!pgvector)
        QVERIFY(consoleHas(*m_window, QStringLiteral("NOTICE")));
    QCOMPARE(consoleHas(*m_window, QStringLiteral("pgvector is not installed on this server")),
             !pgvector);
    QCOMPARE(consoleHas(*m_window, QStringLiteral("pgvector is missing")), !pgvector);
    QCOMPARE(columnType(*m_dev, QStringLiteral("chunk_embeddings"), QStringLiteral("vector")),
             pgvector ? QStringLiteral("vector(1536)") : QStringLiteral("real[]"));
    QVERIFY(consoleHas(*m_window, QStringLiteral("run finished")));
    // The badges, the matrix, the card and the history follow.
    GraphModel* model = graphModel(*m_window);
    bool devBadge = false;
    for (const auto& badge : model->badges(model->rowOf(kHead)))
        devBadge |= badge.name == QLatin1String("dev");
    QVERIFY(devBadge);
    QCOMPARE(matrixModel(*m_window)->cell(model->rowOf(kHead), 0), MatrixModel::Cell::Head);
    QCOMPARE(matrixModel(*m_window)->cell(model->rowOf(k0001), 0), MatrixModel::Cell::Applied);
    QCOMPARE(matrixModel(*m_window)->cell(model->rowOf(k0001), 1), MatrixModel::Cell::Pending);
    QVERIFY(environmentsPanel(*m_window)
                ->text(QStringLiteral("dev"))
                .contains(QStringLiteral("up to date")));
    QVERIFY(environmentsPanel(*m_window)
                ->text(QStringLiteral("test"))
                .contains(QStringLiteral("%1 pending").arg(kCount)));
    // The history view reads its rows itself, off the GUI thread.
    QTRY_COMPARE_WITH_TIMEOUT(historyView(*m_window)->model()->rowCount(), int(kCount), 20000);
    QCOMPARE(historyView(*m_window)->total(), qint64(kCount));
    graphView(*m_window)->selectRevision(k0002);
    QTRY_VERIFY_WITH_TIMEOUT(
        inspector(*m_window)->appliedText().contains(QStringLiteral("applied on")), 20000);
}

void TestStudio::downgradeOneStep() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("test"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QCOMPARE(headsOf(*m_window, QStringLiteral("test")), QStringList{kHead});
    QVERIFY(runAction(*m_window, MainWindow::Action::DowngradeOne));
    QCOMPARE(headsOf(*m_window, QStringLiteral("test")), QStringList{kBeforeHead});
    QVERIFY(consoleHas(*m_window, QStringLiteral("downgrade %1 (1/1)").arg(kHead)));
    // The head's downgrade statement ran (the first line of its downgrade section).
    const Revision* head = m_window->session()->project()->graph().revision(kHead);
    QVERIFY(head);
    QString firstStatement;
    for (const QString& line : head->downgrade.sql.split(u'\n'))
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1String("--"))) {
            firstStatement = line.trimmed();
            break;
        }
    QVERIFY(!firstStatement.isEmpty());
    QVERIFY2(consoleHas(*m_window, firstStatement.left(24)), qPrintable(firstStatement));
}

void TestStudio::stampHere() {
    makeProject(false);
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(graphView(*m_window)->selectRevision(k0002));
    QVERIFY(runAction(*m_window, MainWindow::Action::StampHere));
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{k0002});
    QVERIFY(consoleHas(*m_window, QStringLiteral("stamp")));
    // Nothing of 0001/0002 ran: the documents table does not exist.
    const TestConnectionsAllowed testsOwnCheck;
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
    m_window->runs()->setPlanDialogHook([](PlanDialog&) { return true; });
    // The GUI thread keeps ticking while the revision sleeps.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    QSignalSpy finished(m_window->runs()->controller(), &RunController::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->perform(MainWindow::Action::UpgradeHeads));
    QTRY_VERIFY_WITH_TIMEOUT(
        consoleHas(*m_window, QStringLiteral("0005_sleep (%1/%1)").arg(kCount + 1)), 20000);
    QTest::qWait(1000);
    QVERIFY(m_window->runs()->controller()->isRunning());
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(console(*m_window)->cancelButton()->isEnabled());
    console(*m_window)->cancelButton()->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(clock.elapsed() < 10000 + 8000, "cancel did not stop pg_sleep");
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(consoleHas(*m_window, QStringLiteral("run cancelled")));
    QVERIFY(waitForRefresh(*m_window));
    QCOMPARE(headsOf(*m_window, QStringLiteral("test")), QStringList{kHead}); // 0005 rolled back
}

void TestStudio::unreachableEnvironmentShowsItsError() {
    const SilentServer silent;
    QElapsedTimer clock;
    clock.start();
    makeProject(false, silent.port());
    EnvironmentsPanel* panel = environmentsPanel(*m_window);
    // Five environments: the compact table, every one a row.
    QVERIFY(panel->showsTable());
    QCOMPARE(panel->table()->model()->rowCount(), 5);
    // The others are read while the silent one still waits.
    EnvironmentStore* envs = store(*m_window);
    QTRY_VERIFY_WITH_TIMEOUT(envs->entry(QStringLiteral("dev"))->loaded &&
                                 envs->entry(QStringLiteral("test"))->loaded &&
                                 envs->entry(QStringLiteral("prod"))->loaded &&
                                 envs->entry(QStringLiteral("down"))->loaded,
                             4000);
    QVERIFY2(clock.elapsed() < 5000, "a silent server delayed the others");
    QVERIFY(!envs->entry(QStringLiteral("silent"))->loaded);
    QVERIFY(panel->text(QStringLiteral("silent")).contains(QStringLiteral("reading")));
    QVERIFY(waitForRefresh(*m_window, 30000));
    QVERIFY(!envs->entry(QStringLiteral("silent"))->status.reachable);
    QVERIFY(panel->text(QStringLiteral("silent")).contains(QStringLiteral("Error")));
    const EnvironmentEntry* down = envs->entry(QStringLiteral("down"));
    QVERIFY(down && down->loaded && !down->status.reachable &&
            !down->status.error.message.isEmpty());
    QCOMPARE(down->status.error.code, ErrorCode::Connection); // typed: no password prompt
    QVERIFY(!panel->text(QStringLiteral("down")).contains(QStringLiteral("password")));
    QVERIFY2(panel->text(QStringLiteral("down")).contains(QStringLiteral("Error")),
             qPrintable(panel->text(QStringLiteral("down"))));
    for (const QString& name :
         {QStringLiteral("dev"), QStringLiteral("test"), QStringLiteral("prod")}) {
        const EnvironmentEntry* e = envs->entry(name);
        QVERIFY(e && e->status.reachable);
        QVERIFY(panel->text(name).contains(QStringLiteral("%1 pending").arg(kCount)));
    }
    // A second refresh: the reachable ones come back without waiting for the silent one.
    QSignalSpy changed(envs, &EnvironmentStore::entryChanged);
    envs->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 4, 4000);
    QVERIFY(waitForRefresh(*m_window, 30000));
    QVERIFY(!envs->entry(QStringLiteral("down"))->status.reachable);
    m_window->setCurrentEnvironment(QStringLiteral("down"));
    QVERIFY(!m_window->perform(MainWindow::Action::UpgradeHeads));
    QVERIFY(m_window->runs()->lastMessage().contains(QStringLiteral("unreachable")));
}

void TestStudio::failedRevisionShowsSqlstateAndPosition() {
    makeProject(false);
    writeFile(m_dir->path(), QStringLiteral("versions/0005_broken.sql"),
              QStringLiteral("-- Revision ID: 0005_broken\n-- Revises: %1\n-- Message: broken\n\n"
                             "-- migrate:upgrade\nCREATE TABLE ok_one (id int);\nSELECT "
                             "no_such_column FROM documents;\n\n"
                             "-- migrate:downgrade\nDROP TABLE ok_one;\n")
                  .arg(kHead));
    QVERIFY(m_window->openProject(m_dir->path()));
    QVERIFY(waitForRefresh(*m_window));
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QVERIFY(consoleHas(*m_window, QStringLiteral("run failed")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("SQLSTATE: 42703")));
    QVERIFY(consoleHas(*m_window, QStringLiteral("SELECT no_such_column FROM documents")));
    // The caret sits under the failing column (of the statement shown below the error).
    const QStringList lines = console(*m_window)->lines();
    const int statement =
        int(lines.indexOf(QRegularExpression(QStringLiteral("^\\s+SELECT no_such_column.*"))));
    QVERIFY(statement >= 0 && statement + 1 < lines.size());
    const int caret = int(lines[statement + 1].indexOf(u'^'));
    QCOMPARE(lines[statement].mid(caret, 14), QStringLiteral("no_such_column"));
    // The revision rolled back; the others stay applied; the history shows the failed row.
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{kHead});
    HistoryModel* history = historyView(*m_window)->model();
    QTRY_VERIFY_WITH_TIMEOUT(!historyView(*m_window)->isLoading() &&
                                 historyView(*m_window)->total() >= 0 && history->rowCount() > 0,
                             20000);
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
    const EnvironmentEntry* dev = store(*m_window)->entry(QStringLiteral("dev"));
    QVERIFY(dev && dev->status.checksumsKnown());
    QCOMPARE(dev->status.checksumMismatches.size(), 1);
    QCOMPARE(dev->status.checksumMismatches.constFirst().revision, k0003);
    GraphModel* model = graphModel(*m_window);
    QVERIFY(model->markers(model->rowOf(k0003)) & GraphModel::ChecksumChanged);
    QVERIFY(!(model->markers(model->rowOf(k0002)) & GraphModel::ChecksumChanged));
    QVERIFY(environmentsPanel(*m_window)->text(QStringLiteral("dev")).contains(k0003));
}

void TestStudio::typedPasswordNeverShown() {
    const QString secret = QStringLiteral("s3cr'et pa$$ word");
    // The typed password goes beside the URL, which stays as written.
    PasswordStore passwords;
    passwords.setPassword(QStringLiteral("u"), secret, false);
    Environment uri;
    uri.name = QStringLiteral("u");
    uri.url = QStringLiteral("${STRATA_NO_SUCH_VAR:-postgresql://alice@db.example:5432/app}");
    const Environment withUri = passwords.apply(uri);
    QCOMPARE(withUri.url, uri.url);
    QCOMPARE(withUri.password, secret);
    QVERIFY(!withUri.displayUrl().contains(QStringLiteral("s3cr")));
    Environment other = uri;
    other.name = QStringLiteral("other");
    QVERIFY(passwords.apply(other).password.isEmpty());

    // Through the window: the typed password is used to connect and shown nowhere.
    makeProject(false);
    m_window->session()->passwords()->setPassword(QStringLiteral("dev"), secret, false);
    store(*m_window)->refresh();
    QVERIFY(waitForRefresh(*m_window));
    const EnvironmentEntry* dev = store(*m_window)->entry(QStringLiteral("dev"));
    QVERIFY(dev && dev->status.reachable);
    QVERIFY(!dev->status.displayUrl.contains(QStringLiteral("s3cr")));
    QVERIFY(!environmentsPanel(*m_window)
                 ->text(QStringLiteral("dev"))
                 .contains(QStringLiteral("s3cr")));
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(runAction(*m_window, MainWindow::Action::UpgradeHeads));
    QCOMPARE(headsOf(*m_window, QStringLiteral("dev")), QStringList{kHead});
    for (const QString& line : console(*m_window)->lines())
        QVERIFY2(!line.contains(QStringLiteral("s3cr")), qPrintable(line));
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
