// The online commands through the `strata` binary: --dry-run, --json events, current,
// status, log, and the choice of environment.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

void writeProject(const QString& dir, const QString& url, const QString& extra = {}) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = "
                             "\"%1\"\n")
                      .arg(url) +
                  extra);
    writeFile(dir, QStringLiteral("versions/r1.sql"),
              QStringLiteral("-- Revision ID: r1\n-- Revises:\n-- Message: first\n\n"
                             "-- migrate:upgrade\nCREATE TABLE c1 (id int);\n\n"
                             "-- migrate:downgrade\nDROP TABLE c1;\n"));
    writeFile(dir, QStringLiteral("versions/r2.sql"),
              QStringLiteral("-- Revision ID: r2\n-- Revises: r1\n-- Message: second\n\n"
                             "-- migrate:upgrade\nDO $$ BEGIN RAISE NOTICE 'from r2'; END $$;\n"
                             "CREATE TABLE c2 (id int);\n\n"
                             "-- migrate:downgrade\nDROP TABLE c2;\n"));
}

QStringList in(const QString& dir, const QStringList& args) {
    return QStringList{QStringLiteral("--project"), dir} + args;
}

bool versionTableExists(const SandboxDatabase& db) {
    auto c = db.connect();
    auto r = (*c)->exec(QStringLiteral("SELECT to_regclass('public.alembic_version') IS NOT NULL"));
    return r && r->scalar() == QLatin1String("t");
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dryRunExecutesNothing() {
        SandboxDatabase db(QStringLiteral("tst_cli_dry"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url());
        CliRun run = runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                            QStringLiteral("--dry-run")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("-- step 1/2: upgrade <base> -> r1")));
        QVERIFY(run.out.contains(QLatin1String("CREATE TABLE c2 (id int);")));
        QVERIFY(!versionTableExists(db));
    }

    void jsonEventsAndCurrent() {
        SandboxDatabase db(QStringLiteral("tst_cli_json"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url());
        CliRun run = runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("r1"),
                                            QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList kinds;
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            kinds << o.value(QLatin1String("event")).toString();
        }
        QCOMPARE(kinds.constFirst(), QStringLiteral("run_started"));
        QCOMPARE(kinds.constLast(), QStringLiteral("run_finished"));
        QVERIFY(kinds.contains(QLatin1String("statement_finished")));

        CliRun current = runCli(in(dir.path(), {QStringLiteral("current")}));
        QCOMPARE(current.exitCode, 0);
        QCOMPARE(current.out, QStringLiteral("r1\n"));
        CliRun check =
            runCli(in(dir.path(), {QStringLiteral("current"), QStringLiteral("--check-heads")}));
        QCOMPARE(check.exitCode, 1);

        CliRun up = runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QCOMPARE(up.exitCode, 0);
        QVERIFY2(up.out.contains(QLatin1String("NOTICE: from r2")), qPrintable(up.out));
        QVERIFY2(up.out.contains(QLatin1String("line 6  DO")), qPrintable(up.out));
        QVERIFY2(up.out.contains(QLatin1String("line 7  CREATE TABLE")), qPrintable(up.out));
        current =
            runCli(in(dir.path(), {QStringLiteral("current"), QStringLiteral("--check-heads")}));
        QCOMPARE(current.exitCode, 0);
        QCOMPARE(current.out, QStringLiteral("r2 (head)\n"));

        CliRun log = runCli(in(dir.path(), {QStringLiteral("log"), QStringLiteral("-n"),
                                            QStringLiteral("1"), QStringLiteral("--json")}));
        QCOMPARE(log.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(log.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("revision")).toString(),
                 QStringLiteral("r2"));
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));
    }

    void statusWithAnUnreachableEnvironment() {
        SandboxDatabase db(QStringLiteral("tst_cli_status"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url(),
                     QStringLiteral("\n[environments.down]\nurl = "
                                    "\"postgresql://u:Status-Secret-3@127.0.0.1:1/x\"\n"));
        CliRun run = runCli(in(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("Status-Secret-3")));
        const QJsonArray envs = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(envs.size(), 2);
        const QJsonObject dev = envs.at(0).toObject();
        QCOMPARE(dev.value(QLatin1String("reachable")).toBool(), true);
        QCOMPARE(dev.value(QLatin1String("pending_count")).toInt(), 2);
        const QJsonObject down = envs.at(1).toObject();
        QCOMPARE(down.value(QLatin1String("reachable")).toBool(), false);
        QVERIFY(down.value(QLatin1String("error")).toString().contains(QLatin1String("refused")));

        // Several environments: --env is required for a run.
        CliRun noEnv = runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")}));
        QCOMPARE(noEnv.exitCode, 2);
        QVERIFY(noEnv.err.contains(QLatin1String("--env")));
        QVERIFY(!versionTableExists(db));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli_online.moc"
