// Fleets (issue 16): a discovered group of 50 sandbox databases upgraded with --jobs 4 (never
// more than 4 Strata sessions at once, read from pg_stat_activity), a second run that does
// nothing, a failing member with --continue-on-error and --stop-on-error, a failing canary, an
// unreachable member, a protected group, --dry-run, per-database logs, --json, and Ctrl-C.
#include "FleetFixtures.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <memory>
#include <thread>
#include <vector>

using namespace strata;
using strata::test::CliRun;
using strata::test::FleetDatabases;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::sqlRevision;
using strata::test::writeFile;

namespace {

constexpr int kMembers = 50;

} // namespace

class TestFleet : public QObject {
    Q_OBJECT

    std::vector<std::unique_ptr<SandboxDatabase>> m_dbs;
    QTemporaryDir m_dir;
    QString m_prefix; // the members' common name prefix

    CliRun fleet(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--project"), m_dir.path()} + args, QString(),
                      120000);
    }

    // Every member's version rows.
    QStringList versions() const {
        QStringList out;
        for (const auto& db : m_dbs)
            out << db->versionRows(QStringLiteral("-"));
        return out;
    }
    int historyCount(const SandboxDatabase& db, const QString& where = QStringLiteral("true")) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM strata_history WHERE ") + where)
            .toInt();
    }
    void downgradeAll() {
        const CliRun down =
            fleet({QStringLiteral("downgrade"), QStringLiteral("base"), QStringLiteral("--group"),
                   QStringLiteral("tenants"), QStringLiteral("--jobs"), QStringLiteral("8")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.out + down.err));
        QCOMPARE(versions(), QStringList(kMembers, QStringLiteral("")));
    }

private Q_SLOTS:
    void initTestCase() {
        // A discovered group over the sandbox's databases, two named environments with one
        // unreachable (a port nothing listens on), a protected static group.
        FleetDatabases fleet(QStringLiteral("fleetmember"), kMembers);
        m_prefix = fleet.prefix;
        writeFile(m_dir.path(), QStringLiteral("strata.toml"),
                  fleet.toml(0, QStringLiteral("[groups.mixed]\n"
                                               "environments = [\"one\", \"gone\"]\n"
                                               "[groups.guarded]\n"
                                               "environments = [\"one\"]\n"
                                               "protected = true\n")));
        m_dbs = std::move(fleet.databases);
        writeFile(m_dir.path(), QStringLiteral("versions/r1.sql"),
                  sqlRevision(QStringLiteral("r1"), QString(),
                              QStringLiteral("CREATE TABLE t1 (id int);"),
                              QStringLiteral("DROP TABLE t1;")));
        writeFile(m_dir.path(), QStringLiteral("versions/r2.sql"),
                  sqlRevision(QStringLiteral("r2"), QStringLiteral("r1"),
                              QStringLiteral("ALTER TABLE t1 ADD COLUMN name text;"),
                              QStringLiteral("ALTER TABLE t1 DROP COLUMN name;")));
        writeFile(m_dir.path(), QStringLiteral("versions/r3.sql"),
                  sqlRevision(QStringLiteral("r3"), QStringLiteral("r2"),
                              QStringLiteral("CREATE TABLE t3 (id int);"),
                              QStringLiteral("DROP TABLE t3;")));
    }

    void upgradeWithJobs() {
        // A sampler counts Strata's sessions on the server while the fleet runs.
        auto sampler = m_dbs.front()->connect();
        QVERIFY(sampler);
        std::atomic<bool> done{false};
        std::atomic<int> most{0};
        std::atomic<int> samples{0};
        std::thread watch([&] {
            while (!done.load()) {
                // A backend outlives its client's PQfinish by a moment: one that is idle after
                // releasing the migration lock (a run's last statement) is ending, not in use.
                // Only this fleet's databases: other tests share the sandbox.
                auto r = (*sampler)->execParams(
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name "
                                   "LIKE 'strata %' AND starts_with(datname, $1) AND pid <> "
                                   "pg_backend_pid() AND NOT (state = 'idle' AND query LIKE "
                                   "'%pg_advisory_unlock%')"),
                    {m_prefix});
                if (r) {
                    most.store(std::max(most.load(), r->scalar().toInt()));
                    ++samples;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        const QString logs = m_dir.filePath(QStringLiteral("logs-up"));
        const CliRun run =
            fleet({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--group"),
                   QStringLiteral("tenants"), QStringLiteral("--jobs"), QStringLiteral("4"),
                   QStringLiteral("--log-dir"), logs});
        done.store(true);
        watch.join();
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("50 databases: 50 upgraded")),
                 qPrintable(run.out));
        QCOMPARE(versions(), QStringList(kMembers, QStringLiteral("r3")));
        for (const auto& db : m_dbs)
            QCOMPARE(historyCount(*db, QStringLiteral("status = 'succeeded'")), 3);
        qInfo("%d samples, at most %d Strata sessions at once", samples.load(), most.load());
        QVERIFY(samples.load() > 0);
        QVERIFY2(most.load() <= 4, qPrintable(QString::number(most.load())));
        QVERIFY(most.load() >= 2); // and they do run side by side
        // One log per database, with what `strata upgrade --env` prints.
        QCOMPARE(QDir(logs).entryList({QStringLiteral("*.log")}, QDir::Files).size(), kMembers);
        const QString log =
            test::readFile(QDir(logs).filePath(m_dbs.at(7)->name() + QStringLiteral(".log")));
        QVERIFY2(log.contains(QStringLiteral("[3/3] upgrade r2 -> r3")), qPrintable(log));
    }

    void secondRunChangesNothing() {
        const CliRun run =
            fleet({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--group"),
                   QStringLiteral("tenants"), QStringLiteral("--json"), QStringLiteral("--log-dir"),
                   m_dir.filePath(QStringLiteral("logs-again"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        int finished = 0;
        QJsonObject last;
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            if (o.value(QLatin1String("event")) != QLatin1String("fleet_finished"))
                QVERIFY2(o.value(QLatin1String("database")).toString().startsWith(m_prefix),
                         qPrintable(line));
            if (o.value(QLatin1String("event")) == QLatin1String("database_finished")) {
                ++finished;
                QCOMPARE(o.value(QLatin1String("state")).toString(),
                         QStringLiteral("already_there"));
            }
            last = o;
        }
        QCOMPARE(finished, kMembers);
        QCOMPARE(last.value(QLatin1String("event")).toString(), QStringLiteral("fleet_finished"));
        QCOMPARE(last.value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("already_there"))
                     .toInt(),
                 kMembers);
        for (const auto& db : m_dbs)
            QCOMPARE(historyCount(*db), 3);
    }

    void dryRun() {
        const CliRun run =
            fleet({QStringLiteral("downgrade"), QStringLiteral("r1"), QStringLiteral("--group"),
                   QStringLiteral("tenants"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.count(QStringLiteral("at r3  2 steps: r3, r2")), kMembers);
        QCOMPARE(versions(), QStringList(kMembers, QStringLiteral("r3")));
    }

    void statusAndCurrentOfAGroup() {
        // One member behind, by hand: r3 undone.
        auto c = m_dbs.at(3)->connect();
        QVERIFY((*c)->exec(QStringLiteral("DROP TABLE t3; UPDATE alembic_version SET "
                                          "version_num = 'r2'")));
        const CliRun status =
            fleet({QStringLiteral("status"), QStringLiteral("--group"), QStringLiteral("tenants"),
                   QStringLiteral("--jobs"), QStringLiteral("4")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QCOMPARE(status.out.count(m_prefix), kMembers);
        QVERIFY2(status.out.contains(QStringLiteral("tenants: 49 at r3, 1 behind (1 at r2)")),
                 qPrintable(status.out));
        const CliRun json = fleet({QStringLiteral("status"), QStringLiteral("--group"),
                                   QStringLiteral("tenants"), QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("at_heads")).toInt(), 49);
        QCOMPARE(o.value(QLatin1String("behind")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("members")).toArray().size(), kMembers);
        const CliRun current = fleet({QStringLiteral("current"), QStringLiteral("--group"),
                                      QStringLiteral("tenants"), QStringLiteral("--check-heads")});
        QCOMPARE(current.exitCode, 1);
        QVERIFY2(current.out.contains(m_dbs.at(3)->name() + QStringLiteral("  r2\n")),
                 qPrintable(current.out));
        const CliRun up = fleet({QStringLiteral("upgrade"), QStringLiteral("heads"),
                                 QStringLiteral("--group"), QStringLiteral("tenants")});
        QVERIFY2(up.out.contains(QStringLiteral("50 databases: 1 upgraded, 49 already at the "
                                                "target")),
                 qPrintable(up.out));
        const CliRun again = fleet({QStringLiteral("current"), QStringLiteral("--group"),
                                    QStringLiteral("tenants"), QStringLiteral("--check-heads")});
        QCOMPARE(again.exitCode, 0);
    }

    void checkOfAGroup() {
        const CliRun run =
            fleet({QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("mixed")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("mixed gone: unreachable: ")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("mixed: 1 at r3, 1 unreachable")),
                 qPrintable(run.out));
        const CliRun clean =
            fleet({QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("tenants")});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY2(clean.out.contains(QStringLiteral("tenants: 50 at r3")), qPrintable(clean.out));
    }

    void driftAcrossAGroup() {
        auto c = m_dbs.at(5)->connect();
        QVERIFY((*c)->exec(QStringLiteral("ALTER TABLE t1 ADD COLUMN extra int")));
        const CliRun run =
            fleet({QStringLiteral("diff"), QStringLiteral("--group"), QStringLiteral("tenants"),
                   QStringLiteral("--against"), QStringLiteral("expected")});
        QVERIFY((*c)->exec(QStringLiteral("ALTER TABLE t1 DROP COLUMN extra")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(m_dbs.at(5)->name() +
                                  QStringLiteral("  r3  1 difference(s) from expected")),
                 qPrintable(run.out));
        QCOMPARE(run.out.count(QStringLiteral("as expected (")), kMembers - 1);
        QVERIFY2(run.out.contains(QStringLiteral("50 databases: 49 as expected, 1 drifted (%1: 1 "
                                                 "difference)")
                                      .arg(m_dbs.at(5)->name())),
                 qPrintable(run.out));
        const CliRun usage =
            fleet({QStringLiteral("diff"), QStringLiteral("--group"), QStringLiteral("tenants"),
                   QStringLiteral("--against"), QStringLiteral("one")});
        QCOMPARE(usage.exitCode, 2);
    }

    void failingMember_data() {
        QTest::addColumn<bool>("stop");
        QTest::newRow("continue-on-error") << false;
        QTest::newRow("stop-on-error") << true;
    }
    void failingMember() {
        QFETCH(bool, stop);
        downgradeAll();
        // Member 7 (in discovery order) already has a t3: its r3 fails and rolls back.
        auto c = m_dbs.at(7)->connect();
        QVERIFY((*c)->exec(QStringLiteral("CREATE TABLE t3 (x int)")));
        const int failedBefore = historyCount(*m_dbs.at(7), QStringLiteral("status = 'failed'"));
        const CliRun run =
            fleet({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--group"),
                   QStringLiteral("tenants"), QStringLiteral("--jobs"),
                   QString::fromLatin1(stop ? "1" : "4"),
                   QString::fromLatin1(stop ? "--stop-on-error" : "--continue-on-error")});
        QVERIFY((*c)->exec(QStringLiteral("DROP TABLE t3")));
        QCOMPARE(run.exitCode, 1);
        const QString failed = QStringLiteral("1 failed: %1 \u2014 ").arg(m_dbs.at(7)->name());
        QVERIFY2(run.out.contains(failed), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("relation \"t3\" already exists")),
                 qPrintable(run.out));
        QCOMPARE(m_dbs.at(7)->versionRows(), QStringLiteral("r2"));
        QCOMPARE(historyCount(*m_dbs.at(7), QStringLiteral("status = 'failed'")), failedBefore + 1);
        if (stop) {
            QVERIFY2(run.out.contains(QStringLiteral("50 databases: 7 upgraded, 42 not started, "
                                                     "1 failed: ")),
                     qPrintable(run.out));
            for (int i = 0; i < kMembers; ++i)
                if (i != 7)
                    QCOMPARE(m_dbs.at(i)->versionRows(), i < 7 ? QStringLiteral("r3") : QString());
        } else {
            QVERIFY2(run.out.contains(QStringLiteral("50 databases: 49 upgraded, 1 failed")),
                     qPrintable(run.out));
            for (int i = 0; i < kMembers; ++i)
                if (i != 7)
                    QCOMPARE(m_dbs.at(i)->versionRows(), QStringLiteral("r3"));
        }
    }

    void failingCanaryStopsTheFleet() {
        downgradeAll();
        auto c = m_dbs.at(1)->connect();
        QVERIFY((*c)->exec(QStringLiteral("CREATE TABLE t3 (x int)")));
        const CliRun run =
            fleet({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--group"),
                   QStringLiteral("tenants"), QStringLiteral("--canary"), QStringLiteral("3"),
                   QStringLiteral("--continue-on-error")});
        QVERIFY((*c)->exec(QStringLiteral("DROP TABLE t3")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("50 databases: 2 upgraded, 47 not started, 1 "
                                                 "failed: ")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(" (canary)  FAILED")), qPrintable(run.out));
        for (int i = 3; i < kMembers; ++i)
            QCOMPARE(m_dbs.at(i)->versionRows(), QString());
    }

    void unreachableMemberIsReported() {
        downgradeAll();
        const CliRun run = fleet({QStringLiteral("upgrade"), QStringLiteral("heads"),
                                  QStringLiteral("--group"), QStringLiteral("mixed")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("2 databases: 1 upgraded, 1 unreachable: gone "
                                                 "\u2014 ")),
                 qPrintable(run.out));
        QCOMPARE(m_dbs.front()->versionRows(), QStringLiteral("r3"));
    }

    void protectedGroupNeedsConfirm() {
        const CliRun refused = fleet({QStringLiteral("downgrade"), QStringLiteral("r2"),
                                      QStringLiteral("--group"), QStringLiteral("guarded")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral(
                     "group 'guarded' is protected: add --confirm guarded to run downgrade on its "
                     "1 databases")),
                 qPrintable(refused.err));
        QCOMPARE(m_dbs.front()->versionRows(), QStringLiteral("r3"));
        const CliRun confirmed = fleet({QStringLiteral("downgrade"), QStringLiteral("r2"),
                                        QStringLiteral("--group"), QStringLiteral("guarded"),
                                        QStringLiteral("--confirm"), QStringLiteral("guarded")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.out + confirmed.err));
        QCOMPARE(m_dbs.front()->versionRows(), QStringLiteral("r2"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown group") << QStringList{"upgrade", "heads", "--group", "tenant"}
                                       << "unknown group 'tenant' (known: tenants, mixed, "
                                          "guarded)";
        QTest::newRow("env and group")
            << QStringList{"upgrade", "heads", "--group", "tenants", "--env", "one"}
            << "--env and --group exclude each other";
        QTest::newRow("jobs") << QStringList{"upgrade", "heads",  "--group",
                                             "tenants", "--jobs", "0"}
                              << "--jobs must be a number from 1 to 64";
        QTest::newRow("sql") << QStringList{"upgrade", "heads", "--group", "tenants", "--sql"}
                             << "--sql prints one script: it does not take --group";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = fleet(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void interruptCancelsCleanly() {
        downgradeAll();
        // r1 sleeps: two members run it when Ctrl-C comes; they roll back, no other starts.
        QTemporaryDir slow;
        QFile::copy(m_dir.filePath(QStringLiteral("strata.toml")),
                    slow.filePath(QStringLiteral("strata.toml")));
        writeFile(slow.path(), QStringLiteral("versions/r1.sql"),
                  sqlRevision(QStringLiteral("r1"), QString(),
                              QStringLiteral("CREATE TABLE t1 (id int);\nSELECT pg_sleep(30);"),
                              QStringLiteral("DROP TABLE t1;")));
        QProcess process;
        process.start(QStringLiteral(STRATA_CLI_PATH),
                      {QStringLiteral("--project"), slow.path(), QStringLiteral("upgrade"),
                       QStringLiteral("heads"), QStringLiteral("--group"),
                       QStringLiteral("tenants"), QStringLiteral("--jobs"), QStringLiteral("2"),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForStarted());
        auto c = m_dbs.front()->connect();
        QTRY_COMPARE_WITH_TIMEOUT(
            (*c)->execParams(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query "
                                            "LIKE '%pg_sleep(30)%' AND starts_with(datname, $1) "
                                            "AND pid <> pg_backend_pid()"),
                             {m_prefix})
                ->scalar(),
            QStringLiteral("2"), 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QJsonObject last =
            QJsonDocument::fromJson(out.trimmed().section(QLatin1Char('\n'), -1).toUtf8()).object();
        const QJsonObject counts = last.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("cancelled")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("skipped")).toInt(), kMembers - 2);
        QCOMPARE(versions(), QStringList(kMembers, QStringLiteral("")));
        int cancelledRows = 0;
        for (const auto& db : m_dbs)
            cancelledRows += historyCount(*db, QStringLiteral("status = 'cancelled'"));
        QCOMPARE(cancelledRows, 2);
        for (const auto& db : m_dbs)
            QCOMPARE(db->scalar(QStringLiteral("SELECT to_regclass('t1') IS NULL")),
                     QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
