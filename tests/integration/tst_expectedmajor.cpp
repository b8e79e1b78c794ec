// The expected schema on the right major (issue 15, item 4): for an environment on PostgreSQL 18
// the scratch database runs on a PostgreSQL 18 sandbox (the "-pg18" sibling of the sandbox,
// which is the `sandbox_18` fixture's); for a major not installed here, on the default sandbox,
// saying which version was used; a shadow_url still wins. strata_server_test(... MAJORS 18).
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "drift/DriftCheck.h"
#include "drift/ExpectedSchema.h"
#include "drift/VerifyDatabase.h"
#include "sandbox/ScratchSandbox.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;

namespace {

void writeProject(const QString& dir, const QString& url, const QString& projectExtra = {}) {
    test::writeFile(dir, QStringLiteral("strata.toml"),
                    QStringLiteral("[project]\nversions = \"versions\"\n%1\n[environments.prod]\n"
                                   "url = \"%2\"\n")
                        .arg(projectExtra, url));
    test::writeFile(dir, QStringLiteral("versions/m1.sql"),
                    QStringLiteral("-- Revision ID: m1\n-- Revises: \n-- Message: m1\n\n"
                                   "-- migrate:upgrade\nCREATE TABLE items (id int);\n\n"
                                   "-- migrate:downgrade\nDROP TABLE items;\n"));
}

Project open(const QString& dir) {
    auto p = Project::open(dir);
    if (!p)
        qFatal("%s", strata::test::describe(p).constData());
    return std::move(p).value();
}

int defaultMajor() {
    return test::testSandbox().clusterMajor();
}

} // namespace

class TestExpectedMajor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chooseTheSandbox_data() {
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("used");
        QTest::addColumn<bool>("exact");
        QTest::newRow("any") << 0 << QString() << defaultMajor() << true;
        QTest::newRow("the default's") << defaultMajor() << QString() << defaultMajor() << true;
        QTest::newRow("18: its sibling") << 18 << QStringLiteral("-pg18") << 18 << true;
        QTest::newRow("not installed") << 99 << QString() << defaultMajor() << false;
    }
    void chooseTheSandbox() {
        QFETCH(int, major);
        QFETCH(QString, suffix);
        QFETCH(int, used);
        QFETCH(bool, exact);
        const QString base = test::testSandbox().directory();
        const ScratchSandbox choice = ScratchSandbox::choose(base, major);
        QCOMPARE(choice.directory(), base + suffix);
        QCOMPARE(choice.major(), used);
        QCOMPARE(choice.exact(), exact);
    }

    // prod on the 18 sandbox: its expected schema is built (and snapshotted) on 18.
    void environmentOn18BuildsOn18_data() {
        QTest::addColumn<bool>("shadow");
        QTest::newRow("sandbox of its major") << false;
        QTest::newRow("shadow_url wins") << true;
    }
    void environmentOn18BuildsOn18() {
        QFETCH(bool, shadow);
        SandboxDatabase prod(test::testSandboxOn(18), QStringLiteral("tst_expectedmajor"));
        QTemporaryDir dir;
        QTemporaryDir cache;
        writeProject(dir.path(), prod.url(),
                     shadow
                         ? QStringLiteral("shadow_url = \"%1\"\n").arg(*test::testSandbox().url())
                         : QString());
        const Project project = open(dir.path());
        const SnapshotOptions options = DriftCheck::optionsFor(project);
        auto live =
            DriftCheck::readEnvironment(project, project.config().environments().first(), options);
        QVERIFY2(live, strata::test::describe(live).constData());
        QCOMPARE(live->snapshot.serverVersion() / 10000, 18);

        ExpectedSchema builder(project);
        QStringList messages;
        builder.setProgress([&messages](const QString& m) { messages << m; });
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(test::testSandbox().directory());
        builder.setTarget(live->label, live->snapshot.serverVersion() / 10000);
        auto expected = builder.build({QStringLiteral("m1")}, options);
        QVERIFY2(expected, strata::test::describe(expected).constData());
        QCOMPARE(expected->serverVersion() / 10000, shadow ? defaultMajor() : 18);
        QCOMPARE(messages.contains(QStringLiteral("expected schema built on PostgreSQL 18, as prod "
                                                  "runs")),
                 !shadow);
        QVERIFY(expected->contains(ObjectKind::Table, QStringLiteral("public.items")));
    }

    // A major with no server here: the default sandbox, and a message naming both versions.
    void missingMajorSaysWhichVersion() {
        SandboxDatabase prod(QStringLiteral("tst_expectedmajor_99"));
        QTemporaryDir dir;
        QTemporaryDir cache;
        writeProject(dir.path(), prod.url());
        const Project project = open(dir.path());
        ExpectedSchema builder(project);
        QStringList messages;
        builder.setProgress([&messages](const QString& m) { messages << m; });
        builder.setCacheDir(cache.path());
        builder.setSandboxDir(test::testSandbox().directory());
        builder.setTarget(QStringLiteral("prod"), 99);
        auto expected = builder.build({QStringLiteral("m1")}, DriftCheck::optionsFor(project));
        QVERIFY2(expected, strata::test::describe(expected).constData());
        QCOMPARE(expected->serverVersion() / 10000, defaultMajor());
        QVERIFY2(messages.contains(QStringLiteral("expected schema built on PostgreSQL %1; prod "
                                                  "runs 99 (no 99 server installed here)")
                                       .arg(defaultMajor())),
                 qPrintable(messages.join(QLatin1Char('\n'))));
    }

    // The CLI: `diff --env prod --against expected` on an 18 environment is clean, built on 18.
    void cliDiffAgainstExpected() {
        SandboxDatabase prod(test::testSandboxOn(18), QStringLiteral("tst_expectedmajor_cli"));
        QTemporaryDir dir;
        writeProject(dir.path(), prod.url());
        const QStringList project{QStringLiteral("--project"), dir.path()};
        const CliRun up =
            runCli(project + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        qputenv("STRATA_SANDBOX_DIR", test::testSandbox().directory().toUtf8());
        qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
        const CliRun diff =
            runCli(project + QStringList{QStringLiteral("diff"), QStringLiteral("--env"),
                                         QStringLiteral("prod"), QStringLiteral("--against"),
                                         QStringLiteral("expected")});
        qunsetenv("XDG_CACHE_HOME");
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
        QVERIFY2(diff.err.contains(QLatin1String("expected schema built on PostgreSQL 18, as prod "
                                                 "runs")),
                 qPrintable(diff.err));
    }

    // verify's scratch database on the sandbox of a major.
    void verifyScratchOnTheMajor() {
        auto db = VerifyDatabase::onSandbox(test::testSandbox().directory(), 18);
        QVERIFY2(db, strata::test::describe(db).constData());
        auto conn = Connection::open((*db)->environment().url);
        QVERIFY2(conn, strata::test::describe(conn).constData());
        QCOMPARE((*conn)->serverVersion() / 10000, 18);
        conn->reset(); // the scratch database is dropped WITH (FORCE) anyway
        QVERIFY((*db)->release());
    }
};

QTEST_GUILESS_MAIN(TestExpectedMajor)
#include "tst_expectedmajor.moc"
