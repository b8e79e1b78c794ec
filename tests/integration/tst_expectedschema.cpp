// ExpectedSchema on the test sandbox: built on the shadow_url server (through
// EnvironmentConnector) or the sandbox, cached, cancellable from another thread.
#include "DriftFixtures.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "Project.h"
#include "drift/ExpectedSchema.h"

#include <QDir>
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

} // namespace

class TestExpectedSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
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
        auto cancellation = Cancellation::create();
        std::thread canceller([cancellation] {
            for (int i = 0; i < 600 && test::sandboxCount(kSleeping) != 1; ++i)
                QThread::msleep(100);
            cancellation->cancel();
        });
        ExpectedSchema builder(*project);
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(test::testSandbox().directory());
        builder.setCancellation(cancellation);
        Result<SchemaSnapshot> built = builder.build({QStringLiteral("e1")}, {});
        canceller.join();
        QVERIFY(!built);
        QCOMPARE(built.error().code, ErrorCode::Cancelled);
        QCOMPARE(test::sandboxCount(kScratch), 0);
        QVERIFY(QDir(cache.path()).isEmpty()); // nothing cached
    }
};

QTEST_GUILESS_MAIN(TestExpectedSchema)
#include "tst_expectedschema.moc"
