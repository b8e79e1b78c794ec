// The main window hosts the editor and the drift view: a revision edited in a tab and saved
// shows in the graph at once; the drift tab and the environment cards' drift badges work.
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "drift/DriftBadges.h"
#include "drift/DriftView.h"
#include "editor/HeaderForm.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/RunnerStatusSource.h"
#include "graph/GraphModel.h"
#include "session/DriftCoordinator.h"
#include "session/EditorTabs.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

// Reads through the runner, counting the reads (saving a file must not read any environment).
class CountingStatusSource final : public StatusSource {
public:
    EnvironmentStatus read(const Project& project, const Environment& environment) const override {
        ++m_reads;
        return m_runner.read(project, environment);
    }
    int reads() const { return m_reads.load(); }

private:
    RunnerStatusSource m_runner;
    mutable std::atomic<int> m_reads{0};
};

} // namespace
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

class TestAuthoring : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        // The expected schema (drift badges) is built on the test sandbox.
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        strata::test::forbidGuiThreadConnections();
    }

    void editSaveShowsInGraphAndDriftBadge() {
        std::optional<strata::test::TestConnectionsAllowed> setUp(std::in_place);
        SandboxDatabase dev(QStringLiteral("tst_auth_dev"));
        QTemporaryDir dir;
        strata::test::copySampleProject(
            dir.path(), QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(dev.url()));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);
        setUp.reset();

        auto source = std::make_shared<CountingStatusSource>();
        MainWindow window(nullptr, source);
        QSignalSpy badges(window.drift()->badges(), &DriftBadges::finished);
        QVERIFY(window.openProject(dir.path()));
        window.show();

        // The drift badge: dev at heads, in sync with its expected schema.
        QVERIFY(badges.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(strata::test::environmentsPanel(window)
                                     ->card(QStringLiteral("dev"))
                                     ->text()
                                     .contains(QLatin1String("in sync")),
                                 10000);

        // Edit 0002's message in a tab and save: the graph shows the new message at once.
        const QString path = dir.path() + QStringLiteral("/versions/0002_add_chunk_embeddings.sql");
        RevisionEditor* editor = window.editorTabs()->openEditor(path);
        QVERIFY(editor);
        QCOMPARE(strata::test::centralTabs(window)->currentWidget(), editor);
        QCOMPARE(window.editorTabs()->openEditor(path),
                 editor); // a second open brings the same tab
        QLineEdit* message = editor->headerForm()->messageEdit();
        message->selectAll();
        QTest::keyClicks(message, QStringLiteral("embeddings, edited")); // typed, as a user would
        QTRY_VERIFY(editor->isModified());
        EnvironmentStore* envs = strata::test::store(window);
        QVERIFY(strata::test::waitForRefresh(window));
        const int readsBefore = source->reads();
        const int driftBefore = window.drift()->computations();
        const std::shared_ptr<const Project> projectBefore = window.session()->project();
        QSignalSpy reset(envs, &EnvironmentStore::entriesReset);
        QSignalSpy opened(window.session(), &ProjectSession::opened);
        QVERIFY(editor->save());
        // Incremental: the one file is read again; the project is not reopened, no environment
        // is read again and the drift badges are not recomputed.
        QCOMPARE(opened.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(envs->pendingReads(), 0);
        QCOMPARE(source->reads(), readsBefore);
        QCOMPARE(window.drift()->computations(), driftBefore);
        QVERIFY(window.session()->project() != projectBefore);
        QVERIFY(envs->entry(QStringLiteral("dev"))->status.reachable); // the status is kept
        QVERIFY(strata::test::environmentsPanel(window)
                    ->card(QStringLiteral("dev"))
                    ->text()
                    .contains(QLatin1String("in sync")));
        GraphModel* model = strata::test::graphModel(window);
        const int row = model->rowOf(QStringLiteral("0002_add_chunk_embeddings"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, GraphModel::MessageColumn).data().toString(),
                 QStringLiteral("embeddings, edited"));
        QVERIFY(
            strata::test::readFile(path).contains(QLatin1String("-- Message: embeddings, edited")));

        // The drift tab compares dev with its expected schema.
        DriftView* drift = window.drift()->view();
        QSignalSpy compared(drift, &DriftView::comparisonFinished);
        drift->compare(QStringLiteral("dev"), QStringLiteral("expected"));
        QVERIFY(compared.wait(120000));
        QCOMPARE(compared.at(0).at(0).toInt(), 0);
        setUp.emplace(); // dropping the test's database is the test's own work
    }
};

QTEST_MAIN(TestAuthoring)
#include "tst_authoring.moc"
