// Kill -9 at random points of a 50-revision upgrade (transactional and `Transactional: no`
// revisions), a bounded number of times with a fixed seed: after each kill the version table
// says exactly which revisions' objects exist, and the next run either goes on or refuses with
// the dirty message, which `strata resolve` ends (issue 11).
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace strata;
using namespace strata::test;

namespace {

constexpr int kRevisions = 50;
constexpr int kKills = 20;
constexpr quint32 kSeed = 20261201;

QString id(int n) {
    return QStringLiteral("r%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Every fifth revision runs statement by statement (an index built CONCURRENTLY); the others
// are one transaction. Each takes ~20 ms so that kills land inside revisions.
bool nonTransactional(int n) {
    return n % 5 == 0;
}

QString revisionText(int n) {
    const QString t = QStringLiteral("t_%1").arg(n);
    QString text = QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: step %3\n")
                       .arg(id(n), n > 1 ? id(n - 1) : QString())
                       .arg(n);
    if (nonTransactional(n))
        text += QStringLiteral("-- Transactional: no\n\n-- migrate:upgrade\n"
                               "CREATE TABLE %1 (id int, v text);\n"
                               "SELECT pg_sleep(0.02);\n"
                               "CREATE INDEX CONCURRENTLY %1_v ON %1 (v);\n\n"
                               "-- migrate:downgrade\nDROP TABLE %1;\n")
                    .arg(t);
    else
        text += QStringLiteral("\n-- migrate:upgrade\nCREATE TABLE %1 (id int);\n"
                               "SELECT pg_sleep(0.02);\nINSERT INTO %1 VALUES (%2);\n\n"
                               "-- migrate:downgrade\nDROP TABLE %1;\n")
                    .arg(t)
                    .arg(n);
    return text;
}

struct DbState {
    int versionRow = 0; // the revision number in alembic_version, 0 = none/base
    QSet<int> tables;   // t_N that exist
    QSet<int> valid;    // t_N whose objects are complete (row / valid index)
    QString error;
};

DbState readState(const SandboxDatabase& db) {
    DbState s;
    auto c = db.connect();
    if (!c) {
        s.error = c.error().toString();
        return s;
    }
    Connection& conn = **c;
    auto v = conn.exec(QStringLiteral(
        "SELECT CASE WHEN to_regclass('public.alembic_version') IS NULL THEN '' ELSE "
        "(SELECT coalesce(string_agg(version_num, ','), '') FROM alembic_version) END"));
    if (!v) {
        s.error = v.error().toString();
        return s;
    }
    const QString rows = v->scalar();
    if (rows.contains(QLatin1Char(','))) {
        s.error = QStringLiteral("several version rows: ") + rows;
        return s;
    }
    s.versionRow = rows.isEmpty() ? 0 : rows.mid(1).toInt();
    auto t = conn.exec(QStringLiteral(
        "SELECT substr(c.relname, 3)::int, "
        "  CASE WHEN substr(c.relname, 3)::int % 5 = 0 THEN "
        "    EXISTS (SELECT 1 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
        "            WHERE i.indrelid = c.oid AND i.indisvalid) "
        "  ELSE EXISTS (SELECT 1 FROM pg_stat_user_tables WHERE relid = c.oid) END "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname ~ '^t_[0-9]+$'"));
    if (!t) {
        s.error = t.error().toString();
        return s;
    }
    for (int r = 0; r < t->rowCount(); ++r) {
        s.tables.insert(t->value(r, 0).toInt());
        if (t->value(r, 1) == QLatin1String("t"))
            s.valid.insert(t->value(r, 0).toInt());
    }
    return s;
}

// Whether revision n's upgrade is complete in the database (a transactional revision's
// table has its row; a non-transactional one's index is valid).
bool complete(const SandboxDatabase& db, int n) {
    auto c = db.connect();
    if (!c)
        return false;
    const QString sql =
        nonTransactional(n)
            ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON "
                             "c.oid = i.indexrelid WHERE c.relname = 't_%1_v' AND i.indisvalid)")
                  .arg(n)
            : QStringLiteral("SELECT to_regclass('public.t_%1') IS NOT NULL AND EXISTS "
                             "(SELECT 1 FROM public.t_%1)")
                  .arg(n);
    auto r = (*c)->exec(sql);
    return r && r->scalar() == QLatin1String("t");
}

// Waits until no other session is connected to the test database.
bool waitForNoOtherSessions(const SandboxDatabase& db) {
    auto c = db.connect();
    if (!c)
        return false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        auto r = (*c)->execParams(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                 "datname = $1 AND pid <> pg_backend_pid()"),
                                  {db.name()});
        if (r && r->scalar() == QLatin1String("0"))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killNineAtRandomPoints() {
        SandboxDatabase db(QStringLiteral("tst_crash"));
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\n\n[environments.dev]\nurl = \"%1\"\n").arg(db.url()));
        for (int n = 1; n <= kRevisions; ++n)
            writeFile(dir.path(), QStringLiteral("versions/%1.sql").arg(id(n)), revisionText(n));
        const QStringList project{QStringLiteral("--project"), dir.path()};

        QRandomGenerator random(kSeed);
        int kills = 0, dirtyResolved = 0, finishedEarly = 0;
        QList<int> progress;
        for (int round = 0; round < kKills; ++round) {
            QProcess cli;
            cli.setProgram(QStringLiteral(STRATA_CLI_PATH));
            cli.setArguments(project +
                             QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")});
            cli.start();
            QVERIFY(cli.waitForStarted());
            // A full run takes ~1.3 s; kill somewhere in the first 600 ms of this one.
            const int delay = int(random.bounded(600));
            if (cli.waitForFinished(delay)) {
                ++finishedEarly; // it finished (or refused) before the kill
            } else {
                cli.kill(); // SIGKILL
                QVERIFY(cli.waitForFinished(10000));
                ++kills;
            }
            const QString err = QString::fromLocal8Bit(cli.readAllStandardError());

            // The server ends the killed session (and its lock) once it notices the client is
            // gone (client_connection_check_interval, 1 s); wait for that.
            QVERIFY2(waitForNoOtherSessions(db), "the killed run's session did not end");
            const DbState s = readState(db);
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
            progress << s.versionRow;
            // Every revision up to the version row is complete ...
            for (int n = 1; n <= s.versionRow; ++n)
                QVERIFY2(complete(db, n), qPrintable(QStringLiteral("round %1: %2 is recorded "
                                                                    "but incomplete")
                                                         .arg(round)
                                                         .arg(id(n))));
            // ... and no later revision left anything behind, except the one a kill cut off in
            // the middle of its `Transactional: no` statements (the dirty one).
            const int next = s.versionRow + 1;
            for (int n : s.tables)
                if (n > s.versionRow)
                    QVERIFY2(n == next && nonTransactional(n),
                             qPrintable(QStringLiteral("round %1: t_%2 exists but the version "
                                                       "is %3")
                                            .arg(round)
                                            .arg(n)
                                            .arg(id(s.versionRow))));

            // The next run refuses while dirty; resolve it the way a DBA would.
            const CliRun status =
                runCli(project + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                                             QStringLiteral("--dry-run")});
            QCOMPARE(status.exitCode, 0); // a dry run shows its plan, and warns when dirty
            if (status.err.contains(QStringLiteral("is dirty"))) {
                QVERIFY(nonTransactional(next));
                // Undo the half-done revision by hand, then record that.
                auto c = db.connect();
                QVERIFY(c.ok());
                QVERIFY((*c)->exec(QStringLiteral("DROP TABLE IF EXISTS t_%1").arg(next)).ok());
                const CliRun resolve =
                    runCli(project + QStringList{QStringLiteral("resolve"), QStringLiteral("--env"),
                                                 QStringLiteral("dev"),
                                                 QStringLiteral("--mark-rolled-back")});
                QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
                ++dirtyResolved;
            }
            Q_UNUSED(err);
            // At the head: go back to base, so that later rounds are killed mid-way too.
            if (readState(db).versionRow == kRevisions) {
                const CliRun down = runCli(
                    project + QStringList{QStringLiteral("downgrade"), QStringLiteral("base")});
                QVERIFY2(down.exitCode == 0, qPrintable(down.err));
                QCOMPARE(readState(db).versionRow, 0);
            }
        }
        // Finally everything runs to the end.
        const CliRun last =
            runCli(project + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        const DbState end = readState(db);
        QCOMPARE(end.versionRow, kRevisions);
        QCOMPARE(end.valid.size(), kRevisions);
        qInfo("kills: %d, runs that ended before their kill: %d, dirty states resolved: %d, "
              "version after each round: %s",
              kills, finishedEarly, dirtyResolved, qPrintable([&] {
                  QStringList p;
                  for (int v : progress)
                      p << QString::number(v);
                  return p.join(QLatin1Char(' '));
              }()));
        QVERIFY(kills >= kKills / 2); // the test really killed runs mid-way
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
