// The sandbox on a chosen server (issue 15, items 1 and 2): PostgresInstallation::find(major),
// forBinDir and installed(); `strata sandbox start --server N` / `--pg-bin DIR`; a cluster of
// another major is refused and left as it was; `status` without --dir lists every sandbox.
// Needs PostgreSQL 13 and 18 (strata_server_test(... MAJORS 13 18)); its sandboxes live in
// folders of its own beside the test sandbox, where the postgres OS user can reach them.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "sandbox/PostgresInstallation.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;

namespace {

// A folder of its own for one test (removed first, and by the caller's Cleanup).
QString freshDir(const QString& name) {
    const QString dir = QStringLiteral(STRATA_BINARY_DIR "/tst-sandboxservers-%1-%2")
                            .arg(name)
                            .arg(QCoreApplication::applicationPid());
    (void)Sandbox(dir).stop();
    QDir(dir).removeRecursively();
    return dir;
}

struct Cleanup {
    QStringList dirs;
    ~Cleanup() {
        for (const QString& dir : dirs) {
            (void)Sandbox(dir).stop();
            QDir(dir).removeRecursively();
        }
    }
};

QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonObject json(const CliRun& run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// A fake server folder: pg_ctl --version says `version`, initdb exists.
void writeFakeServer(const QString& bin, const QString& version) {
    QDir().mkpath(bin);
    for (const QString& name : {QStringLiteral("initdb"), QStringLiteral("pg_ctl")}) {
        const QString path = QDir(bin).filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("#!/bin/sh\necho '%1 (PostgreSQL) %2'\n").arg(name, version).toUtf8());
        file.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
}

} // namespace

class TestSandboxServers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // find(major) looks in Debian's folder, then in $STRATA_SERVERS_DIR/<major>/bin.
    void findByMajor() {
        QTemporaryDir servers;
        writeFakeServer(servers.filePath(QStringLiteral("42/bin")), QStringLiteral("42.7"));
        const QByteArray saved = qgetenv("STRATA_SERVERS_DIR");
        qputenv("STRATA_SERVERS_DIR", servers.path().toUtf8());
        QCOMPARE(PostgresInstallation::serversDirectory(), servers.path());
        auto found = PostgresInstallation::find(42);
        QList<int> majors;
        QStringList versions;
        for (const PostgresInstallation& i : PostgresInstallation::installed()) {
            majors << i.major();
            versions << i.versionText();
        }
        auto missing = PostgresInstallation::find(41);
        if (saved.isEmpty())
            qunsetenv("STRATA_SERVERS_DIR");
        else
            qputenv("STRATA_SERVERS_DIR", saved);
        QVERIFY2(found, strata::test::describe(found).constData());
        QCOMPARE(found->binDir(), servers.filePath(QStringLiteral("42/bin")));
        QCOMPARE(found->major(), 42);
        QCOMPARE(found->versionText(), QStringLiteral("42.7"));
        QVERIFY(majors.contains(42));
        QCOMPARE(versions.at(majors.indexOf(42)), QStringLiteral("42.7"));
        QVERIFY(std::is_sorted(majors.cbegin(), majors.cend()));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message,
                 QStringLiteral("PostgreSQL 41 is not installed (run scripts/servers 41, or pass "
                                "--pg-bin DIR)"));
        // Debian's comes first when it has the major.
        const int debian = test::testSandbox().clusterMajor();
        QCOMPARE(PostgresInstallation::find(debian)->binDir(),
                 QStringLiteral("/usr/lib/postgresql/%1/bin").arg(debian));
    }

    void forBinDir() {
        auto server = PostgresInstallation::forBinDir(PostgresInstallation::find(18)->binDir());
        QVERIFY2(server, strata::test::describe(server).constData());
        QCOMPARE(server->major(), 18);
        auto none = PostgresInstallation::forBinDir(QStringLiteral("/nonexistent/bin"));
        QVERIFY(!none);
        QCOMPARE(none.error().message, QStringLiteral("/nonexistent/bin has no initdb and pg_ctl"));
    }

    void startOnAServer_data() {
        QTest::addColumn<int>("major");
        QTest::addColumn<bool>("byBinDir");
        QTest::newRow("--server 18") << 18 << false;
        QTest::newRow("--server 13") << 13 << false;
        QTest::newRow("--pg-bin of 18") << 18 << true;
    }
    void startOnAServer() {
        QFETCH(int, major);
        QFETCH(bool, byBinDir);
        Cleanup cleanup;
        const QString dir = freshDir(QStringLiteral("start%1").arg(major));
        cleanup.dirs << dir;
        const QString bin = PostgresInstallation::find(major)->binDir();
        const QStringList server =
            byBinDir ? QStringList{QStringLiteral("--pg-bin"), bin}
                     : QStringList{QStringLiteral("--server"), QString::number(major)};
        const CliRun start =
            runCli(QStringList{QStringLiteral("sandbox"), QStringLiteral("start"),
                               QStringLiteral("--json"), QStringLiteral("--dir"), dir} +
                   server);
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        const QJsonObject started = json(start);
        QVERIFY2(started.value(QStringLiteral("serverVersion"))
                     .toString()
                     .startsWith(QStringLiteral("%1.").arg(major)),
                 qPrintable(start.out));
        QCOMPARE(started.value(QStringLiteral("serverMajor")).toInt(), major);
        // sandbox.json remembers the server: a later start and stop use it.
        const QJsonObject state =
            QJsonDocument::fromJson(readFile(Sandbox(dir).stateFile()).toUtf8()).object();
        QCOMPARE(state.value(QStringLiteral("major")).toInt(), major);
        QCOMPARE(state.value(QStringLiteral("binDir")).toString(), bin);
        const CliRun status = runCli(
            {QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("--dir"), dir});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("version:    %1.").arg(major)),
                 qPrintable(status.out));
        QVERIFY(Sandbox(dir).stop());
        QVERIFY(Sandbox(dir).start());
        auto again = Sandbox(dir).status();
        QVERIFY(again->running);
        QVERIFY(again->serverVersion.startsWith(QStringLiteral("%1.").arg(major)));
    }

    // A 13 cluster asked to run on 18: refused, running or not, and left as it was.
    void otherMajorIsRefused() {
        Cleanup cleanup;
        const QString dir = freshDir(QStringLiteral("refuse"));
        cleanup.dirs << dir;
        Sandbox sandbox(dir);
        QVERIFY(sandbox.start(*PostgresInstallation::find(13)));
        QVERIFY(sandbox.stop());
        const QString pgVersion = sandbox.dataDir() + QStringLiteral("/PG_VERSION");
        const QStringList before = QDir(sandbox.dataDir()).entryList(QDir::AllEntries);
        const QString conf = readFile(sandbox.dataDir() + QStringLiteral("/strata.conf"));
        const QString expected = QStringLiteral("strata sandbox: the sandbox in %1 holds a "
                                                "PostgreSQL 13 cluster, which PostgreSQL 18 "
                                                "cannot run: use --server 13, or another --dir\n")
                                     .arg(dir);
        for (bool running : {false, true}) {
            if (running)
                QVERIFY(sandbox.start()); // the remembered server: 13
            const CliRun run = runCli({QStringLiteral("sandbox"), QStringLiteral("start"),
                                       QStringLiteral("--server"), QStringLiteral("18"),
                                       QStringLiteral("--dir"), dir});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err, expected);
            QCOMPARE(readFile(pgVersion).trimmed(), QStringLiteral("13"));
            QCOMPARE(sandbox.status()->running, running);
            if (running)
                QVERIFY(sandbox.status()->serverVersion.startsWith(QLatin1String("13.")));
        }
        QVERIFY(sandbox.stop());
        QCOMPARE(QDir(sandbox.dataDir()).entryList(QDir::AllEntries), before);
        QCOMPARE(readFile(sandbox.dataDir() + QStringLiteral("/strata.conf")).isEmpty(),
                 conf.isEmpty());
    }

    void unknownMajorIsOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("not installed")
            << QStringList{QStringLiteral("--server"), QStringLiteral("99")}
            << QStringLiteral("strata sandbox: PostgreSQL 99 is not installed (run scripts/servers "
                              "99, or pass --pg-bin DIR)\n");
        QTest::newRow("no server programs")
            << QStringList{QStringLiteral("--pg-bin"), QStringLiteral("/nonexistent/bin")}
            << QStringLiteral("strata sandbox: /nonexistent/bin has no initdb and pg_ctl\n");
    }
    void unknownMajorIsOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const QString dir = freshDir(QStringLiteral("unknown"));
        const CliRun run = runCli(QStringList{QStringLiteral("sandbox"), QStringLiteral("start"),
                                              QStringLiteral("--dir"), dir} +
                                  args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, error);
        QVERIFY(!QFileInfo::exists(dir)); // nothing made
    }

    // `--server N` without --dir: "<default>-pgN"; `status` without --dir lists them all.
    void statusListsEverySandbox() {
        Cleanup cleanup;
        const QString base = freshDir(QStringLiteral("list"));
        cleanup.dirs << base + QStringLiteral("-pg13") << base;
        qputenv("STRATA_SANDBOX_DIR", base.toUtf8());
        const CliRun start = runCli({QStringLiteral("sandbox"), QStringLiteral("start"),
                                     QStringLiteral("--server"), QStringLiteral("13")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        QVERIFY(start.out.contains(base + QStringLiteral("-pg13")));
        const CliRun text = runCli({QStringLiteral("sandbox"), QStringLiteral("status")});
        const CliRun all =
            runCli({QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("--json")});
        qunsetenv("STRATA_SANDBOX_DIR");
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header, the default sandbox, its -pg13 sibling
        QVERIFY2(lines.at(1).endsWith(base) &&
                     lines.at(1).contains(QLatin1String("not initialised")),
                 qPrintable(text.out));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("13.")) &&
                     lines.at(2).contains(QLatin1String("running")) &&
                     lines.at(2).endsWith(base + QStringLiteral("-pg13")),
                 qPrintable(text.out));
        // The columns line up whatever the length of the version ("15.20 (Debian ...)").
        const qsizetype directoryColumn = lines.at(0).indexOf(QLatin1String("DIRECTORY"));
        QVERIFY2(directoryColumn > 0 && lines.at(1).indexOf(base) == directoryColumn &&
                     lines.at(2).indexOf(base) == directoryColumn,
                 qPrintable(text.out));
        const QJsonArray sandboxes = json(all).value(QStringLiteral("sandboxes")).toArray();
        QCOMPARE(sandboxes.size(), 2);
        QCOMPARE(json(all).value(QStringLiteral("directory")).toString(), base);
        const QJsonObject second = sandboxes.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("serverMajor")).toInt(), 13);
        QCOMPARE(second.value(QStringLiteral("running")).toBool(), true);
        QVERIFY(second.value(QStringLiteral("port")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServers)
#include "tst_sandboxservers.moc"
