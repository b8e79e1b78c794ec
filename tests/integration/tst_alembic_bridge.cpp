// `.py` Alembic revisions run through the project's own Python and Alembic (issue 12, item 3):
// Debian's /usr/bin/python3 with python3-alembic 1.8.1, SQLAlchemy 1.4, psycopg2 and
// python-dotenv on the fixture project tests/fixtures/alembic_project. Every comparison runs
// Strata and `python3 -m alembic` on twin databases.
#include "DriftFixtures.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "alembic/PythonInterpreter.h"
#include "db/Connection.h"
#include "runner/Runner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace strata;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

const QString kFixture = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");

// The fixture copied into `dir` (plus the named extra revisions), with a strata.toml naming the
// interpreter explicitly (never the first python3 on PATH).
void makeProject(const QString& dir, const QString& url, const QStringList& extras = {},
                 const QString& python = QStringLiteral("/usr/bin/python3")) {
    strata::test::copyAlembicProject(dir, url, extras, python, QStringLiteral("dev"));
}

struct AlembicRun {
    int exitCode = -1;
    QString err;
};

// `alembic ARGS` on the twin database (its DATABASE_URL wins over .env, as for Strata).
AlembicRun alembic(const QString& dir, const SandboxDatabase& db, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), db.url());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"),
                        dir + QStringLiteral("/alembic.ini")} +
                args);
    AlembicRun run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("alembic timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// The schema and data the revisions leave: columns, indexes, the rows of items.
QString schemaOf(const SandboxDatabase& db) {
    return db.scalar(
        QStringLiteral("SELECT concat_ws(' | ', (SELECT string_agg(table_name || '.' || "
                       "column_name || ':' || data_type || ':' || is_nullable, ',' ORDER BY "
                       "table_name, column_name) FROM information_schema.columns WHERE "
                       "table_schema = 'public' AND table_name NOT IN ('alembic_version', "
                       "'strata_history')), (SELECT string_agg(indexdef, ',' ORDER BY "
                       "indexname) FROM pg_indexes WHERE schemaname = 'public' AND tablename "
                       "NOT IN ('alembic_version', 'strata_history')), (SELECT string_agg(id "
                       "|| ':' || name || ':' || coalesce(qty::text, '-'), ',' ORDER BY id) "
                       "FROM items WHERE to_regclass('items') IS NOT NULL))"));
}

QString history(const SandboxDatabase& db) {
    return db.scalar(QStringLiteral("SELECT string_agg(revision || ' ' || direction || ' ' || "
                                    "status, ', ' ORDER BY id) FROM strata_history"));
}

struct StrataRun {
    Result<RunSummary> result = Error(ErrorCode::Internal, QStringLiteral("not run"));
    QList<RunEvent> events;
};

StrataRun runStrata(const QString& dir, RunRequest::Kind kind, const QString& target,
                    const std::function<void(const RunEvent&, Runner&)>& onEvent = {}) {
    StrataRun run;
    Result<Project> project = Project::open(dir);
    if (!project) {
        run.result = project.error();
        return run;
    }
    Runner runner(*project, project->config().environments().constFirst());
    runner.setEventHandler([&](const RunEvent& e) {
        run.events << e;
        if (onEvent)
            onEvent(e, runner);
    });
    RunRequest request;
    request.kind = kind;
    request.targets = {target};
    run.result = runner.run(request);
    return run;
}

// The pid of the bridge child working on database `name` (from /proc: its environment carries
// the URL, its command line does not).
qint64 bridgePidFor(const QString& name) {
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !environ.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = cmdline.readAll();
        if (cmd.contains("strata_alembic_bridge.py") && !cmd.contains(name.toUtf8()) &&
            environ.readAll().contains(name.toUtf8()))
            return pid.toLongLong();
    }
    return 0;
}

const QStringList kChain = {QStringLiteral("a1000001"), QStringLiteral("a1000002"),
                            QStringLiteral("b2000001"), QStringLiteral("c3000001"),
                            QStringLiteral("d4000001"), QStringLiteral("e5000001")};

} // namespace

class TestAlembicBridge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import alembic, sqlalchemy, psycopg2, "
                                                      "dotenv")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, "python3-alembic, -sqlalchemy, -psycopg2 and -dotenv are "
                                    "needed (scripts/deps)");
        qunsetenv("STRATA_PYTHON");
    }

    // Step by step, Strata and Alembic leave the same version rows; at the end the same schema
    // and data (the op.execute and get_bind() backfills, the CONCURRENTLY index), and Strata's
    // history, statements (with row counts) and the NOTICE.
    void upgradeStepByStepMatchesAlembic() {
        SandboxDatabase mine(QStringLiteral("tst_bridge_s")),
            theirs(QStringLiteral("tst_bridge_a"));
        QTemporaryDir dir;
        makeProject(dir.path(), mine.url());
        QList<RunEvent> events;
        for (const QString& rev : kChain) {
            StrataRun run = runStrata(dir.path(), RunRequest::Kind::Upgrade, rev);
            QVERIFY2(run.result, strata::test::describe(run.result).constData());
            events << run.events;
            const AlembicRun a = alembic(dir.path(), theirs, {QStringLiteral("upgrade"), rev});
            QVERIFY2(a.exitCode == 0, qPrintable(a.err));
            QCOMPARE(mine.versionRows(QString()), theirs.versionRows(QString()));
        }
        QCOMPARE(mine.versionRows(QString()), QStringLiteral("e5000001"));
        QCOMPARE(schemaOf(mine), schemaOf(theirs));
        QVERIFY(schemaOf(mine).contains(QLatin1String("items_name_idx")));
        QVERIFY(schemaOf(mine).contains(QLatin1String("3:c:30")));
        QCOMPARE(history(mine),
                 QStringLiteral("a1000001 upgrade succeeded, a1000002 upgrade succeeded, "
                                "b2000001 upgrade succeeded, c3000001 upgrade succeeded, "
                                "d4000001 upgrade succeeded, e5000001 upgrade succeeded"));
        bool sawBackfillRows = false, sawNotice = false, sawConcurrently = false;
        for (const RunEvent& e : events) {
            if (e.kind == RunEvent::Kind::StatementFinished &&
                e.statement.startsWith(QLatin1String("UPDATE items SET qty = 1")) && e.rows == 3)
                sawBackfillRows = true;
            if (e.kind == RunEvent::Kind::Notice &&
                e.message.contains(QLatin1String("backfilled 3 rows")))
                sawNotice = true;
            if (e.kind == RunEvent::Kind::StatementStarted &&
                e.statement.contains(QLatin1String("CREATE INDEX CONCURRENTLY")))
                sawConcurrently = true;
        }
        QVERIFY(sawBackfillRows);
        QVERIFY(sawNotice);
        QVERIFY(sawConcurrently);
    }

    // How many times env.py runs for `strata upgrade heads`: a1, a2, b2 through the bridge, the
    // merge c3 (SQL form: `pass`) by Strata's runner, d4 through the bridge, e5 (SQL form) by
    // Strata's runner. When each step commits on its own (transactional_ddl=False,
    // transaction_per_migration=True), one env.py run serves each stretch of `.py` steps (two;
    // the version table changed under it in between); with the template's single transaction,
    // one run per step (four). In every case: the rows and the schema Alembic gives.
    void envPyRuns_data() {
        QTest::addColumn<QString>("configure");
        QTest::addColumn<int>("runs");
        QTest::newRow("transactional_ddl=False")
            << QStringLiteral("connection=connection, transactional_ddl=False") << 2;
        QTest::newRow("transaction_per_migration=True")
            << QStringLiteral("connection=connection, transaction_per_migration=True") << 2;
        QTest::newRow("one transaction (Alembic's template)")
            << QStringLiteral("connection=connection") << 4;
    }
    void envPyRuns() {
        QFETCH(QString, configure);
        QFETCH(int, runs);
        SandboxDatabase mine(QStringLiteral("tst_bridge_runs_m")),
            theirs(QStringLiteral("tst_bridge_runs_t"));
        QTemporaryDir dir;
        makeProject(dir.path(), mine.url());
        const QString envPy = dir.filePath(QStringLiteral("migrations/env.py"));
        QFile f(envPy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        const QString theirsConfigure =
            QStringLiteral("connection=connection, transactional_ddl=False");
        QVERIFY(text.contains(theirsConfigure));
        text.replace(theirsConfigure, configure);
        text.replace(
            QStringLiteral("config = context.config\n"),
            QStringLiteral("config = context.config\nif os.environ.get(\"ENVPY_LOG\"):\n"
                           "    open(os.environ[\"ENVPY_LOG\"], \"a\").write(\"run\\n\")\n"));
        writeFile(dir.path(), QStringLiteral("migrations/env.py"), text);
        const QString log = dir.filePath(QStringLiteral("envpy.log"));
        qputenv("ENVPY_LOG", log.toUtf8());
        StrataRun up = runStrata(dir.path(), RunRequest::Kind::Upgrade, QStringLiteral("heads"));
        qunsetenv("ENVPY_LOG");
        QVERIFY2(up.result, strata::test::describe(up.result).constData());
        QFile counted(log);
        QVERIFY(counted.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(counted.readAll()).count(QLatin1String("run")), runs);
        const AlembicRun a =
            alembic(dir.path(), theirs, {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QCOMPARE(mine.versionRows(QString()), theirs.versionRows(QString()));
        QCOMPARE(schemaOf(mine), schemaOf(theirs));
        QCOMPARE(history(mine).count(QLatin1String("upgrade succeeded")), 6);
    }

    // A database moves between the tools both ways: Alembic to the middle, Strata onward, Alembic
    // back down, Strata down to base; the twin follows Alembic alone.
    void movesBetweenTools() {
        SandboxDatabase mine(QStringLiteral("tst_bridge_m")),
            theirs(QStringLiteral("tst_bridge_t"));
        QTemporaryDir dir;
        makeProject(dir.path(), mine.url());
        QCOMPARE(alembic(dir.path(), mine, {QStringLiteral("upgrade"), QStringLiteral("c3000001")})
                     .exitCode,
                 0);
        StrataRun up = runStrata(dir.path(), RunRequest::Kind::Upgrade, QStringLiteral("heads"));
        QVERIFY2(up.result, strata::test::describe(up.result).constData());
        QCOMPARE(up.result->stepsDone, 2);
        QCOMPARE(alembic(dir.path(), theirs, {QStringLiteral("upgrade"), QStringLiteral("heads")})
                     .exitCode,
                 0);
        QCOMPARE(mine.versionRows(QString()), theirs.versionRows(QString()));
        QCOMPARE(schemaOf(mine), schemaOf(theirs));

        const AlembicRun down =
            alembic(dir.path(), mine, {QStringLiteral("downgrade"), QStringLiteral("a1000002")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(mine.versionRows(QString()),
                 QStringLiteral("a1000002,b2000001")); // audit stays, as Alembic does
        QCOMPARE(
            alembic(dir.path(), theirs, {QStringLiteral("downgrade"), QStringLiteral("a1000002")})
                .exitCode,
            0);
        QCOMPARE(schemaOf(mine), schemaOf(theirs));

        StrataRun base = runStrata(dir.path(), RunRequest::Kind::Downgrade, QStringLiteral("base"));
        QVERIFY2(base.result, strata::test::describe(base.result).constData());
        QCOMPARE(alembic(dir.path(), theirs, {QStringLiteral("downgrade"), QStringLiteral("base")})
                     .exitCode,
                 0);
        QCOMPARE(mine.versionRows(QString()), QString());
        QCOMPARE(schemaOf(mine), schemaOf(theirs));
        QVERIFY2(history(mine).endsWith(QLatin1String("a1000001 downgrade succeeded")) &&
                     history(mine).count(QLatin1String("downgrade succeeded")) == 3,
                 qPrintable(history(mine)));
    }

    // A `.py` revision whose depends_on names an ancestor (f6000005: down_revision a1000002,
    // depends_on a1000001): Alembic 1.8.1's own `downgrade -1` leaves "a1000001, a1000002"
    // (sqlalchemy/alembic#1373), from which it then refuses to upgrade; through Strata's bridge
    // the same downgrade leaves a1000002 alone, as Alembic 1.13.1 and later do, and Alembic goes
    // on from there.
    void downgradeThroughDependencyOnAncestor() {
        SandboxDatabase mine(QStringLiteral("tst_bridge_dep_m"));
        QTemporaryDir dir;
        makeProject(dir.path(), mine.url(), {QStringLiteral("f6000005_depends_python.py")});
        StrataRun up = runStrata(dir.path(), RunRequest::Kind::Upgrade, QStringLiteral("f6000005"));
        QVERIFY2(up.result, strata::test::describe(up.result).constData());
        QCOMPARE(mine.versionRows(QString()), QStringLiteral("f6000005"));
        StrataRun down = runStrata(dir.path(), RunRequest::Kind::Downgrade, QStringLiteral("-1"));
        QVERIFY2(down.result, strata::test::describe(down.result).constData());
        QCOMPARE(mine.versionRows(QString()), QStringLiteral("a1000002"));
        const AlembicRun again =
            alembic(dir.path(), mine, {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(mine.versionRows(QString()), QStringLiteral("e5000001,f6000005"));
    }

    // A mixed folder from the CLI: `.py` steps through Alembic and a `.sql` step by Strata's own
    // executor, in plan order under one lock; `strata downgrade` and `stamp` from the CLI too.
    void mixedFolderFromTheCli() {
        SandboxDatabase db(QStringLiteral("tst_bridge_x"));
        QTemporaryDir dir;
        makeProject(dir.path(), db.url());
        writeFile(dir.path(), QStringLiteral("migrations/versions/g7000001_sql.sql"),
                  QStringLiteral("-- Revision ID: g7000001\n-- Revises: e5000001\n-- Message: "
                                 "plain sql\n\n-- migrate:upgrade\nCREATE TABLE plain_sql (id "
                                 "int);\n\n-- migrate:downgrade\nDROP TABLE plain_sql;\n"));
        strata::test::CliRun up =
            strata::test::runCli({QStringLiteral("--project"), dir.path(),
                                  QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err + up.out));
        // A `.py` step's statements have no file line (Alembic ran them): none is invented.
        QVERIFY2(up.out.contains(QLatin1String("CREATE TABLE")), qPrintable(up.out));
        QVERIFY2(!up.out.contains(QLatin1String("line 0 ")), qPrintable(up.out));
        QCOMPARE(db.versionRows(QString()), QStringLiteral("g7000001"));
        QVERIFY(history(db).endsWith(
            QLatin1String("e5000001 upgrade succeeded, g7000001 upgrade succeeded")));
        strata::test::CliRun down =
            strata::test::runCli({QStringLiteral("--project"), dir.path(),
                                  QStringLiteral("downgrade"), QStringLiteral("e5000001")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err + down.out));
        QCOMPARE(db.versionRows(QString()), QStringLiteral("e5000001"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('plain_sql') IS NULL")),
                 QStringLiteral("t"));
        strata::test::CliRun stamp =
            strata::test::runCli({QStringLiteral("--project"), dir.path(), QStringLiteral("stamp"),
                                  QStringLiteral("d4000001")});
        QVERIFY2(stamp.exitCode == 0, qPrintable(stamp.err + stamp.out));
        QCOMPARE(db.versionRows(QString()), QStringLiteral("d4000001"));
    }

    // What cannot run says so in one line, with Python's own message, and the version table is
    // what Alembic leaves on the twin.
    void failures_data() {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("envRaises");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("sqlstate");
        QTest::newRow("a failing statement")
            << QStringLiteral("f6000001_fails.py") << QString()
            << QStringLiteral("relation \"no_such_table\" does not exist")
            << QStringLiteral("42P01");
        QTest::newRow("env.py raises")
            << QString() << QStringLiteral("1") << QStringLiteral("RuntimeError: env.py refuses")
            << QString();
        QTest::newRow("a revision that does not import")
            << QStringLiteral("f6000003_broken.py") << QString()
            << QStringLiteral("No module named 'no_such_module_anywhere'") << QString();
    }
    void failures() {
        QFETCH(QString, extra);
        QFETCH(QString, envRaises);
        QFETCH(QString, expected);
        QFETCH(QString, sqlstate);
        SandboxDatabase mine(QStringLiteral("tst_bridge_f")),
            theirs(QStringLiteral("tst_bridge_g"));
        QTemporaryDir dir;
        makeProject(dir.path(), mine.url(), extra.isEmpty() ? QStringList() : QStringList{extra});
        if (!envRaises.isEmpty())
            qputenv("STRATA_FIXTURE_ENV_RAISES", envRaises.toUtf8());
        StrataRun run = runStrata(dir.path(), RunRequest::Kind::Upgrade, QStringLiteral("heads"));
        const AlembicRun a =
            alembic(dir.path(), theirs, {QStringLiteral("upgrade"), QStringLiteral("heads")});
        qunsetenv("STRATA_FIXTURE_ENV_RAISES");
        QVERIFY(!run.result);
        QVERIFY(a.exitCode != 0);
        const Error& e = run.result.error();
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QLatin1Char('\n')), qPrintable(e.message));
        QCOMPARE(e.sqlstate, sqlstate);
        QVERIFY(e.code != ErrorCode::Cancelled);
        QCOMPARE(mine.versionRows(QString()), theirs.versionRows(QString()));
        QCOMPARE(schemaOf(mine), schemaOf(theirs));
        QVERIFY2(history(mine).endsWith(QLatin1String(" upgrade failed")),
                 qPrintable(history(mine)));
    }

    // Cancel during a `.py` step in pg_sleep(30): pg_cancel_backend on the child's server pid,
    // the step fails as cancelled; a killed bridge: a failure, never a success. Either way the
    // version table stays where Alembic committed it.
    void interrupted_data() {
        QTest::addColumn<bool>("kill");
        QTest::newRow("cancel") << false;
        QTest::newRow("kill the bridge") << true;
    }
    void interrupted() {
        QFETCH(bool, kill);
        SandboxDatabase db(QStringLiteral("tst_bridge_c"));
        QTemporaryDir dir;
        makeProject(dir.path(), db.url(), {QStringLiteral("f6000002_sleeps.py")});
        bool interrupted = false;
        StrataRun run =
            runStrata(dir.path(), RunRequest::Kind::Upgrade, QStringLiteral("heads"),
                      [&](const RunEvent& e, Runner& runner) {
                          if (interrupted || e.kind != RunEvent::Kind::StatementStarted ||
                              !e.statement.contains(QLatin1String("pg_sleep")))
                              return;
                          interrupted = true;
                          if (!kill) {
                              runner.cancel();
                              return;
                          }
                          const qint64 pid = bridgePidFor(db.name());
                          QVERIFY(pid > 0);
                          ::kill(pid_t(pid), SIGKILL);
                      });
        QVERIFY(interrupted);
        QVERIFY(!run.result);
        const Error& e = run.result.error();
        QCOMPARE(e.revision, QStringLiteral("f6000002"));
        if (kill) {
            QVERIFY(e.code != ErrorCode::Cancelled);
            QVERIFY2(e.message.contains(QLatin1String("the Alembic bridge")),
                     qPrintable(e.message));
        } else {
            QCOMPARE(e.code, ErrorCode::Cancelled);
            QCOMPARE(e.sqlstate, QStringLiteral("57014"));
        }
        QCOMPARE(db.versionRows(QString()), QStringLiteral("e5000001"));
        QVERIFY2(history(db).endsWith(kill ? QLatin1String("f6000002 upgrade failed")
                                           : QLatin1String("f6000002 upgrade cancelled")),
                 qPrintable(history(db)));
    }

    // Which interpreter: STRATA_PYTHON, [alembic] python, $VIRTUAL_ENV, .venv / venv beside
    // alembic.ini, python3.
    void chooseInterpreter_data() {
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QString>("configured");
        QTest::addColumn<bool>("virtualEnv");
        QTest::addColumn<QStringList>("venvs"); // folders beside alembic.ini with bin/python
        QTest::addColumn<QString>("expected");  // VENV/ = the $VIRTUAL_ENV folder, INI/ = beside
        QTest::newRow("STRATA_PYTHON first")
            << QStringLiteral("/opt/py") << QStringLiteral("/x/py") << true
            << QStringList{QStringLiteral(".venv")} << QStringLiteral("/opt/py");
        QTest::newRow("[alembic] python")
            << QString() << QStringLiteral("/x/py") << true << QStringList{QStringLiteral(".venv")}
            << QStringLiteral("/x/py");
        QTest::newRow("$VIRTUAL_ENV")
            << QString() << QString() << true << QStringList{QStringLiteral(".venv")}
            << QStringLiteral("VENV/bin/python");
        QTest::newRow(".venv before venv")
            << QString() << QString() << false
            << QStringList{QStringLiteral(".venv"), QStringLiteral("venv")}
            << QStringLiteral("INI/.venv/bin/python");
        QTest::newRow("venv") << QString() << QString() << false
                              << QStringList{QStringLiteral("venv")}
                              << QStringLiteral("INI/venv/bin/python");
        QTest::newRow("python3") << QString() << QString() << false << QStringList()
                                 << QStringLiteral("python3");
    }
    void chooseInterpreter() {
        QFETCH(QString, forced);
        QFETCH(QString, configured);
        QFETCH(bool, virtualEnv);
        QFETCH(QStringList, venvs);
        QFETCH(QString, expected);
        QTemporaryDir ini, venv;
        auto makePython = [](const QString& dir) {
            const QString python =
                writeFile(dir, QStringLiteral("bin/python"), QStringLiteral("#!/bin/sh\n"));
            QFile::setPermissions(python, QFile::ReadOwner | QFile::ExeOwner);
        };
        for (const QString& v : venvs)
            makePython(QDir(ini.path()).filePath(v));
        makePython(venv.path());
        const QByteArray oldVenv = qgetenv("VIRTUAL_ENV");
        if (virtualEnv)
            qputenv("VIRTUAL_ENV", venv.path().toUtf8());
        else
            qunsetenv("VIRTUAL_ENV");
        if (!forced.isEmpty())
            qputenv("STRATA_PYTHON", forced.toUtf8());
        const QString chosen = PythonInterpreter::choose(configured, ini.path());
        qunsetenv("STRATA_PYTHON");
        if (oldVenv.isEmpty())
            qunsetenv("VIRTUAL_ENV");
        else
            qputenv("VIRTUAL_ENV", oldVenv);
        expected.replace(QLatin1String("VENV/"), venv.path() + QLatin1Char('/'));
        expected.replace(QLatin1String("INI/"), ini.path() + QLatin1Char('/'));
        QCOMPARE(chosen, expected);
    }

    // An interpreter that is missing, or lacks Alembic: one line naming it; nothing runs.
    void badInterpreter_data() {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/bin/python3")
                                 << QStringLiteral("cannot be started");
        QTest::newRow("without alembic")
            << QStringLiteral("WRAPPER") << QStringLiteral("cannot import alembic and sqlalchemy");
    }
    void badInterpreter() {
        QFETCH(QString, python);
        QFETCH(QString, expected);
        SandboxDatabase db(QStringLiteral("tst_bridge_p"));
        QTemporaryDir dir;
        if (python == QLatin1String("WRAPPER")) {
            // Python without site-packages: no alembic there.
            python = writeFile(dir.path(), QStringLiteral("bin/bare-python"),
                               QStringLiteral("#!/bin/sh\nexec /usr/bin/python3 -S -I \"$@\"\n"));
            QFile::setPermissions(python, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        makeProject(dir.path(), db.url(), {}, python);
        StrataRun run = runStrata(dir.path(), RunRequest::Kind::Upgrade, QStringLiteral("heads"));
        QVERIFY(!run.result);
        const Error& e = run.result.error();
        QCOMPARE(e.code, ErrorCode::Config);
        QVERIFY2(e.message.contains(python) && e.message.contains(expected), qPrintable(e.message));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")),
                 QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestAlembicBridge)
#include "tst_alembic_bridge.moc"
