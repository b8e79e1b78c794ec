// The runner against the real sandbox (DESIGN §6): failures roll back and say where, a killed
// process leaves a consistent database, dirty state and resolve, concurrent runners, CREATE INDEX
// CONCURRENTLY under our own lock, terminated connections, cancel, and bad input.
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "runner/BackupDump.h"
#include "runner/EnvironmentStatus.h"
#include "runner/HistoryTable.h"
#include "runner/MigrationLock.h"
#include "runner/Planner.h"
#include "runner/Runner.h"
#include "runner/StepRecorder.h"
#include "runner/VersionTable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <mutex>
#include <optional>
#include <thread>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

// A revision file; the SQL of the upgrade section starts at line 6 (7 with Transactional: no).
QString revisionText(const QString& id, const QString& parent, const QString& up,
                     bool transactional = true, const QString& down = QStringLiteral("SELECT 1;")) {
    QString text =
        QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: %1\n").arg(id, parent);
    if (!transactional)
        text += QStringLiteral("-- Transactional: no\n");
    text += QStringLiteral("\n-- migrate:upgrade\n") + up +
            QStringLiteral("\n\n-- migrate:downgrade\n") + down + QStringLiteral("\n");
    return text;
}

void writeToml(const QString& dir, const QString& url, const QString& extra = {}) {
    writeFile(
        dir, QStringLiteral("strata.toml"),
        QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = \"%1\"\n")
                .arg(url) +
            extra);
}

void writeRevision(const QString& dir, const QString& id, const QString& text) {
    writeFile(dir, QStringLiteral("versions/%1.sql").arg(id), text);
}

Project openProject(const QString& dir) {
    auto p = Project::open(dir);
    if (!p)
        qFatal("cannot open the test project: %s", strata::test::describe(p).constData());
    return std::move(p).value();
}

std::unique_ptr<Connection> connectTo(const SandboxDatabase& db) {
    auto c = db.connect();
    if (!c)
        qFatal("cannot connect: %s", strata::test::describe(c).constData());
    return std::move(c).value();
}

QString scalar(Connection& c, const QString& sql) {
    auto r = c.exec(sql);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), strata::test::describe(r).constData());
    return r->scalar();
}

bool tableExists(Connection& c, const QString& name) {
    auto r = c.execParams(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {name});
    return r && r->scalar() == QLatin1String("t");
}

QStringList versionRows(Connection& c) {
    if (!tableExists(c, QStringLiteral("public.alembic_version")))
        return {QStringLiteral("<no table>")};
    auto r = c.exec(QStringLiteral("SELECT version_num FROM alembic_version ORDER BY 1"));
    QStringList out;
    for (int i = 0; r && i < r->rowCount(); ++i)
        out << r->value(i, 0);
    return out;
}

// "revision direction status" per history row, oldest first.
QStringList historyRows(Connection& c) {
    if (!tableExists(c, QStringLiteral("public.strata_history")))
        return {QStringLiteral("<no table>")};
    auto r = c.exec(QStringLiteral("SELECT revision || ' ' || direction || ' ' || status FROM "
                                   "strata_history ORDER BY id"));
    QStringList out;
    for (int i = 0; r && i < r->rowCount(); ++i)
        out << r->value(i, 0);
    return out;
}

bool advisoryLockHeld(Connection& c) {
    return scalar(c, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                    "database = (SELECT oid FROM pg_database WHERE datname = "
                                    "current_database())")) != QLatin1String("0");
}

// Waits until a backend other than ours runs a statement containing `needle`; returns its pid.
int waitForStatement(Connection& c, const QString& needle, int timeoutMs = 20000) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        auto r = c.execParams(
            QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                           "AND pid <> pg_backend_pid() AND state = 'active' AND position($1 in "
                           "query) > 0"),
            {needle});
        if (r && r->rowCount() > 0)
            return r->value(0, 0).toInt();
        QThread::msleep(30);
    }
    return 0;
}

QStringList cli(const QString& dir, QStringList args) {
    return QStringList{QStringLiteral("--project"), dir} + args;
}

} // namespace

class TestRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upgradeDowngradeAndEvents() {
        SandboxDatabase db(QStringLiteral("tst_runner_basic"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE a (id int);\nDO $$ BEGIN RAISE "
                                                  "NOTICE 'hello'; END $$;"),
                                   true, QStringLiteral("DROP TABLE a;")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("INSERT INTO a VALUES (1), (2);\nDISCARD TEMP;"),
                                   true, QStringLiteral("DELETE FROM a;")));
        Project project = openProject(dir.path());
        auto c = connectTo(db);

        // Reading never creates the version table.
        EnvironmentStatus before =
            EnvironmentStatus::read(project, project.config().environments().constFirst());
        QVERIFY(before.reachable);
        QCOMPARE(before.pending, QStringList({QStringLiteral("r1"), QStringLiteral("r2")}));
        QVERIFY(!tableExists(*c, QStringLiteral("alembic_version")));

        Runner runner(project, project.config().environments().constFirst());
        QList<RunEvent> events;
        runner.setEventHandler([&events](const RunEvent& e) { events << e; });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        Result<StepPlan> plan = runner.plan(request);
        QVERIFY2(plan, strata::test::describe(plan).constData());
        QCOMPARE(plan->revisions(), QStringList({QStringLiteral("r1"), QStringLiteral("r2")}));
        QVERIFY(!tableExists(*c, QStringLiteral("alembic_version"))); // dry run writes nothing

        Result<RunSummary> done = runner.run(request);
        QVERIFY2(done, strata::test::describe(done).constData());
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r2")});
        QCOMPARE(historyRows(*c), QStringList({QStringLiteral("r1 upgrade succeeded"),
                                               QStringLiteral("r2 upgrade succeeded")}));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM a")), QStringLiteral("2"));
        bool sawNotice = false, sawInsert = false;
        for (const RunEvent& e : events) {
            if (e.kind == RunEvent::Kind::Notice && e.message == QLatin1String("hello"))
                sawNotice = true;
            if (e.kind == RunEvent::Kind::StatementFinished && e.revision == QLatin1String("r2") &&
                e.commandTag.startsWith(QLatin1String("INSERT"))) {
                QCOMPARE(e.line, 6);
                QCOMPARE(e.rows, 2);
                sawInsert = true;
            }
        }
        QVERIFY(sawNotice);
        QVERIFY(sawInsert);
        QVERIFY(!advisoryLockHeld(*c));

        // application_name, checksum and who/when are recorded.
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM strata_history WHERE checksum "
                                           "LIKE 'v1:%' AND db_user = 'postgres' AND duration_ms "
                                           ">= 0 AND finished_at IS NOT NULL")),
                 QStringLiteral("2"));

        RunRequest down;
        down.kind = RunRequest::Kind::Downgrade;
        down.targets = {QStringLiteral("base")};
        done = runner.run(down);
        QVERIFY2(done, strata::test::describe(done).constData());
        QCOMPARE(versionRows(*c), QStringList());
        QVERIFY(!tableExists(*c, QStringLiteral("a")));

        RunRequest stamp;
        stamp.kind = RunRequest::Kind::Stamp;
        stamp.targets = {QStringLiteral("r1")};
        done = runner.run(stamp);
        QVERIFY2(done, strata::test::describe(done).constData());
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QCOMPARE(historyRows(*c).constLast(), QStringLiteral("r1 stamp succeeded"));

        // A changed file: a warning, and --strict refuses.
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE a (id bigint);"), true,
                                   QStringLiteral("DROP TABLE a;")));
        // (stamped: no upgrade checksum recorded for the current application of r1; upgrade
        // r1 for real first)
        stamp.targets = {QStringLiteral("base")};
        QVERIFY(runner.run(stamp).ok());
        QVERIFY(runner.run(request).ok());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE a (id int); -- edited"), true,
                                   QStringLiteral("DROP TABLE a;")));
        Project edited = openProject(dir.path());
        Runner strict(edited, edited.config().environments().constFirst());
        RunRequest strictRequest = request;
        strictRequest.strict = true;
        Result<RunSummary> refused = strict.run(strictRequest);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Checksum);
        QVERIFY(refused.error().message.contains(QLatin1String("r1")));
        EnvironmentStatus after =
            EnvironmentStatus::read(edited, edited.config().environments().constFirst());
        QCOMPARE(after.checksumMismatches.size(), 1);
    }

    void historyRowOnlyWithTheExpectedVersionRows() {
        SandboxDatabase db(QStringLiteral("tst_runner_rows"));
        auto c = connectTo(db);
        VersionTable versions(QStringLiteral("public"), QStringLiteral("alembic_version"));
        HistoryTable history(QStringLiteral("public"), QStringLiteral("strata_history"));
        QVERIFY(versions.create(*c));
        QVERIFY(history.create(*c));
        QVERIFY(versions.apply(*c, VersionRowOp::insert(QStringLiteral("x"))));
        HistoryRow row = HistoryRow::started(QStringLiteral("z"), QStringLiteral("upgrade"),
                                             QStringLiteral("dev"));
        row.status = HistoryRow::Status::Succeeded;
        QStringList params;
        const QStringList changes = {
            versions.rowOpSql(*c, VersionRowOp::update(QStringLiteral("y"), QStringLiteral("z")),
                              HistoryTable::kRowParameters + 1, &params)};
        Result<qint64> refused = history.insertWith(*c, row, changes, params);
        QVERIFY(!refused);
        QCOMPARE(historyRows(*c), QStringList());
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("x")});
        params.clear();
        const QStringList good = {
            versions.rowOpSql(*c, VersionRowOp::update(QStringLiteral("x"), QStringLiteral("z")),
                              HistoryTable::kRowParameters + 1, &params)};
        Result<qint64> written = history.insertWith(*c, row, good, params);
        QVERIFY2(written, strata::test::describe(written).constData());
        QCOMPARE(historyRows(*c), QStringList{QStringLiteral("z upgrade succeeded")});
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("z")});
    }

    void stepRecorderChecksTheVersionRows_data() {
        QTest::addColumn<bool>("sessionFunction");
        QTest::newRow("session function") << true;
        QTest::newRow("one WITH statement") << false;
    }
    void stepRecorderChecksTheVersionRows() {
        QFETCH(bool, sessionFunction);
        SandboxDatabase db(QStringLiteral("tst_runner_recorder"));
        auto c = connectTo(db);
        VersionTable versions(QStringLiteral("public"), QStringLiteral("alembic_version"));
        HistoryTable history(QStringLiteral("public"), QStringLiteral("strata_history"));
        QVERIFY(versions.create(*c));
        QVERIFY(history.create(*c));
        QVERIFY(versions.apply(*c, VersionRowOp::insert(QStringLiteral("x"))));
        StepRecorder recorder(versions, history);
        if (sessionFunction)
            recorder.prepare(*c);
        QCOMPARE(recorder.usesSessionFunction(), sessionFunction);
        HistoryRow row = HistoryRow::started(QStringLiteral("z"), QStringLiteral("upgrade"),
                                             QStringLiteral("d\"e\\v'"));
        row.status = HistoryRow::Status::Succeeded;
        row.finishedAt = QDateTime::currentDateTimeUtc();
        row.durationMs = 3;
        QVERIFY(c->begin());
        Result<qint64> refused = recorder.record(
            *c, row, {VersionRowOp::update(QStringLiteral("y"), QStringLiteral("z"))});
        QVERIFY(!refused);
        QVERIFY(c->rollback());
        QCOMPARE(historyRows(*c), QStringList());
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("x")});
        QVERIFY(c->begin());
        Result<qint64> written = recorder.record(*c, row,
                                                 {VersionRowOp::remove(QStringLiteral("x")),
                                                  VersionRowOp::insert(QStringLiteral("a")),
                                                  VersionRowOp::insert(QStringLiteral("b\"c"))});
        QVERIFY2(written, strata::test::describe(written).constData());
        QVERIFY(c->commit());
        QCOMPARE(historyRows(*c), QStringList{QStringLiteral("z upgrade succeeded")});
        QCOMPARE(versionRows(*c), QStringList({QStringLiteral("a"), QStringLiteral("b\"c")}));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT environment || '|' || duration_ms FROM "
                                           "strata_history")),
                 QStringLiteral("d\"e\\v'|3"));
    }

    void failingStatementRollsBack_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<int>("line");
        QTest::newRow("undefined table")
            << QStringLiteral("CREATE TABLE keep_me (id int);\nINSERT INTO missing VALUES (1);")
            << QStringLiteral("42P01") << 7;
        QTest::newRow("division by zero")
            << QStringLiteral("CREATE TABLE keep_me (id int);\n\nSELECT 1 /\n  0;")
            << QStringLiteral("22012") << 8;
        QTest::newRow("error position on a later line")
            << QStringLiteral(
                   "CREATE TABLE keep_me (id int);\nSELECT\n  nosuchcolumn\nFROM keep_me;")
            << QStringLiteral("42703") << 8;
        QTest::newRow("unique violation")
            << QStringLiteral("CREATE TABLE keep_me (id int PRIMARY KEY);\nINSERT INTO keep_me "
                              "VALUES (1), (1);")
            << QStringLiteral("23505") << 7;
    }
    void failingStatementRollsBack() {
        QFETCH(QString, sql);
        QFETCH(QString, sqlstate);
        QFETCH(int, line);
        SandboxDatabase db(QStringLiteral("tst_runner_fail"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE base_t (id int);")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"), sql));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        bool sawFailed = false;
        runner.setEventHandler([&sawFailed](const RunEvent& e) {
            if (e.kind == RunEvent::Kind::RunFailed)
                sawFailed = true;
        });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        Result<RunSummary> r = runner.run(request);
        QVERIFY(!r);
        QVERIFY(sawFailed);
        const Error& e = r.error();
        QCOMPARE(e.code, ErrorCode::Database);
        QCOMPARE(e.sqlstate, sqlstate);
        QCOMPARE(e.revision, QStringLiteral("r2"));
        QVERIFY2(e.file.endsWith(QLatin1String("versions/r2.sql")), qPrintable(e.file));
        QCOMPARE(e.line, line);
        QVERIFY(e.toString().contains(
            QStringLiteral("r2.sql:%1: upgrade of revision r2 failed").arg(line)));

        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QVERIFY(tableExists(*c, QStringLiteral("base_t")));
        QVERIFY(!tableExists(*c, QStringLiteral("keep_me"))); // nothing of r2 remains
        QCOMPARE(historyRows(*c), QStringList({QStringLiteral("r1 upgrade succeeded"),
                                               QStringLiteral("r2 upgrade failed")}));
        auto row = c->exec(QStringLiteral("SELECT error_sqlstate, error_line, error_statement, "
                                          "error_message FROM strata_history WHERE revision = "
                                          "'r2'"));
        QVERIFY(row);
        QCOMPARE(row->value(0, 0), sqlstate);
        QCOMPARE(row->value(0, 1).toInt(), line);
        QVERIFY(!row->value(0, 2).isEmpty());
        QVERIFY(sql.contains(row->value(0, 2)));
        QVERIFY(!row->value(0, 3).isEmpty());
        QVERIFY(!advisoryLockHeld(*c));
    }

    void concurrentlyInTransactionalRevisionIsRejected() {
        SandboxDatabase db(QStringLiteral("tst_runner_cic_tx"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE t (id int);\nCREATE INDEX "
                                                  "CONCURRENTLY t_id ON t (id);")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        Result<RunSummary> r = runner.run(request);
        QVERIFY(!r);
        QVERIFY2(r.error().file.endsWith(QLatin1String("r1.sql")), qPrintable(r.error().file));
        QCOMPARE(r.error().line, 7);
        QVERIFY(r.error().message.contains(QLatin1String("CONCURRENTLY")));
        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("<no table>")});
        QVERIFY(!tableExists(*c, QStringLiteral("t")));
    }

    void sigkillMidRevisionLeavesConsistentDatabase() {
        SandboxDatabase db(QStringLiteral("tst_runner_kill"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE first (id int);")));
        auto c = connectTo(db);
        // PostgreSQL 13 has no client_connection_check_interval: its backend notices the
        // vanished client only when the statement ends, so the statement is shorter there.
        const QString sleep = c->serverVersion() >= 140000 ? QStringLiteral("pg_sleep(30)")
                                                           : QStringLiteral("pg_sleep(5)");
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("CREATE TABLE half (id int);\nSELECT ") + sleep +
                                       QLatin1Char(';')));
        QProcess process;
        process.start(QStringLiteral(STRATA_CLI_PATH),
                      cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QVERIFY(process.waitForStarted());
        QVERIFY(waitForStatement(*c, sleep) > 0);
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(5000));

        // The server notices the vanished client (client_connection_check_interval), rolls the
        // revision back and frees the session lock.
        QElapsedTimer t;
        t.start();
        while (advisoryLockHeld(*c) && t.elapsed() < 15000)
            QThread::msleep(50);
        QVERIFY2(!advisoryLockHeld(*c), "the migration lock outlived the killed process");
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QVERIFY(!tableExists(*c, QStringLiteral("half")));
        QCOMPARE(historyRows(*c), QStringList{QStringLiteral("r1 upgrade succeeded")});

        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("CREATE TABLE half (id int);\nSELECT "
                                                  "pg_sleep(0.01);")));
        CliRun again =
            runCli(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r2")});
        QVERIFY(tableExists(*c, QStringLiteral("half")));
    }

    void failingNonTransactionalRevisionMakesDirty() {
        SandboxDatabase db(QStringLiteral("tst_runner_dirty"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE t1 (id int);")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral(
                                       "CREATE INDEX CONCURRENTLY IF NOT EXISTS t1_id ON t1 (id);\n"
                                       "CREATE INDEX CONCURRENTLY t2_id ON t2 (id);"),
                                   false));
        writeRevision(dir.path(), QStringLiteral("r3"),
                      revisionText(QStringLiteral("r3"), QStringLiteral("r2"),
                                   QStringLiteral("CREATE TABLE t3 (id int);")));
        const QStringList upgrade =
            cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        CliRun first = runCli(upgrade);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(QLatin1String("r2.sql:8:")), qPrintable(first.err));
        QVERIFY2(first.err.contains(QLatin1String("dirty")), qPrintable(first.err));

        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QCOMPARE(historyRows(*c), QStringList({QStringLiteral("r1 upgrade succeeded"),
                                               QStringLiteral("r2 upgrade failed")}));

        CliRun refused = runCli(upgrade);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(refused.err.contains(QLatin1String("is dirty")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("strata resolve --env dev")),
                 qPrintable(refused.err));
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});

        CliRun status =
            runCli(cli(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")}));
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QLatin1String("\"dirty\":true")), qPrintable(status.out));

        scalar(*c, QStringLiteral("CREATE TABLE t2 (id int)"));
        CliRun retry = runCli(cli(dir.path(), {QStringLiteral("resolve"), QStringLiteral("--env"),
                                               QStringLiteral("dev"), QStringLiteral("--retry")}));
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r2")});
        CliRun rest = runCli(upgrade);
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r3")});
        QCOMPARE(historyRows(*c), QStringList({QStringLiteral("r1 upgrade succeeded"),
                                               QStringLiteral("r2 upgrade failed"),
                                               QStringLiteral("r2 upgrade succeeded"),
                                               QStringLiteral("r3 upgrade succeeded")}));
    }

    void resolveMarkAppliedAndRolledBack() {
        SandboxDatabase db(QStringLiteral("tst_runner_resolve"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("VACUUM nosuchtable;"), false));
        const QStringList upgrade =
            cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QCOMPARE(runCli(upgrade).exitCode, 1);
        auto c = connectTo(db);
        CliRun back =
            runCli(cli(dir.path(), {QStringLiteral("resolve"), QStringLiteral("--env"),
                                    QStringLiteral("dev"), QStringLiteral("--mark-rolled-back")}));
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(versionRows(*c), QStringList());
        QCOMPARE(runCli(upgrade).exitCode, 1); // fails again: dirty again
        CliRun applied =
            runCli(cli(dir.path(), {QStringLiteral("resolve"), QStringLiteral("--env"),
                                    QStringLiteral("dev"), QStringLiteral("--mark-applied")}));
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QVERIFY2(applied.out.contains(QLatin1String("it is at r1")), qPrintable(applied.out));
        CliRun notDirty =
            runCli(cli(dir.path(), {QStringLiteral("resolve"), QStringLiteral("--env"),
                                    QStringLiteral("dev"), QStringLiteral("--retry")}));
        QCOMPARE(notDirty.exitCode, 2);
        QVERIFY(notDirty.err.contains(QLatin1String("not dirty")));
    }

    void twoRunnersAtTheSameMoment() {
        SandboxDatabase db(QStringLiteral("tst_runner_two"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        QString parent;
        for (int i = 1; i <= 4; ++i) {
            const QString id = QStringLiteral("r%1").arg(i);
            writeRevision(dir.path(), id,
                          revisionText(id, parent,
                                       QStringLiteral("SELECT pg_sleep(0.2);\nCREATE TABLE t%1 "
                                                      "(id int);")
                                           .arg(i)));
            parent = id;
        }
        QProcess a, b;
        const QStringList args =
            cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        a.start(QStringLiteral(STRATA_CLI_PATH), args);
        b.start(QStringLiteral(STRATA_CLI_PATH), args);
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const QString outA =
            QString::fromUtf8(a.readAllStandardOutput() + a.readAllStandardError());
        const QString outB =
            QString::fromUtf8(b.readAllStandardOutput() + b.readAllStandardError());
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, qPrintable(outA));
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, qPrintable(outB));
        QVERIFY2(
            (outA + outB).contains(QLatin1String("waiting for the migration lock held by pid")),
            qPrintable(outA + outB));
        QVERIFY((outA + outB).contains(QLatin1String("nothing to do")));
        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r4")});
        QCOMPARE(historyRows(*c), QStringList({QStringLiteral("r1 upgrade succeeded"),
                                               QStringLiteral("r2 upgrade succeeded"),
                                               QStringLiteral("r3 upgrade succeeded"),
                                               QStringLiteral("r4 upgrade succeeded")}));
    }

    void createIndexConcurrentlyUnderOurLock() {
        SandboxDatabase db(QStringLiteral("tst_runner_cic"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(
            dir.path(), QStringLiteral("r1"),
            revisionText(QStringLiteral("r1"), QString(),
                         QStringLiteral("CREATE TABLE big AS SELECT g AS id, md5(g::text) "
                                        "AS h FROM generate_series(1, 300000) g;")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("CREATE INDEX CONCURRENTLY big_h ON big (h);"),
                                   false));
        // Hanging is the failure: runCli kills it after the timeout (exit code -1).
        CliRun run = runCli(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                             QStringLiteral("--json")}),
                            {}, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        bool sawIndex = false;
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            if (o.value(QLatin1String("event")).toString() == QLatin1String("statement_finished") &&
                o.value(QLatin1String("command_tag")).toString() == QLatin1String("CREATE INDEX"))
                sawIndex = true;
        }
        QVERIFY(sawIndex);
        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r2")});
        QCOMPARE(scalar(*c, QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                                           "'big_h'::regclass")),
                 QStringLiteral("t"));
    }

    void createIndexProgressIsReported() {
        // CREATE INDEX CONCURRENTLY waits for a transaction that writes the table: its phase
        // shows in pg_stat_progress_create_index, and the runner reports it while it waits.
        SandboxDatabase db(QStringLiteral("tst_runner_progress"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        auto writer = connectTo(db);
        scalar(*writer, QStringLiteral("CREATE TABLE p (id int)"));
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE INDEX CONCURRENTLY p_id ON p (id);"),
                                   false));
        QVERIFY(writer->begin());
        scalar(*writer, QStringLiteral("INSERT INTO p VALUES (1) RETURNING id"));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        std::mutex mutex;
        QStringList phases;
        runner.setEventHandler([&](const RunEvent& e) {
            if (e.kind == RunEvent::Kind::Progress) {
                std::lock_guard<std::mutex> guard(mutex);
                phases << e.message;
            }
        });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        std::optional<Result<RunSummary>> result;
        std::thread worker([&] { result.emplace(runner.run(request)); });
        QElapsedTimer t;
        t.start();
        for (;;) {
            {
                std::lock_guard<std::mutex> guard(mutex);
                if (!phases.isEmpty() || t.elapsed() > 15000)
                    break;
            }
            QThread::msleep(50);
        }
        QVERIFY(writer->commit());
        worker.join();
        QVERIFY2(result.has_value() && result->ok(),
                 result.has_value() ? strata::test::describe(*result).constData() : "no result");
        QVERIFY2(!phases.isEmpty(), "no progress event while CREATE INDEX waited");
        QVERIFY2(phases.constFirst().startsWith(QLatin1String("waiting for")),
                 qPrintable(phases.constFirst()));
    }

    void backupBeforeRun() {
        SandboxDatabase db(QStringLiteral("tst_runner_backup"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url(), QStringLiteral("backup = true\n"));
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE b (id int);")));
        CliRun run = runCli(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        const QStringList dumps =
            QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("dev-*.dump")});
        auto c = connectTo(db);
        // A matrix server newer than every pg_dump here: refused before anything runs
        // (tst_backupdump tests that in full).
        if (auto fits = BackupDump::choose(c->serverVersion() / 10000); !fits) {
            QVERIFY2(run.exitCode != 0 && run.err.contains(fits.error().message),
                     qPrintable(run.err));
            QCOMPARE(dumps.size(), 0);
            QCOMPARE(versionRows(*c), QStringList{QStringLiteral("<no table>")});
            return;
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(dumps.size(), 1);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT backup_file FROM strata_history")),
                 dir.filePath(QStringLiteral("backups/")) + dumps.constFirst());
    }

    void sigtermCancelsTheCli() {
        SandboxDatabase db(QStringLiteral("tst_runner_sigterm"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(
            dir.path(), QStringLiteral("r1"),
            revisionText(QStringLiteral("r1"), QString(), QStringLiteral("SELECT pg_sleep(30);")));
        auto c = connectTo(db);
        QProcess process;
        process.start(QStringLiteral(STRATA_CLI_PATH),
                      cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QVERIFY(process.waitForStarted());
        QVERIFY(waitForStatement(*c, QStringLiteral("pg_sleep(30)")) > 0);
        process.terminate(); // SIGTERM: cancel, roll back, record, exit 1
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(
            QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("cancel")));
        QCOMPARE(historyRows(*c), QStringList{QStringLiteral("r1 upgrade cancelled")});
        QCOMPARE(versionRows(*c), QStringList());
    }

    void terminatedConnection() {
        SandboxDatabase db(QStringLiteral("tst_runner_term"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE half (id int);\nSELECT "
                                                  "pg_sleep(30);")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        std::optional<Result<RunSummary>> result;
        std::thread worker([&] { result.emplace(runner.run(request)); });
        auto c = connectTo(db);
        const int pid = waitForStatement(*c, QStringLiteral("pg_sleep(30)"));
        QVERIFY(pid > 0);
        scalar(*c, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        worker.join();
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        const Error& e = result->error();
        QCOMPARE(e.code, ErrorCode::Connection);
        QVERIFY2(e.message.contains(QLatin1String("revision r1")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("terminating connection")),
                 qPrintable(e.message));
        QCOMPARE(e.line, 7);
        QCOMPARE(versionRows(*c), QStringList());
        QVERIFY(!tableExists(*c, QStringLiteral("half")));
        QCOMPARE(historyRows(*c), QStringList{QStringLiteral("r1 upgrade failed")});
    }

    void cancelDuringSleep() {
        SandboxDatabase db(QStringLiteral("tst_runner_cancel"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE half (id int);\nSELECT "
                                                  "pg_sleep(30);")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        bool sawCancelled = false;
        runner.setEventHandler([&sawCancelled](const RunEvent& e) {
            if (e.kind == RunEvent::Kind::RunCancelled)
                sawCancelled = true;
        });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        std::optional<Result<RunSummary>> result;
        QElapsedTimer stopped;
        std::thread worker([&] {
            result.emplace(runner.run(request));
            stopped.start();
        });
        auto c = connectTo(db);
        QVERIFY(waitForStatement(*c, QStringLiteral("pg_sleep(30)")) > 0);
        QElapsedTimer t;
        t.start();
        runner.cancel();
        worker.join();
        const qint64 tookMs = t.elapsed();
        qInfo("cancel took %lld ms", tookMs);
        QVERIFY2(tookMs < 3000, qPrintable(QString::number(tookMs)));
        QVERIFY(result.has_value() && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Cancelled);
        QVERIFY(sawCancelled);
        QCOMPARE(versionRows(*c), QStringList());
        QVERIFY(!tableExists(*c, QStringLiteral("half")));
        QCOMPARE(historyRows(*c), QStringList{QStringLiteral("r1 upgrade cancelled")});
        QVERIFY(!advisoryLockHeld(*c));
    }

    void lockWaitTimesOut() {
        SandboxDatabase db(QStringLiteral("tst_runner_lockwait"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(), QStringLiteral("SELECT 1;")));
        Project project = openProject(dir.path());
        auto holder = connectTo(db);
        scalar(*holder, QStringLiteral("SELECT set_config('application_name', 'someone else', "
                                       "false)"));
        const qint64 key = MigrationLock::keyFor(QStringLiteral("public.alembic_version"));
        scalar(*holder, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key));
        Runner runner(project, project.config().environments().constFirst());
        QStringList waits;
        runner.setEventHandler([&waits](const RunEvent& e) {
            if (e.kind == RunEvent::Kind::LockWaiting)
                waits << e.message;
        });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        request.lockWaitMs = 600;
        Result<RunSummary> r = runner.run(request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Lock);
        QCOMPARE(waits.size(), 1);
        QVERIFY2(waits.constFirst().contains(
                     QStringLiteral("pid %1 (someone else").arg(holder->backendPid())),
                 qPrintable(waits.constFirst()));
        QVERIFY(waits.constFirst().contains(QLatin1String("since")));
        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("<no table>")});
    }

    void badInput_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("secret");
        const QString good = m_db->url();
        const int port = m_db->port();
        const QStringList heads = {QStringLiteral("upgrade"), QStringLiteral("heads")};
        QTest::newRow("unreachable host")
            << QStringLiteral("postgresql://postgres:Hidden-Pass-1@127.0.0.1:1/x") << heads
            << QStringLiteral("Connection refused") << QStringLiteral("Hidden-Pass-1");
        QTest::newRow("wrong password")
            << QStringLiteral("postgresql://%1:Wrong-Pass-77@127.0.0.1:%2/%3")
                   .arg(m_role)
                   .arg(port)
                   .arg(m_db->name())
            << heads << QStringLiteral("password authentication failed")
            << QStringLiteral("Wrong-Pass-77");
        QTest::newRow("unknown database")
            << QStringLiteral("postgresql://postgres@127.0.0.1:%1/no_such_db_here").arg(port)
            << heads << QStringLiteral("does not exist") << QString();
        QTest::newRow("url with a password, unknown target")
            << QStringLiteral("postgresql://postgres:Trusted-Pass-9@127.0.0.1:%1/%2")
                   .arg(port)
                   .arg(m_db->name())
            << QStringList{QStringLiteral("upgrade"), QStringLiteral("nosuchrev")}
            << QStringLiteral("nosuchrev") << QStringLiteral("Trusted-Pass-9");
        QTest::newRow("head with several heads")
            << good << QStringList{QStringLiteral("upgrade"), QStringLiteral("head")}
            << QStringLiteral("Multiple heads") << QString();
        QTest::newRow("target not reachable")
            << good << QStringList{QStringLiteral("downgrade"), QStringLiteral("r2a")}
            << QStringLiteral("r2a") << QString();
        QTest::newRow("protected without --confirm")
            << good + QStringLiteral("\"\nprotected = true\n#\"") << heads
            << QStringLiteral("--confirm dev") << QString();
        QTest::newRow("protected with the wrong --confirm")
            << good + QStringLiteral("\"\nprotected = true\n#\"")
            << QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                           QStringLiteral("--confirm"), QStringLiteral("prod")}
            << QStringLiteral("does not match") << QString();
    }
    void badInput() {
        QFETCH(QString, url);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QFETCH(QString, secret);
        QTemporaryDir dir;
        writeToml(dir.path(), url);
        // r1 -> r2a, r1 -> r2b: two heads.
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(), QStringLiteral("SELECT 1;")));
        writeRevision(
            dir.path(), QStringLiteral("r2a"),
            revisionText(QStringLiteral("r2a"), QStringLiteral("r1"), QStringLiteral("SELECT 2;")));
        writeRevision(
            dir.path(), QStringLiteral("r2b"),
            revisionText(QStringLiteral("r2b"), QStringLiteral("r1"), QStringLiteral("SELECT 3;")));
        auto c = connectTo(*m_db);
        const QStringList rowsBefore = versionRows(*c);
        const QStringList historyBefore = historyRows(*c);
        CliRun run = runCli(cli(dir.path(), args));
        QVERIFY2(run.exitCode != 0, qPrintable(run.out + run.err));
        QVERIFY2(run.exitCode > 0, qPrintable(run.err));
        const QString err = run.err.trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')), qPrintable(run.err));
        QVERIFY2(err.contains(expected), qPrintable(err));
        if (!secret.isEmpty())
            QVERIFY2(!(run.out + run.err).contains(secret), qPrintable(run.out + run.err));
        QCOMPARE(versionRows(*c), rowsBefore);
        QCOMPARE(historyRows(*c), historyBefore);
    }

    // A cancel that arrives before run() starts, or between plan() and run(), is not lost: the
    // run ends at once as cancelled and applies nothing; the next run is not affected.
    void cancelBeforeRunAppliesNothing_data() {
        QTest::addColumn<bool>("planFirst");
        QTest::newRow("cancel, run") << false;
        QTest::newRow("plan, cancel, run") << true;
    }
    void cancelBeforeRunAppliesNothing() {
        QFETCH(bool, planFirst);
        SandboxDatabase db(QStringLiteral("tst_runner_cancel_early"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE early (id int);")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        QList<RunEvent::Kind> kinds;
        runner.setEventHandler([&kinds](const RunEvent& e) { kinds << e.kind; });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        if (planFirst)
            QVERIFY(runner.plan(request));
        runner.cancel();
        kinds.clear();
        Result<RunSummary> done = runner.run(request);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        QVERIFY(kinds.contains(RunEvent::Kind::RunCancelled));
        QVERIFY(!kinds.contains(RunEvent::Kind::LockAcquired));
        QVERIFY(!kinds.contains(RunEvent::Kind::StepStarted));
        auto c = connectTo(db);
        QVERIFY(!tableExists(*c, QStringLiteral("public.alembic_version")));
        QVERIFY(!tableExists(*c, QStringLiteral("public.early")));
        // The cancel was used up by that run.
        Result<RunSummary> again = runner.run(request);
        QVERIFY2(again, strata::test::describe(again).constData());
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
    }

    // Runner::run(request, expected) plans again under the lock and refuses, running nothing,
    // when the plan is not the one shown: here the revision list is the same ([a2]) but the
    // version row differs (UPDATE r1->a2 was shown; from b2 it is INSERT a2).
    void runRefusesSameRevisionsWithOtherRows() {
        SandboxDatabase db(QStringLiteral("tst_runner_rows_changed"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(), QStringLiteral("SELECT 1;")));
        writeRevision(dir.path(), QStringLiteral("a2"),
                      revisionText(QStringLiteral("a2"), QStringLiteral("r1"),
                                   QStringLiteral("CREATE TABLE a2 (id int);")));
        writeRevision(
            dir.path(), QStringLiteral("b2"),
            revisionText(QStringLiteral("b2"), QStringLiteral("r1"), QStringLiteral("SELECT 1;")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        RunRequest upgrade;
        upgrade.targets = {QStringLiteral("a2")};
        // What the studio showed while the environment was at r1.
        Result<StepPlan> shown = Planner::plan(project.graph(), upgrade, {QStringLiteral("r1")});
        QVERIFY(shown);
        QCOMPARE(shown->rowsText(), QStringList{QStringLiteral("UPDATE r1->a2")});
        // Meanwhile the environment went to b2.
        RunRequest stamp;
        stamp.kind = RunRequest::Kind::Stamp;
        stamp.targets = {QStringLiteral("b2")};
        QVERIFY(runner.run(stamp));
        Result<StepPlan> now = runner.plan(upgrade);
        QVERIFY(now);
        QCOMPARE(now->revisions(), shown->revisions()); // the old check saw no change
        QVERIFY(now->rowsText() != shown->rowsText());

        Result<RunSummary> refused = runner.run(upgrade, *shown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Target);
        QVERIFY2(
            refused.error().message.contains(QLatin1String("changed since the plan was shown")),
            qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1Char('\n')));
        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("b2")});
        QVERIFY(!tableExists(*c, QStringLiteral("public.a2")));
        QVERIFY(!advisoryLockHeld(*c));
        // The plan shown from where it is now runs.
        Result<RunSummary> done = runner.run(upgrade, *now);
        QVERIFY2(done, strata::test::describe(done).constData());
        QCOMPARE(versionRows(*c), QStringList({QStringLiteral("a2"), QStringLiteral("b2")}));
    }

    // The version table changed between the plan and the run: refused, nothing runs.
    void runRefusesWhenTheVersionTableMoved() {
        SandboxDatabase db(QStringLiteral("tst_runner_table_moved"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(),
                                   QStringLiteral("CREATE TABLE moved1 (id int);")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("CREATE TABLE moved2 (id int);")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        Result<StepPlan> shown = runner.plan(request);
        QVERIFY(shown);
        QCOMPARE(shown->revisions(), QStringList({QStringLiteral("r1"), QStringLiteral("r2")}));
        auto c = connectTo(db);
        scalar(*c, QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT "
                                  "NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY "
                                  "(version_num))"));
        scalar(*c, QStringLiteral("INSERT INTO alembic_version VALUES ('r1')"));

        Result<RunSummary> refused = runner.run(request, *shown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Target);
        QVERIFY2(refused.error().message.contains(QLatin1String("nothing ran")),
                 qPrintable(refused.error().message));
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QVERIFY(!tableExists(*c, QStringLiteral("public.moved1")));
        QVERIFY(!tableExists(*c, QStringLiteral("public.moved2")));
        QVERIFY(!tableExists(*c, QStringLiteral("public.strata_history")));
    }

    // When the failed history row cannot be written, the warning carries the server's error
    // (message and SQLSTATE), not a made-up "insert failed".
    void failureRecordErrorIsTheRealOne() {
        SandboxDatabase db(QStringLiteral("tst_runner_record_error"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(), QStringLiteral("SELECT 1;")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("SELECT 1/0;")));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        RunRequest first;
        first.targets = {QStringLiteral("r1")};
        QVERIFY(runner.run(first));
        auto c = connectTo(db);
        scalar(*c,
               QStringLiteral("CREATE FUNCTION refuse_failed() RETURNS trigger LANGUAGE plpgsql "
                              "AS $$ BEGIN RAISE EXCEPTION 'history is closed for repairs' "
                              "USING ERRCODE = 'P0042'; END $$"));
        scalar(*c, QStringLiteral("CREATE TRIGGER refuse_failed BEFORE INSERT ON strata_history "
                                  "FOR EACH ROW WHEN (NEW.status = 'failed') EXECUTE FUNCTION "
                                  "refuse_failed()"));
        QList<RunEvent> warnings;
        runner.setEventHandler([&warnings](const RunEvent& e) {
            if (e.kind == RunEvent::Kind::Warning)
                warnings << e;
        });
        RunRequest rest;
        rest.targets = {QStringLiteral("heads")};
        Result<RunSummary> failed = runner.run(rest);
        QVERIFY(!failed);
        QCOMPARE(failed.error().sqlstate, QStringLiteral("22012")); // the run's own error
        bool seen = false;
        for (const RunEvent& e : warnings) {
            if (!e.message.contains(QLatin1String("could not record the failure")))
                continue;
            seen = true;
            QVERIFY2(e.message.contains(QLatin1String("history is closed for repairs")),
                     qPrintable(e.message));
            QCOMPARE(e.error.sqlstate, QStringLiteral("P0042"));
        }
        QVERIFY(seen);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
    }

    // After resolve the summary and the final message give the heads read back from the
    // version table (the plan's own idea of them used to say "base").
    void resolveReportsTheHeadsOfTheTable() {
        SandboxDatabase db(QStringLiteral("tst_runner_resolve_heads"));
        QTemporaryDir dir;
        writeToml(dir.path(), db.url());
        writeRevision(dir.path(), QStringLiteral("r1"),
                      revisionText(QStringLiteral("r1"), QString(), QStringLiteral("SELECT 1;")));
        writeRevision(dir.path(), QStringLiteral("r2"),
                      revisionText(QStringLiteral("r2"), QStringLiteral("r1"),
                                   QStringLiteral("VACUUM nosuchtable;"), false));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        QVERIFY(!runner.run(request));
        auto c = connectTo(db);
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r1")});
        QString finished;
        runner.setEventHandler([&finished](const RunEvent& e) {
            if (e.kind == RunEvent::Kind::RunFinished)
                finished = e.message;
        });
        Result<RunSummary> applied = runner.resolve(ResolveAction::MarkApplied);
        QVERIFY2(applied, strata::test::describe(applied).constData());
        QCOMPARE(versionRows(*c), QStringList{QStringLiteral("r2")});
        QCOMPARE(applied->headsAfter, versionRows(*c));
        QCOMPARE(applied->headsBefore, QStringList{QStringLiteral("r1")});
        QVERIFY2(finished.endsWith(QLatin1String("it is at r2")), qPrintable(finished));
    }

    void initTestCase() {
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("tst_runner_bad"));
        m_role = QStringLiteral("strata_pw_") + m_db->name();
        auto admin = connectTo(*m_db);
        auto created = admin->execParams(
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE "
                           "strata_password_auth', $1::text, $2::text)"),
            {m_role, QStringLiteral("Right-Pass-42")});
        QVERIFY(created);
        QVERIFY(admin->exec(created->scalar()));
        // The bad-input database is at r2b (stamped), so downgrade r2a is not reachable.
        scalar(*admin, QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT "
                                      "NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY "
                                      "(version_num))"));
        scalar(*admin, QStringLiteral("INSERT INTO alembic_version VALUES ('r2b')"));
    }

    void cleanupTestCase() {
        if (m_db) {
            auto admin = connectTo(*m_db);
            (void)admin->exec(QStringLiteral("DROP ROLE IF EXISTS ") +
                              admin->quoteIdentifier(m_role));
        }
        m_db.reset();
    }

private:
    std::unique_ptr<SandboxDatabase> m_db;
    QString m_role;
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
