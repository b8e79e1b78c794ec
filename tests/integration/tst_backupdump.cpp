// Backups on newer servers (issue 15, item 6): before anything runs, the runner finds a pg_dump
// at least the server's major (`pg_dump` of the environment, else of [project], else the newest
// found) and otherwise stops naming both versions, with nothing written. Runs on the default
// sandbox and on the PostgreSQL 18 one (strata_server_test(... MAJORS 18)).
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "config/ProjectConfig.h"
#include "runner/BackupDump.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

// The pg_dump beside the default sandbox's server (Debian's 15 here): older than 18.
QString defaultPgDump() {
    auto server = test::testSandbox().server();
    if (!server)
        qFatal("%s", strata::test::describe(server).constData());
    return QDir(server->binDir()).filePath(QStringLiteral("pg_dump"));
}

void writeProject(const QString& dir, const QString& url, const QString& projectExtra,
                  const QString& environmentExtra) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n%1\n[environments.dev]\n"
                             "url = \"%2\"\nbackup = true\n%3")
                  .arg(projectExtra, url, environmentExtra));
    writeFile(dir, QStringLiteral("versions/r1.sql"),
              QStringLiteral("-- Revision ID: r1\n-- Revises: \n-- Message: r1\n\n"
                             "-- migrate:upgrade\nCREATE TABLE backed (id int);\n\n"
                             "-- migrate:downgrade\nDROP TABLE backed;\n"));
}

CliRun upgrade(const QString& dir) {
    return runCli(
        {QStringLiteral("--project"), dir, QStringLiteral("upgrade"), QStringLiteral("heads")});
}

QStringList dumps(const QString& dir) {
    return QDir(QDir(dir).filePath(QStringLiteral("backups")))
        .entryList({QStringLiteral("*.dump")}, QDir::Files);
}

} // namespace

class TestBackupDump : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void probeReadsTheVersion() {
        auto program = BackupDump::probe(defaultPgDump());
        QVERIFY2(program, strata::test::describe(program).constData());
        QCOMPARE(program->major, test::testSandbox().server()->major());
        QVERIFY2(program->version.startsWith(QString::number(program->major) + QLatin1Char('.')),
                 qPrintable(program->version));
        auto missing = BackupDump::probe(QStringLiteral("/nonexistent/pg_dump"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message,
                 QStringLiteral("backup: cannot run /nonexistent/pg_dump --version"));
    }

    void chooseComparesMajors_data() {
        QTest::addColumn<int>("offset"); // the server's major minus pg_dump's
        QTest::addColumn<bool>("fits");
        QTest::newRow("older server") << -2 << true;
        QTest::newRow("same major") << 0 << true;
        QTest::newRow("newer server") << 3 << false;
    }
    void chooseComparesMajors() {
        QFETCH(int, offset);
        QFETCH(bool, fits);
        const QString path = defaultPgDump();
        const int dumpMajor = BackupDump::probe(path)->major;
        const int serverMajor = dumpMajor + offset;
        auto chosen = BackupDump::choose(serverMajor, path);
        QCOMPARE(chosen.ok(), fits);
        if (fits) {
            QCOMPARE(chosen->path, path);
            return;
        }
        QCOMPARE(chosen.error().code, ErrorCode::Config);
        QCOMPARE(chosen.error().message,
                 QStringLiteral("backup: pg_dump %1 cannot dump PostgreSQL %2 (install pg_dump %2 "
                                "or set pg_dump in strata.toml)")
                     .arg(dumpMajor)
                     .arg(serverMajor));
    }

    // Without a configured one: the newest found, so nothing older than every pg_dump here.
    void chooseFindsTheNewest() {
        const QList<BackupDump::Program> all = BackupDump::found();
        QVERIFY(!all.isEmpty());
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).major >= all.at(i).major);
        const QByteArray saved = qgetenv("STRATA_PG_DUMP");
        qunsetenv("STRATA_PG_DUMP");
        auto chosen = BackupDump::choose(all.constFirst().major);
        if (!saved.isEmpty())
            qputenv("STRATA_PG_DUMP", saved);
        QVERIFY2(chosen, strata::test::describe(chosen).constData());
        QCOMPARE(chosen->major, all.constFirst().major);
    }

    void configKeys_data() {
        QTest::addColumn<QString>("projectLine");
        QTest::addColumn<QString>("environmentLine");
        QTest::addColumn<QString>("projectValue");
        QTest::addColumn<QString>("environmentValue");
        QTest::newRow("none") << QString() << QString() << QString() << QString();
        QTest::newRow("project, relative to strata.toml")
            << QStringLiteral("pg_dump = \"bin/pg_dump\"\n") << QString()
            << QStringLiteral("DIR/bin/pg_dump") << QString();
        QTest::newRow("environment, a bare name")
            << QString() << QStringLiteral("pg_dump = \"pg_dump\"\n") << QString()
            << QStringLiteral("pg_dump");
        QTest::newRow("both, absolute")
            << QStringLiteral("pg_dump = \"/opt/a/pg_dump\"\n")
            << QStringLiteral("pg_dump = \"/opt/b/pg_dump\"\n") << QStringLiteral("/opt/a/pg_dump")
            << QStringLiteral("/opt/b/pg_dump");
    }
    void configKeys() {
        QFETCH(QString, projectLine);
        QFETCH(QString, environmentLine);
        QFETCH(QString, projectValue);
        QFETCH(QString, environmentValue);
        QTemporaryDir dir;
        writeProject(dir.path(), QStringLiteral("postgresql://h/db"), projectLine, environmentLine);
        auto config = ProjectConfig::load(dir.filePath(QStringLiteral("strata.toml")));
        QVERIFY2(config, strata::test::describe(config).constData());
        QCOMPARE(QString(config->pgDump()).replace(dir.path(), QStringLiteral("DIR")),
                 projectValue);
        QCOMPARE(config->environments().constFirst().pgDump, environmentValue);
    }

    // On PostgreSQL 18 with a pg_dump older than 18: refused before anything runs.
    void newerServerStopsBeforeAnything_data() {
        QTest::addColumn<bool>("inProject"); // [project] pg_dump, else the environment's
        QTest::newRow("[project] pg_dump") << true;
        QTest::newRow("environment pg_dump") << false;
    }
    void newerServerStopsBeforeAnything() {
        QFETCH(bool, inProject);
        Sandbox& server18 = test::testSandboxOn(18);
        SandboxDatabase db(server18, QStringLiteral("tst_backupdump_18"));
        const QString pgDump = defaultPgDump();
        const int dumpMajor = BackupDump::probe(pgDump)->major;
        QVERIFY(dumpMajor < 18);
        const QString line = QStringLiteral("pg_dump = \"%1\"\n").arg(pgDump);
        QTemporaryDir dir;
        writeProject(dir.path(), db.url(), inProject ? line : QString(),
                     inProject ? QString() : line);
        const CliRun run = upgrade(dir.path());
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("backup: pg_dump %1 cannot dump PostgreSQL 18 "
                                                 "(install pg_dump 18 or set pg_dump in "
                                                 "strata.toml)")
                                      .arg(dumpMajor)),
                 qPrintable(run.err));
        QCOMPARE(dumps(dir.path()), QStringList());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
        // Nothing ran: not even the version table was created.
        QCOMPARE(db.versionRows(), QStringLiteral("<no table>"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('backed') IS NULL")),
                 QStringLiteral("t"));
    }

    // On the default sandbox the same pg_dump fits: the backup is written, the revision runs.
    void ownMajorBacksUp() {
        SandboxDatabase db(QStringLiteral("tst_backupdump_own"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url(),
                     QStringLiteral("pg_dump = \"/nonexistent/pg_dump\"\n"), // the env's wins
                     QStringLiteral("pg_dump = \"%1\"\n").arg(defaultPgDump()));
        const CliRun run = upgrade(dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(dumps(dir.path()).size(), 1);
        QCOMPARE(db.versionRows(), QStringLiteral("r1"));
    }

    void unrunnablePgDumpIsAnError() {
        SandboxDatabase db(QStringLiteral("tst_backupdump_bad"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url(), QStringLiteral("pg_dump = \"/nonexistent/pg_dump\"\n"),
                     QString());
        const CliRun run = upgrade(dir.path());
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("backup: cannot run /nonexistent/pg_dump")),
                 qPrintable(run.err));
        QCOMPARE(db.versionRows(), QStringLiteral("<no table>"));
    }
};

QTEST_GUILESS_MAIN(TestBackupDump)
#include "tst_backupdump.moc"
