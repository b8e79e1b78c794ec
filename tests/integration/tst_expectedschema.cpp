// ExpectedSchema on the test sandbox: built on the shadow_url server (through
// EnvironmentConnector) or the sandbox, cached, cancellable from another thread; on the Alembic
// fixture project (`.py` revisions through the project's Alembic, SQL-form ones by Strata's
// runner) it equals what `alembic upgrade heads` gives, and `strata diff --against expected`
// reports drift only after a manual change.
#include "AlembicCli.h"
#include "DriftFixtures.h"
#include "SandboxDatabase.h"
#include "SchemaDescribe.h"
#include "TestSupport.h"

#include "Project.h"
#include "drift/DriftCheck.h"
#include "drift/ExpectedSchema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace strata;

namespace {

const QString kScratch =
    QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_expected_%'");
const QString kSleeping =
    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE 'strata_expected_%' "
                   "AND query LIKE '%pg_sleep%'");

// A project of one revision (`upgrade`), with `projectSection` in [project].
QString writeProject(const QString& dir, const QString& upgrade,
                     const QString& projectSection = {}) {
    test::writeFile(dir, QStringLiteral("strata.toml"),
                    QStringLiteral("[project]\nversions = \"versions\"\n") + projectSection);
    test::writeFile(dir, QStringLiteral("versions/e1.sql"),
                    QStringLiteral("-- Revision ID: e1\n-- Revises:\n\n-- migrate:upgrade\n%1\n"
                                   "-- migrate:downgrade\nDROP TABLE items;\n")
                        .arg(upgrade));
    return dir;
}

// What the sandbox's strata_expected_* databases and bridge children left (nothing, ever).
bool nothingLeft() {
    return test::sandboxCount(kScratch) == 0 &&
           test::bridgeProcesses(QStringLiteral("strata_expected_")).isEmpty();
}

void appendTo(const QString& path, const QString& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(text.toUtf8());
}

// Builds the expected schema of `target`, cancelled from another thread once a statement of the
// build sleeps on the sandbox (pg_sleep).
Result<SchemaSnapshot> buildCancelledWhileSleeping(const Project& project, const QString& cacheDir,
                                                   const QString& target) {
    auto cancellation = Cancellation::create();
    std::thread canceller([cancellation] {
        for (int i = 0; i < 600 && test::sandboxCount(kSleeping) != 1; ++i)
            QThread::msleep(100);
        cancellation->cancel();
    });
    ExpectedSchema builder(project);
    builder.setCacheDir(cacheDir);
    builder.setSandboxDir(test::testSandbox().directory());
    builder.setCancellation(cancellation);
    Result<SchemaSnapshot> built = builder.build({target}, {});
    canceller.join();
    return built;
}

} // namespace

class TestExpectedSchema : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache; // the CLI's XDG_CACHE_HOME

private Q_SLOTS:
    void initTestCase() {
        const QString missing = test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        qunsetenv("STRATA_PYTHON");
        // The CLI's expected schema: the test sandbox, and a cache of the test's own.
        qputenv("STRATA_SANDBOX_DIR", test::testSandbox().directory().toUtf8());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    // shadow_url with ${VAR}: the scratch database is made on that server and dropped; the
    // sandbox is never looked at; the second build comes from the cache.
    void shadowUrlAndCache() {
        QTemporaryDir dir, cache, noSandbox;
        auto url = test::testSandbox().url();
        QVERIFY2(url, test::describe(url).constData());
        qputenv("TST_SHADOW_URL", url->toUtf8());
        writeProject(dir.path(), QStringLiteral("CREATE TABLE items (id int);"),
                     QStringLiteral("shadow_url = \"${TST_SHADOW_URL}\"\n"));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        ExpectedSchema builder(*project);
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(noSandbox.path());
        QStringList progress;
        builder.setProgress([&progress](const QString& m) { progress << m; });
        Result<SchemaSnapshot> built = builder.build({QStringLiteral("e1")}, {});
        QVERIFY2(built, test::describe(built).constData());
        QVERIFY(built->contains(ObjectKind::Table, QStringLiteral("public.items")));
        QCOMPARE(test::sandboxCount(kScratch), 0);
        QVERIFY(QDir(noSandbox.path()).isEmpty());
        QVERIFY(progress.filter(QStringLiteral("from the cache")).isEmpty());

        Result<SchemaSnapshot> again = builder.build({QStringLiteral("e1")}, {});
        QVERIFY2(again, test::describe(again).constData());
        QVERIFY(*again == *built);
        QCOMPARE(progress.filter(QStringLiteral("from the cache")).size(), 1);
    }

    // An unreachable shadow_url: the error names it and never shows its password.
    void unreachableShadowUrl() {
        QTemporaryDir dir, cache;
        writeProject(dir.path(), QStringLiteral("CREATE TABLE items (id int);"),
                     QStringLiteral("shadow_url = \"postgresql://u:s3cret@127.0.0.1:1/x\"\n"));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        ExpectedSchema builder(*project);
        builder.setCacheDir(cache.path());
        Result<SchemaSnapshot> built = builder.build({QStringLiteral("e1")}, {});
        QVERIFY(!built);
        QCOMPARE(built.error().code, ErrorCode::Connection);
        QVERIFY2(built.error().message.contains(QLatin1String("environment 'shadow'")),
                 qPrintable(built.error().message));
        QVERIFY(!built.error().message.contains(QLatin1String("s3cret")));
    }

    // Cancelled from another thread while a revision runs on the sandbox: the build fails with
    // ErrorCode::Cancelled at once (not after the sleep) and drops its scratch database.
    void cancelStopsTheBuild() {
        QTemporaryDir dir, cache;
        writeProject(dir.path(),
                     QStringLiteral("CREATE TABLE items (id int);\nSELECT pg_sleep(600);"));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        Result<SchemaSnapshot> built =
            buildCancelledWhileSleeping(*project, cache.path(), QStringLiteral("e1"));
        QVERIFY(!built);
        QCOMPARE(built.error().code, ErrorCode::Cancelled);
        QCOMPARE(test::sandboxCount(kScratch), 0);
        QVERIFY(QDir(cache.path()).isEmpty()); // nothing cached
    }

    // The Alembic fixture (create_table, add_column with a backfill, a branch with a label, a
    // merge, a get_bind() loop, COMMIT + CREATE INDEX CONCURRENTLY, a depends_on): the expected
    // schema equals, object for object, what `alembic upgrade heads` leaves on a twin.
    void alembicProjectEqualsAlembicUpgrade() {
        test::SandboxDatabase twin(QStringLiteral("tst_expected_twin"));
        QTemporaryDir dir, cache;
        test::copyAlembicProject(dir.path(), twin.url());
        qputenv("DATABASE_URL", twin.url().toUtf8());
        const test::CliRun alembic =
            test::runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(alembic.exitCode == 0, qPrintable(alembic.err));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        const SnapshotOptions options = DriftCheck::optionsFor(*project);

        ExpectedSchema builder(*project);
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(test::testSandbox().directory());
        Result<SchemaSnapshot> expected = builder.build({QStringLiteral("e5000001")}, options);
        QVERIFY2(expected, test::describe(expected).constData());
        QVERIFY(expected->contains(ObjectKind::Table, QStringLiteral("public.items")));
        QVERIFY(expected->contains(ObjectKind::Table, QStringLiteral("public.audit_log")));
        QVERIFY(expected->contains(ObjectKind::Index, QStringLiteral("public.items_name_idx")));

        auto conn = twin.connect();
        QVERIFY2(conn, test::describe(conn).constData());
        Result<SchemaSnapshot> actual = SnapshotReader::read(**conn, options);
        QVERIFY2(actual, test::describe(actual).constData());
        const SchemaDiff diff = SchemaDiff::compare(*actual, *expected);
        QVERIFY2(diff.isEmpty(), qPrintable(test::describe(diff)));
        QVERIFY(nothingLeft());
    }

    // A mixed folder: a `.sql` revision (Strata's runner) on top of SQL-form and Python ones
    // (the bridge), in plan order: the fixture as Alembic leaves it plus that revision's SQL.
    void mixedFolderInPlanOrder() {
        test::SandboxDatabase twin(QStringLiteral("tst_expected_mixed"));
        QTemporaryDir dir, cache;
        test::copyAlembicProject(dir.path(), twin.url());
        qputenv("DATABASE_URL", twin.url().toUtf8());
        const test::CliRun alembic =
            test::runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(alembic.exitCode == 0, qPrintable(alembic.err));
        const QString sql = test::addSqlRevision(dir.path());
        auto conn = twin.connect();
        QVERIFY2(conn, test::describe(conn).constData());
        QVERIFY((*conn)->exec(sql));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        const SnapshotOptions options = DriftCheck::optionsFor(*project);

        ExpectedSchema builder(*project);
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(test::testSandbox().directory());
        Result<SchemaSnapshot> expected = builder.build({QStringLiteral("g7000001")}, options);
        QVERIFY2(expected, test::describe(expected).constData());
        QVERIFY(expected->contains(ObjectKind::Table, QStringLiteral("public.notes_sql")));
        Result<SchemaSnapshot> actual = SnapshotReader::read(**conn, options);
        QVERIFY2(actual, test::describe(actual).constData());
        const SchemaDiff diff = SchemaDiff::compare(*actual, *expected);
        QVERIFY2(diff.isEmpty(), qPrintable(test::describe(diff)));
        QVERIFY(nothingLeft());
    }

    // A `.py` revision has no SQL section to checksum: its whole file is the cache key's, and so
    // are env.py and alembic.ini (an edit to any must not give yesterday's schema).
    void pythonFilesAreInTheCacheKey_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("Python revision") << QStringLiteral("migrations/versions/a1000002_qty.py");
        QTest::newRow("env.py") << QStringLiteral("migrations/env.py");
        QTest::newRow("alembic.ini") << QStringLiteral("alembic.ini");
    }
    void pythonFilesAreInTheCacheKey() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        test::copyAlembicProject(dir.path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"));
        QString before;
        {
            Result<Project> project = Project::open(dir.path());
            QVERIFY2(project, test::describe(project).constData());
            before = ExpectedSchema(*project).cacheKey({QStringLiteral("e5000001")}, 15);
        }
        appendTo(QDir(dir.path()).filePath(file), QStringLiteral("\n# edited\n"));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        QVERIFY(ExpectedSchema(*project).cacheKey({QStringLiteral("e5000001")}, 15) != before);
    }

    // Python that cannot run the project (an interpreter that is not there, an env.py that
    // raises, a revision that does not import): one line naming it, nothing cached, nothing
    // left on the sandbox (never a partial schema).
    void unusablePythonIsOneLine_data() {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QStringList>("extras");
        QTest::addColumn<QByteArray>("environment"); // a variable set for the run
        QTest::addColumn<QString>("named");          // what the line must name
        QTest::newRow("no interpreter")
            << QStringLiteral("/nonexistent/bin/python3") << QStringList{} << QByteArray()
            << QStringLiteral("/nonexistent/bin/python3");
        QTest::newRow("env.py raises")
            << QStringLiteral("/usr/bin/python3") << QStringList{}
            << QByteArray("STRATA_FIXTURE_ENV_RAISES") << QStringLiteral("env.py refuses");
        QTest::newRow("a revision that does not import")
            << QStringLiteral("/usr/bin/python3")
            << QStringList{QStringLiteral("f6000003_broken.py")} << QByteArray()
            << QStringLiteral("no_such_module_anywhere");
    }
    void unusablePythonIsOneLine() {
        QFETCH(QString, python);
        QFETCH(QStringList, extras);
        QFETCH(QByteArray, environment);
        QFETCH(QString, named);
        QTemporaryDir dir, cache;
        test::copyAlembicProject(dir.path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"), extras,
                                 python);
        if (!environment.isEmpty())
            qputenv(environment.constData(), "1");
        const auto unset = qScopeGuard([environment] {
            if (!environment.isEmpty())
                qunsetenv(environment.constData());
        });
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        ExpectedSchema builder(*project);
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(test::testSandbox().directory());
        const QString head =
            extras.isEmpty() ? QStringLiteral("e5000001") : QStringLiteral("f6000003");
        Result<SchemaSnapshot> built = builder.build({head}, {});
        QVERIFY(!built);
        QVERIFY(built.error().code != ErrorCode::Cancelled);
        const QString message = built.error().toString();
        QVERIFY2(message.contains(named), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("building the expected schema failed")),
                 qPrintable(message));
        QVERIFY2(!built.error().message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY(QDir(cache.path()).isEmpty());
        QVERIFY(nothingLeft());
    }

    // Cancelled while a `.py` step sleeps in the bridge (pg_sleep(30) through get_bind()): the
    // build ends as cancelled, the bridge child is stopped, the scratch database dropped.
    void cancelDuringPythonStep() {
        QTemporaryDir dir, cache;
        test::copyAlembicProject(dir.path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"),
                                 {QStringLiteral("f6000002_sleeps.py")});
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        Result<SchemaSnapshot> built =
            buildCancelledWhileSleeping(*project, cache.path(), QStringLiteral("f6000002"));
        QVERIFY(!built);
        QCOMPARE(built.error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(cache.path()).isEmpty());
        QVERIFY(nothingLeft());
    }

    // `strata diff --env e --against expected` on the Alembic fixture: in sync right after
    // `alembic upgrade heads` on e, the drift after a manual change, and a missing interpreter
    // as one line naming it (exit 1).
    void cliDiffAgainstExpected() {
        test::SandboxDatabase env(QStringLiteral("tst_expected_cli"));
        QTemporaryDir dir;
        test::copyAlembicProject(dir.path(), env.url());
        qputenv("DATABASE_URL", env.url().toUtf8());
        const test::CliRun alembic =
            test::runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(alembic.exitCode == 0, qPrintable(alembic.err));
        const QStringList args{QStringLiteral("--project"), dir.path(),
                               QStringLiteral("--env"),     QStringLiteral("e"),
                               QStringLiteral("diff"),      QStringLiteral("--against"),
                               QStringLiteral("expected")};
        test::CliRun diff = test::runCli(args, {}, 180000);
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
        QVERIFY2(diff.out.contains(QLatin1String("e and expected: in sync")), qPrintable(diff.out));

        {
            auto conn = env.connect();
            QVERIFY2(conn, test::describe(conn).constData());
            QVERIFY((*conn)->exec(QStringLiteral("CREATE INDEX manual_idx ON items (qty)")));
        }
        diff = test::runCli(args, {}, 180000);
        QCOMPARE(diff.exitCode, 3);
        QVERIFY2(diff.out.contains(QLatin1String("public.manual_idx")), qPrintable(diff.out));
        QVERIFY2(diff.out.contains(QLatin1String("1 difference")), qPrintable(diff.out));

        // Another project file set (so no cache answers) without a usable interpreter.
        QTemporaryDir broken;
        test::copyAlembicProject(broken.path(), env.url(), {},
                                 QStringLiteral("/nonexistent/bin/python3"));
        diff = test::runCli({QStringLiteral("--project"), broken.path(), QStringLiteral("--env"),
                             QStringLiteral("e"), QStringLiteral("diff"),
                             QStringLiteral("--against"), QStringLiteral("expected")},
                            {}, 180000);
        QCOMPARE(diff.exitCode, 1);
        const QStringList errors =
            diff.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .filter(QRegularExpression(QStringLiteral("^strata diff: ")));
        QVERIFY2(errors.size() == 1 &&
                     errors.first().contains(QLatin1String("/nonexistent/bin/python3")),
                 qPrintable(diff.err));
        QVERIFY(diff.out.isEmpty());
        QVERIFY(nothingLeft());
    }
};

QTEST_GUILESS_MAIN(TestExpectedSchema)
#include "tst_expectedschema.moc"
