// A project written for PostgreSQL 18 (tests/fixtures/pg18_syntax) upgrades on an 18 server,
// statements newer than the build's grammar included, and downgrades back. Needs the 18
// sandbox in $STRATA_TEST_SANDBOX_18; registered only where a PostgreSQL 18 server is installed
// (tests/CMakeLists.txt). Until the server matrix starts that sandbox, the test starts it itself
// (STRATA_PG_BINDIR names 18's bin folder) and stops what it started.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;

class TestPg18Syntax : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString dir = qEnvironmentVariable("STRATA_TEST_SANDBOX_18");
        QVERIFY2(!dir.isEmpty(), "STRATA_TEST_SANDBOX_18 is not set");
        m_sandbox = std::make_unique<Sandbox>(dir);
        const Result<SandboxStatus> before = m_sandbox->status();
        QVERIFY2(before, strata::test::describe(before).constData());
        if (!before->running) {
            const Result<void> started = m_sandbox->start();
            QVERIFY2(started, strata::test::describe(started).constData());
            m_started = true;
        }
        const Result<SandboxStatus> status = m_sandbox->status();
        QVERIFY2(status, strata::test::describe(status).constData());
        QVERIFY2(status->serverVersion.startsWith(QLatin1String("18.")),
                 qPrintable(status->serverVersion));
    }

    void cleanupTestCase() {
        if (m_started)
            QVERIFY(m_sandbox->stop());
    }

    void upgradesAndDowngradesOn18() {
        const QString database =
            QStringLiteral("pg18syntax_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(m_sandbox->createDatabase(database));
        const auto drop = qScopeGuard([&] { (void)m_sandbox->dropDatabase(database); });
        const Result<QString> url = m_sandbox->urlFor(database);
        QVERIFY(url);

        QTemporaryDir dir;
        strata::test::copyTree(QStringLiteral(STRATA_FIXTURES_DIR "/pg18_syntax"), dir.path());
        const QString toml = strata::test::readFile(dir.filePath(QStringLiteral("strata.toml")));
        strata::test::writeFile(
            dir.path(), QStringLiteral("strata.toml"),
            toml + QStringLiteral("\n[environments.pg18]\nurl = \"%1\"\n").arg(*url));

        const CliRun up = runCli({QStringLiteral("upgrade"), QStringLiteral("heads"),
                                  QStringLiteral("--env"), QStringLiteral("pg18")},
                                 dir.path(), 120000);
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));

        Result<std::unique_ptr<Connection>> c = m_sandbox->connect(database);
        QVERIFY2(c, strata::test::describe(c).constData());
        const auto scalar = [&](const char* sql) {
            Result<QueryResult> r = (*c)->exec(QString::fromLatin1(sql));
            return r ? r->scalar() : QStringLiteral("<error: %1>").arg(r.error().message);
        };
        QCOMPARE(scalar("SELECT version_num FROM alembic_version"), QStringLiteral("d1800004"));
        // What the statements the grammar did not check made.
        QCOMPARE(scalar("SELECT attgenerated FROM pg_attribute "
                        "WHERE attrelid = 'items'::regclass AND attname = 'total'"),
                 QStringLiteral("v"));
        QCOMPARE(scalar("SELECT contype FROM pg_constraint WHERE conname = 'items_sku_not_null'"),
                 QStringLiteral("n"));
        QCOMPARE(scalar("SELECT conperiod FROM pg_constraint WHERE conname = 'bookings_pk'"),
                 QStringLiteral("t"));
        QCOMPARE(scalar("SELECT qty || '/' || total FROM items WHERE id = 1"),
                 QStringLiteral("4/8"));
        QCOMPARE(scalar("SELECT n FROM item_count"), QStringLiteral("1"));
        c->reset();

        const CliRun down = runCli({QStringLiteral("downgrade"), QStringLiteral("base"),
                                    QStringLiteral("--env"), QStringLiteral("pg18")},
                                   dir.path(), 120000);
        QVERIFY2(down.exitCode == 0, qPrintable(down.out + down.err));
        c = m_sandbox->connect(database);
        QVERIFY(c);
        QCOMPARE(scalar("SELECT count(*) FROM pg_class WHERE relname IN ('items', 'bookings')"),
                 QStringLiteral("0"));
    }

private:
    std::unique_ptr<Sandbox> m_sandbox;
    bool m_started = false;
};

QTEST_GUILESS_MAIN(TestPg18Syntax)
#include "tst_pg18syntax.moc"
