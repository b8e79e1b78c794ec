// core/sandbox and `strata sandbox` against the running test sandbox, plus a second,
// short-lived sandbox for the full lifecycle (stop, stale postmaster.pid, restart).
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace strata;
using strata::test::runCli;
using strata::test::testSandbox;

class TestSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusShowsRunning() {
        auto status = testSandbox().status();
        QVERIFY2(status, strata::test::describe(status).constData());
        QVERIFY(status->initialised);
        QVERIFY(status->running);
        QVERIFY(status->pid > 0);
        QVERIFY(status->port > 0);
        QCOMPARE(status->url,
                 QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(status->port));
        QVERIFY2(status->serverVersion.startsWith(QLatin1String("1")),
                 qPrintable(status->serverVersion));
        QVERIFY(QFile::exists(testSandbox().stateFile()));
        // The state file tells other processes where the server is.
        QFile state(testSandbox().stateFile());
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(state.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("port")).toInt(), status->port);
        QVERIFY(QDir(json.value(QStringLiteral("socketDir")).toString()).exists());
    }

    void cliStatusJson() {
        const auto run =
            runCli({QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("--json"),
                    QStringLiteral("--dir"), testSandbox().directory()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("running")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("port")).toInt() > 0);
    }

    void cliUrl() {
        const auto run = runCli({QStringLiteral("sandbox"), QStringLiteral("url"),
                                 QStringLiteral("--dir"), testSandbox().directory()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), *testSandbox().url());
    }

    void cliUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no action") << QStringList{};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("bogus")};
        QTest::newRow("createdb without name") << QStringList{QStringLiteral("createdb")};
        QTest::newRow("start with extra")
            << QStringList{QStringLiteral("start"), QStringLiteral("x")};
    }
    void cliUsage() {
        QFETCH(QStringList, args);
        const auto run = runCli(QStringList{QStringLiteral("sandbox")} + args +
                                QStringList{QStringLiteral("--dir"), testSandbox().directory()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void secondStartIsNoop() {
        const qint64 pid = testSandbox().status()->pid;
        auto again = testSandbox().start();
        QVERIFY2(again, strata::test::describe(again).constData());
        QCOMPARE(testSandbox().status()->pid, pid);
        const auto run =
            runCli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--json"),
                    QStringLiteral("--dir"), testSandbox().directory()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("alreadyRunning")).toBool(), true);
        QCOMPARE(qint64(json.value(QStringLiteral("pid")).toDouble()), pid);
    }

    void urlConnects() {
        auto url = testSandbox().url();
        QVERIFY2(url, strata::test::describe(url).constData());
        auto conn = Connection::open(*url);
        QVERIFY2(conn, strata::test::describe(conn).constData());
        QCOMPARE((*conn)->database(), QStringLiteral("postgres"));
        QCOMPARE((*conn)->user(), QStringLiteral("postgres"));
        auto r = (*conn)->exec(QStringLiteral("SELECT current_setting('fsync'), "
                                              "current_setting('listen_addresses')"));
        QVERIFY(r);
        QCOMPARE(r->value(0, 0), QStringLiteral("off"));
        QCOMPARE(r->value(0, 1), QStringLiteral("127.0.0.1"));
    }

    void createAndDropDatabase_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("tst_sandbox_plain_%1");
        QTest::newRow("space and quote") << QStringLiteral("tst sandbox \"q\" %1");
        QTest::newRow("unicode") << QStringLiteral("tst_sändbox_%1");
    }
    void createAndDropDatabase() {
        QFETCH(QString, name);
        name = name.arg(QCoreApplication::applicationPid());
        Sandbox& sandbox = testSandbox();
        auto created = sandbox.createDatabase(name);
        QVERIFY2(created, strata::test::describe(created).constData());
        auto url = sandbox.urlFor(name);
        QVERIFY(url);
        {
            auto conn = Connection::open(*url);
            QVERIFY2(conn, strata::test::describe(conn).constData());
            QCOMPARE((*conn)->database(), name);
            // A session still connected does not stop the drop (WITH (FORCE)).
            auto dropped = sandbox.dropDatabase(name);
            QVERIFY2(dropped, strata::test::describe(dropped).constData());
        }
        auto admin = sandbox.connect();
        QVERIFY(admin);
        auto r = (*admin)->execParams(
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {name});
        QVERIFY(r);
        QCOMPARE(r->scalar(), QStringLiteral("0"));
        // Dropping a database that is not there is fine; creating one twice is not.
        QVERIFY(sandbox.dropDatabase(name));
        QVERIFY(sandbox.createDatabase(name));
        auto twice = sandbox.createDatabase(name);
        QVERIFY(!twice);
        QCOMPARE(twice.error().sqlstate, QStringLiteral("42P04"));
        QVERIFY(sandbox.dropDatabase(name));
    }

    void cliCreateAndDropDatabase() {
        const QString name =
            QStringLiteral("tst_sandbox_cli_%1").arg(QCoreApplication::applicationPid());
        const QString dir = testSandbox().directory();
        auto run = runCli({QStringLiteral("sandbox"), QStringLiteral("createdb"), name,
                           QStringLiteral("--dir"), dir});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), *testSandbox().urlFor(name));
        QVERIFY(Connection::open(run.out.trimmed()));
        run = runCli({QStringLiteral("sandbox"), QStringLiteral("dropdb"), name,
                      QStringLiteral("--dir"), dir});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!Connection::open(*testSandbox().urlFor(name)));
    }

    void testDatabaseHelper() {
        QString name;
        {
            strata::test::SandboxDatabase db(QStringLiteral("Helper Test"));
            name = db.name();
            QVERIFY(name.startsWith(QLatin1String("helper_test_")));
            auto conn = db.connect();
            QVERIFY2(conn, strata::test::describe(conn).constData());
            QCOMPARE((*conn)->database(), name);
        }
        auto admin = testSandbox().connect();
        QVERIFY(admin);
        auto r = (*admin)->execParams(
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {name});
        QVERIFY(r);
        QCOMPARE(r->scalar(), QStringLiteral("0"));
    }

    // A sandbox of its own (beside the test sandbox, where the postgres user can reach it):
    // start, no-op start, stop, no-op stop, a stale postmaster.pid, restart, stop.
    void lifecycle() {
        const QString dir = QStringLiteral(STRATA_BINARY_DIR "/tst-sandbox-lifecycle-%1")
                                .arg(QCoreApplication::applicationPid());
        QDir(dir).removeRecursively();
        Sandbox sandbox(dir);
        QCOMPARE(sandbox.directory(), dir);
        QVERIFY(!sandbox.status()->initialised);
        QVERIFY(!sandbox.status()->running);
        QVERIFY(!sandbox.url());

        auto started = sandbox.start();
        QVERIFY2(started, strata::test::describe(started).constData());
        auto status = sandbox.status();
        QVERIFY(status->running);
        QVERIFY(status->port != testSandbox().status()->port);
        const qint64 pid = status->pid;
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.status()->pid, pid);
        QVERIFY(Connection::open(*sandbox.url()));

        QVERIFY(sandbox.stop());
        QVERIFY(!sandbox.status()->running);
        QVERIFY(sandbox.status()->initialised);
        QVERIFY(sandbox.stop()); // not running: a no-op
        QVERIFY(!sandbox.url());

        // A crash leaves postmaster.pid behind, naming a process that is gone.
        QFile stale(sandbox.dataDir() + QStringLiteral("/postmaster.pid"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QStringLiteral("999999\n%1\n1700000000\n%2\n/tmp\n127.0.0.1\n  1  2\nready\n")
                        .arg(sandbox.dataDir())
                        .arg(status->port)
                        .toUtf8());
        stale.close();
        QVERIFY(!sandbox.status()->running);
        started = sandbox.start();
        QVERIFY2(started, strata::test::describe(started).constData());
        QVERIFY(sandbox.status()->running);
        QVERIFY(Connection::open(*sandbox.url()));

        const auto run = runCli(
            {QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"), dir});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!sandbox.status()->running);
        QDir(dir).removeRecursively();
    }

    // The sandbox hands its folders and files to the server's OS user (as root); a failed
    // chown is an error that names the path and the reason, never ignored.
    void giveToChecksTheResult() {
        const Result<void> noUser =
            Sandbox::giveTo(QDir::tempPath(), QStringLiteral("strata_no_such_user_42"));
        QVERIFY(!noUser);
        QCOMPARE(noUser.error().code, ErrorCode::Config);
        QVERIFY2(noUser.error().message.contains(QLatin1String("strata_no_such_user_42")),
                 qPrintable(noUser.error().message));

        const passwd* self = getpwuid(geteuid());
        QVERIFY(self);
        const QString me = QString::fromLocal8Bit(self->pw_name);
        QTemporaryDir dir;
        const QString missing = dir.path() + QStringLiteral("/not-there");
        const Result<void> noPath = Sandbox::giveTo(missing, me);
        QVERIFY(!noPath);
        QCOMPARE(noPath.error().code, ErrorCode::Io);
        QVERIFY2(noPath.error().message.contains(missing), qPrintable(noPath.error().message));
        QVERIFY2(noPath.error().message.contains(QLatin1String("No such file")),
                 qPrintable(noPath.error().message));

        QVERIFY2(Sandbox::giveTo(dir.path(), me), qPrintable(me)); // to oneself: allowed
    }

    void defaultDirectory() {
        const QString saved = qEnvironmentVariable("STRATA_SANDBOX_DIR");
        qputenv("STRATA_SANDBOX_DIR", "/some/where");
        QCOMPARE(Sandbox::defaultDirectory(), QStringLiteral("/some/where"));
        QCOMPARE(Sandbox().directory(), QStringLiteral("/some/where"));
        qunsetenv("STRATA_SANDBOX_DIR");
        QVERIFY(!Sandbox::defaultDirectory().isEmpty());
        if (!saved.isEmpty())
            qputenv("STRATA_SANDBOX_DIR", saved.toLocal8Bit());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
