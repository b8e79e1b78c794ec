// The studio on the Alembic fixture project: the drift view against the expected schema (built
// with the `.py` revisions through the project's Alembic), and "Try it" on `.py` revisions, as
// the editor starts it: TryItRunner
// through strata::async() (never on the GUI thread: a connection opened there aborts), with
// the revision the editor holds. An Alembic Python revision (read-only in the editor) runs from
// its file through the project's Alembic; an SQL-form one as the edited SQL. Cancel stops a
// `.py` step sleeping in the bridge.
#include "AlembicCli.h"
#include "DriftFixtures.h"
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "Project.h"

#include "common/Async.h"
#include "drift/DriftView.h"
#include "editor/TryItRunner.h"
#include "revision/AlembicScript.h"
#include "revision/RevisionGraph.h"
#include "session/ProjectSession.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace strata;

namespace {

QString sandboxDirectory() {
    const test::TestConnectionsAllowed allowed;
    return test::testSandbox().directory();
}

int countInSandbox(const QString& sql) {
    const test::TestConnectionsAllowed allowed;
    return test::sandboxCount(sql);
}

const QString kScratch =
    QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_verify_%'");

// The revision as the editor hands it over today: its header and its sections as the editor
// shows them (lines counted from 1), typed as an SQL revision.
Revision asEdited(const QString& path) {
    Result<Revision> loaded = AlembicScript::load(path);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toString()));
    Revision edited = *loaded;
    edited.source = Revision::Source::Sql;
    edited.upgrade.present = true;
    edited.upgrade.firstLine = 1;
    edited.downgrade.firstLine = 1;
    return edited;
}

} // namespace

class TestStudioAlembic : public QObject {
    Q_OBJECT

private:
    // Runs Try it as RevisionEditor does (async, a Cancellation fed by the CancelToken) and
    // waits for the report.
    TryItReport tryIt(const TryItRequest& request) {
        QObject context;
        std::optional<TryItReport> got;
        async(
            &context,
            [request](const CancelToken& token) {
                auto cancellation = Cancellation::create();
                token.onCancel([cancellation] { cancellation->cancel(); });
                return TryItRunner::run(request, cancellation);
            },
            [&got](const TryItReport& report) { got = report; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 240000))
            return TryItReport{false, {QStringLiteral("timed out")}};
        return *got;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        const QString missing = test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        qunsetenv("STRATA_PYTHON");
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        test::forbidGuiThreadConnections();
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        test::copyAlembicProject(
            m_dir->path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"),
            {QStringLiteral("f6000002_sleeps.py"), QStringLiteral("f6000004_leaky_downgrade.py")});
    }

    // Opening a project whose metadata is not literal asks the project's Python and Alembic
    // (about a second): the window keeps processing events meanwhile (a timer set before the
    // open fires before it returns), and the graph has the label only Alembic can read.
    void openingReadsOffTheGuiThread() {
        QTemporaryDir dir;
        test::copyTree(QStringLiteral(STRATA_FIXTURES_DIR "/alembic_nonliteral"), dir.path());
        qputenv("STRATA_PYTHON", "/usr/bin/python3");
        ProjectSession session(nullptr);
        bool ticked = false;
        QTimer::singleShot(0, [&ticked] { ticked = true; });
        const Result<void> opened = session.open(dir.path());
        qunsetenv("STRATA_PYTHON");
        QVERIFY2(opened, test::describe(opened).constData());
        QVERIFY(ticked);
        const Revision* expand = session.project()->graph().revision(QStringLiteral("bb000001"));
        QVERIFY(expand);
        QCOMPARE(expand->branchLabels, QStringList{QStringLiteral("expand")});
    }

    // The drift view "against expected" on an environment Alembic upgraded: in sync; after a
    // manual change, exactly that change.
    void driftViewAgainstExpected() {
        std::optional<test::SandboxDatabase> env;
        {
            const test::TestConnectionsAllowed setup;
            env.emplace(QStringLiteral("tst_studio_alembic"));
        }
        QTemporaryDir dir;
        test::copyAlembicProject(dir.path(), env->url());
        qputenv("DATABASE_URL", env->url().toUtf8());
        const test::CliRun alembic =
            test::runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(alembic.exitCode == 0, qPrintable(alembic.err));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        DriftView view;
        view.setProject(*project);
        QSignalSpy done(&view, &DriftView::comparisonFinished);
        view.compare(QStringLiteral("e"), QStringLiteral("expected"));
        QVERIFY(done.wait(240000));
        QVERIFY2(done.at(0).at(0).toInt() == 0,
                 qPrintable(done.at(0).at(1).toString() + view.statusText()));
        QVERIFY2(view.statusText().contains(QLatin1String("in sync")),
                 qPrintable(view.statusText()));

        {
            const test::TestConnectionsAllowed change;
            auto conn = env->connect();
            QVERIFY2(conn, test::describe(conn).constData());
            QVERIFY((*conn)->exec(QStringLiteral("ALTER TABLE audit_log ADD COLUMN manual int")));
        }
        view.compare(QStringLiteral("e"), QStringLiteral("expected"));
        QVERIFY(done.wait(240000));
        QCOMPARE(done.at(1).at(0).toInt(), 1);
        {
            const test::TestConnectionsAllowed cleanup;
            env.reset();
        }
    }

    void tryItOnPy_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("expected"); // lines the report must have
        QTest::newRow("read-only Python (add_column)")
            << QStringLiteral("a1000002_qty.py") << true
            << QStringList{
                   QStringLiteral("ok     parent a1000001 upgraded"),
                   QStringLiteral("ok     upgrade: ALTER TABLE items ADD COLUMN qty INTEGER"),
                   QStringLiteral("ok     downgrade: ALTER TABLE items DROP COLUMN qty"),
                   QStringLiteral("ok     the downgrade restored the schema")};
        QTest::newRow("SQL form (COMMIT + CONCURRENTLY)")
            << QStringLiteral("e5000001_concurrent_index.py") << true
            << QStringList{QStringLiteral("ok     parent d4000001 upgraded"),
                           QStringLiteral("ok     the downgrade restored the schema")};
        QTest::newRow("Python downgrade that leaves an index")
            << QStringLiteral("f6000004_leaky_downgrade.py") << false
            << QStringList{QStringLiteral("       index public.items_qty_idx added")};
    }
    void tryItOnPy() {
        QFETCH(QString, file);
        QFETCH(bool, ok);
        QFETCH(QStringList, expected);
        TryItRequest request;
        request.sandboxDir = sandboxDirectory();
        request.revision = asEdited(m_dir->path() + QStringLiteral("/migrations/versions/") + file);
        const TryItReport report = tryIt(request);
        const QString text = report.lines.join(QLatin1Char('\n'));
        QCOMPARE(report.ok, ok);
        for (const QString& line : expected)
            QVERIFY2(report.lines.contains(line), qPrintable(text));
        QCOMPARE(countInSandbox(kScratch), 0);
    }

    // Cancel while the `.py` step sleeps in the bridge: the report says cancelled, the bridge
    // child is gone and the scratch database dropped.
    void cancelDuringPythonStep() {
        TryItRequest request;
        request.sandboxDir = sandboxDirectory();
        request.revision =
            asEdited(m_dir->path() + QStringLiteral("/migrations/versions/f6000002_sleeps.py"));
        QObject context;
        auto report = std::make_shared<std::optional<TryItReport>>();
        const AsyncHandle handle = async(
            &context,
            [request, report](const CancelToken& token) {
                auto cancellation = Cancellation::create();
                token.onCancel([cancellation] { cancellation->cancel(); });
                *report = TryItRunner::run(request, cancellation);
                return true;
            },
            [](bool) {});
        QTRY_VERIFY_WITH_TIMEOUT(countInSandbox(QStringLiteral(
                                     "SELECT count(*) FROM pg_stat_activity WHERE datname "
                                     "LIKE 'strata_verify_%' AND query LIKE '%pg_sleep%'")) == 1,
                                 120000);
        QVERIFY(!test::bridgeProcesses(QStringLiteral("strata_verify_")).isEmpty());
        handle.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!handle.isRunning(), 60000);
        QVERIFY(report->has_value());
        QVERIFY(!(*report)->ok);
        const QString text = (*report)->lines.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("cancelled")), qPrintable(text));
        QVERIFY(test::bridgeProcesses(QStringLiteral("strata_verify_")).isEmpty());
        QCOMPARE(countInSandbox(kScratch), 0);
    }
};

QTEST_MAIN(TestStudioAlembic)
#include "tst_studioalembic.moc"
