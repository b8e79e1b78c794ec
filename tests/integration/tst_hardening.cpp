// Issue 11's defects on a real server, through the `strata` binary: backups never overwrite
// each other and are private, pg_dump obeys lock_timeout, offline SQL survives psql, stamp
// --purge recovers an unknown version, resolve finds the only environment, a missing schema is
// a clear error (or created when asked), session resets and deep SQL are refused.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace strata;
using namespace strata::test;

namespace {

QString revision(const QString& id, const QString& parent, const QString& up,
                 const QString& down = QStringLiteral("SELECT 1;"), const QString& header = {}) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: %1\n%3\n"
                          "-- migrate:upgrade\n%4\n\n-- migrate:downgrade\n%5\n")
        .arg(id, parent, header, up, down);
}

QString project(const QTemporaryDir& dir, const QString& url, const QString& envExtra = {},
                const QString& projectExtra = {}) {
    writeFile(dir.path(), QStringLiteral("strata.toml"),
              QStringLiteral("[project]\n%1\n[environments.dev]\nurl = \"%2\"\n%3")
                  .arg(projectExtra, url, envExtra));
    return dir.path();
}

QStringList in(const QString& dir, QStringList args) {
    return QStringList{QStringLiteral("--project"), dir} + args;
}

QString scalar(Connection& c, const QString& sql) {
    auto r = c.exec(sql);
    return r ? r->scalar() : QStringLiteral("ERROR: ") + r.error().message;
}

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace

class TestHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ::umask(022); } // the usual umask: Strata must not rely on it

    // Defects 1 and 2: two runs whose backups fall in the same second get two files, the
    // history names each, nothing is overwritten, and they are private.
    void backupsNeverOverwriteAndArePrivate() {
        SandboxDatabase db(QStringLiteral("tst_hard_backup"));
        QTemporaryDir dir;
        project(dir, db.url(), QStringLiteral("backup = true\n"));
        writeFile(dir.path(), QStringLiteral("versions/r1.sql"),
                  revision(QStringLiteral("r1"), QString(),
                           QStringLiteral("CREATE TABLE b (id int);"),
                           QStringLiteral("DROP TABLE b;")));
        // Files named like the backups of the next seconds already exist (an earlier run's):
        // they must survive untouched.
        const QString backups = dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(backups);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList sentinels;
        for (int s = 0; s < 20; ++s) {
            const QString name =
                QStringLiteral("dev-%1.dump")
                    .arg(now.addSecs(s).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
            writeFile(backups, name, QStringLiteral("an earlier backup"));
            sentinels << QDir(backups).filePath(name);
        }
        const CliRun up =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const CliRun down =
            runCli(in(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("base")}));
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        for (const QString& s : sentinels)
            QCOMPARE(readFile(s), QStringLiteral("an earlier backup"));
        auto c = db.connect();
        QVERIFY(c.ok());
        auto rows =
            (*c)->exec(QStringLiteral("SELECT backup_file FROM strata_history ORDER BY id"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->rowCount(), 2);
        const QString first = rows->value(0, 0);
        const QString second = rows->value(1, 0);
        QVERIFY2(first != second, qPrintable(first));
        for (const QString& f : {first, second}) {
            QVERIFY2(!sentinels.contains(f), qPrintable(f));
            QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
            QCOMPARE(modeOf(f), 0600);
        }
        QCOMPARE(modeOf(backups), 0700);
    }

    // Defect 5: pg_dump obeys lock_timeout and the run stops before anything runs, naming the
    // session that holds the table.
    void backupObeysLockTimeout() {
        SandboxDatabase db(QStringLiteral("tst_hard_dumplock"));
        QTemporaryDir dir;
        project(dir, db.url(), QStringLiteral("backup = true\nlock_timeout = \"1s\"\n"));
        writeFile(dir.path(), QStringLiteral("versions/r1.sql"),
                  revision(QStringLiteral("r1"), QString(),
                           QStringLiteral("CREATE TABLE r1t (id int);")));
        auto holder = db.connect();
        QVERIFY(holder.ok());
        QVERIFY((*holder)->exec(QStringLiteral("CREATE TABLE held (id int)")).ok());
        QVERIFY((*holder)->exec(QStringLiteral("SET application_name = 'the holder'")).ok());
        QVERIFY((*holder)->begin().ok());
        QVERIFY((*holder)->exec(QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")).ok());
        QElapsedTimer clock;
        clock.start();
        const CliRun run =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}), {}, 60000);
        const qint64 took = clock.elapsed();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("could not lock public.held within lock_timeout")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(
                     QStringLiteral("held by pid %1 (the holder").arg((*holder)->backendPid())),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing ran")), qPrintable(run.err));
        QVERIFY2(took < 50000, "the run waited for the holder"); // it waits ~1 s, not forever
        QVERIFY((*holder)->rollback().ok());
        QCOMPARE(scalar(**holder, QStringLiteral("SELECT to_regclass('public.r1t') IS NULL")),
                 QStringLiteral("t"));
    }

    // Defect 3: offline SQL of statements ending in line comments, dollar quotes and E''
    // strings runs through psql -v ON_ERROR_STOP=1 and leaves what an online run leaves.
    void offlineSqlThroughPsql() {
        SandboxDatabase offline(QStringLiteral("tst_hard_offline"));
        SandboxDatabase online(QStringLiteral("tst_hard_online"));
        QTemporaryDir dir;
        project(dir, online.url());
        writeFile(dir.path(), QStringLiteral("versions/o1.sql"),
                  revision(QStringLiteral("o1"), QString(),
                           QStringLiteral("CREATE TABLE o1 (id int, note text); -- the table\n"
                                          "INSERT INTO o1 VALUES (1, 'a;b'), (2, E'it\\'s -- no "
                                          "comment'), (3, $q$;--$q$)")));
        writeFile(dir.path(), QStringLiteral("versions/o2.sql"),
                  revision(QStringLiteral("o2"), QStringLiteral("o1"),
                           QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS "
                                          "$fn$\nBEGIN\n  -- a comment; inside\n  RETURN 1;\n"
                                          "END\n$fn$;\n/* a /* nested */ block; */\n"
                                          "DELETE FROM o1 WHERE id > 2 -- keep the others")));
        writeFile(dir.path(), QStringLiteral("versions/o3.sql"),
                  revision(QStringLiteral("o3"), QStringLiteral("o2"),
                           QStringLiteral("UPDATE o1 SET note = note || '!' -- last line; no "
                                          "terminator")));
        const CliRun sql =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("base:heads"),
                                   QStringLiteral("--sql")}));
        QVERIFY2(sql.exitCode == 0, qPrintable(sql.err));
        const QString file = writeFile(dir.path(), QStringLiteral("offline.sql"), sql.out);
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), offline.url(),
                    QStringLiteral("-f"), file});
        QVERIFY(psql.waitForFinished(60000));
        QVERIFY2(psql.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(psql.readAllStandardError())));
        const CliRun run =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto a = offline.connect();
        auto b = online.connect();
        QVERIFY(a.ok() && b.ok());
        for (const QString& q :
             {QStringLiteral("SELECT string_agg(version_num, ',') FROM alembic_version"),
              QStringLiteral("SELECT string_agg(id || '=' || note, ';' ORDER BY id) FROM o1"),
              QStringLiteral("SELECT f()"),
              QStringLiteral("SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY "
                             "ordinal_position) FROM information_schema.columns WHERE "
                             "table_name = 'o1'")}) {
            QCOMPARE(scalar(**a, q), scalar(**b, q));
        }
        QCOMPARE(scalar(**a, QStringLiteral("SELECT string_agg(id || '=' || note, ';' ORDER BY id) "
                                            "FROM o1")),
                 QStringLiteral("1=a;b!;2=it's -- no comment!"));
    }

    // Defect 4: stamp --purge recovers a version the project does not know, and the history
    // says what it removed; a protected environment still needs --confirm.
    void stampPurgeRecoversUnknownVersion() {
        SandboxDatabase db(QStringLiteral("tst_hard_purge"));
        QTemporaryDir dir;
        project(dir, db.url(), QStringLiteral("protected = true\n"));
        writeFile(dir.path(), QStringLiteral("versions/p1.sql"),
                  revision(QStringLiteral("p1"), QString(),
                           QStringLiteral("CREATE TABLE p1t (id int);")));
        const CliRun up =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                   QStringLiteral("--confirm"), QStringLiteral("dev")}));
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        auto c = db.connect();
        QVERIFY(c.ok());
        QVERIFY((*c)->exec(QStringLiteral("UPDATE alembic_version SET version_num = 'deadbeef01'"))
                    .ok());
        const CliRun plain =
            runCli(in(dir.path(), {QStringLiteral("stamp"), QStringLiteral("p1"),
                                   QStringLiteral("--confirm"), QStringLiteral("dev")}));
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains(QStringLiteral("deadbeef01")), qPrintable(plain.err));
        const CliRun unconfirmed =
            runCli(in(dir.path(),
                      {QStringLiteral("stamp"), QStringLiteral("p1"), QStringLiteral("--purge")}));
        QVERIFY(unconfirmed.exitCode != 0);
        QCOMPARE(scalar(**c, QStringLiteral("SELECT version_num FROM alembic_version")),
                 QStringLiteral("deadbeef01"));
        const CliRun purge = runCli(in(
            dir.path(), {QStringLiteral("stamp"), QStringLiteral("p1"), QStringLiteral("--purge"),
                         QStringLiteral("--confirm"), QStringLiteral("dev")}));
        QVERIFY2(purge.exitCode == 0, qPrintable(purge.err));
        QCOMPARE(
            scalar(**c, QStringLiteral("SELECT string_agg(version_num, ',') FROM alembic_version")),
            QStringLiteral("p1"));
        QCOMPARE(
            scalar(**c, QStringLiteral("SELECT resolution FROM strata_history WHERE direction = "
                                       "'stamp' ORDER BY id DESC LIMIT 1")),
            QStringLiteral("purged deadbeef01"));
    }

    // Defect 11: resolve needs no --env when the project has one environment.
    void resolveFindsTheOnlyEnvironment() {
        SandboxDatabase db(QStringLiteral("tst_hard_resolve"));
        QTemporaryDir dir;
        project(dir, db.url());
        writeFile(dir.path(), QStringLiteral("versions/d1.sql"),
                  revision(QStringLiteral("d1"), QString(),
                           QStringLiteral("CREATE TABLE d1t (id int);\nSELECT 1/0;"),
                           QStringLiteral("DROP TABLE d1t;"),
                           QStringLiteral("-- Transactional: no\n")));
        const CliRun up =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QCOMPARE(up.exitCode, 1);
        const CliRun resolve = runCli(
            in(dir.path(), {QStringLiteral("resolve"), QStringLiteral("--mark-rolled-back")}));
        QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err + resolve.out));
        QVERIFY2((resolve.out + resolve.err).contains(QStringLiteral("environment 'dev' resolved")),
                 qPrintable(resolve.out + resolve.err));
    }

    // Defect 10: a missing version_table_schema is an error naming the key, or is created with
    // create_schema = true.
    void missingSchema_data() {
        QTest::addColumn<bool>("create");
        QTest::newRow("not created") << false;
        QTest::newRow("create_schema = true") << true;
    }
    void missingSchema() {
        QFETCH(bool, create);
        SandboxDatabase db(QStringLiteral("tst_hard_schema"));
        QTemporaryDir dir;
        project(dir, db.url(), {},
                QStringLiteral("version_table_schema = \"audit\"\n%1")
                    .arg(create ? QStringLiteral("create_schema = true\n") : QString()));
        writeFile(dir.path(), QStringLiteral("versions/s1.sql"),
                  revision(QStringLiteral("s1"), QString(),
                           QStringLiteral("CREATE TABLE s1t (id int);")));
        const CliRun up =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        auto c = db.connect();
        QVERIFY(c.ok());
        if (create) {
            QVERIFY2(up.exitCode == 0, qPrintable(up.err));
            QCOMPARE(scalar(**c, QStringLiteral("SELECT version_num FROM audit.alembic_version")),
                     QStringLiteral("s1"));
        } else {
            QCOMPARE(up.exitCode, 1);
            QVERIFY2(up.err.contains(QStringLiteral("schema 'audit' (project.version_table_schema) "
                                                    "does not exist")),
                     qPrintable(up.err));
            QCOMPARE(up.err.trimmed().count(QLatin1Char('\n')), 0);
            QCOMPARE(scalar(**c, QStringLiteral("SELECT to_regclass('public.s1t') IS NULL")),
                     QStringLiteral("t"));
        }
    }

    // Defects 7 and 8 through the CLI: refused before anything runs, never a crash.
    void refusedRevisions_data() {
        QTest::addColumn<QString>("up");
        QTest::addColumn<QString>("message");
        QTest::newRow("DISCARD ALL") << "CREATE TABLE x (id int);\nDISCARD ALL;"
                                     << "DISCARD ALL would reset Strata's session";
        QTest::newRow("100,000 terms") << "SELECT 1" + QStringLiteral("+1").repeated(100000) + ";"
                                       << "statement too deeply nested to check";
    }
    void refusedRevisions() {
        QFETCH(QString, up);
        QFETCH(QString, message);
        SandboxDatabase db(QStringLiteral("tst_hard_refused"));
        QTemporaryDir dir;
        project(dir, db.url());
        const QString file = writeFile(dir.path(), QStringLiteral("versions/x1.sql"),
                                       revision(QStringLiteral("x1"), QString(), up));
        for (const QStringList& args :
             {QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("upgrade"), QStringLiteral("base:heads"),
                          QStringLiteral("--sql")},
              QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")}}) {
            const CliRun run = runCli(in(dir.path(), args));
            QVERIFY2(run.exitCode == 1 || run.exitCode == 3,
                     qPrintable(args.join(u' ') + QStringLiteral(": exit %1 ").arg(run.exitCode) +
                                run.err));
            QVERIFY2((run.out + run.err).contains(message), qPrintable(run.out + run.err));
            QVERIFY2((run.out + run.err).contains(file + QLatin1Char(':')),
                     qPrintable(run.out + run.err));
        }
        auto c = db.connect();
        QVERIFY(c.ok());
        QCOMPARE(scalar(**c, QStringLiteral("SELECT to_regclass('public.x') IS NULL")),
                 QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
