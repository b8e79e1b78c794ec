// `strata upgrade|downgrade --dry-run` prints the pre-flight of every step after the plan: its
// lint findings with help, the lock of each statement, destructive statements with the target's
// row estimate and size, then the timeouts and backup that apply; --json carries the same. Every
// pre-flight line is an SQL comment, so the output stays a script. Nothing is executed.
#include "SandboxDatabase.h"
#include "TestSupport.h"

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

// r1 creates items and old_items; r2 indexes items and drops old_items.
void writeProject(const QString& dir, const QString& url, const QString& settings) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = "
                             "\"%1\"\n%2")
                  .arg(url, settings));
    writeFile(dir, QStringLiteral("versions/r1.sql"),
              QStringLiteral("-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\n"
                             "CREATE TABLE items (id int, name text);\n"
                             "CREATE TABLE old_items (id int, payload text);\n\n"
                             "-- migrate:downgrade\nDROP TABLE old_items;\nDROP TABLE items;\n"));
    writeFile(dir, QStringLiteral("versions/r2.sql"),
              QStringLiteral("-- Revision ID: r2\n-- Revises: r1\n\n-- migrate:upgrade\n"
                             "CREATE INDEX items_name ON items (name);\n"
                             "DROP TABLE old_items;\n\n"
                             "-- migrate:downgrade\nDROP INDEX items_name;\n"
                             "CREATE TABLE old_items (id int, payload text);\n"));
}

QStringList in(const QString& dir, const QStringList& args) {
    return QStringList{QStringLiteral("--project"), dir} + args;
}

// The database at r1 with `rows` analyzed rows in old_items.
void placeAtR1(const SandboxDatabase& db, const QString& dir, int rows) {
    const CliRun up = runCli(in(dir, {QStringLiteral("upgrade"), QStringLiteral("r1")}));
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    auto c = db.connect();
    QVERIFY(c);
    QVERIFY((*c)->execParams(QStringLiteral("INSERT INTO old_items SELECT g, repeat('p', 200) "
                                            "FROM generate_series(1, $1::int) g"),
                             {QString::number(rows)}));
    QVERIFY((*c)->exec(QStringLiteral("ANALYZE old_items")));
}

QString head(const SandboxDatabase& db) {
    auto c = db.connect();
    auto r = (*c)->exec(QStringLiteral("SELECT version_num FROM alembic_version"));
    return r ? r->scalar() : QString();
}

} // namespace

class TestCliDryRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The text output: the pre-flight after the plan, before the SQL, each line a comment.
    void preflightPrinted_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("upgrade")
            << QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")}
            << "lock_timeout = \"5s\"\nbackup = true\n"
            << QStringList{
                   QStringLiteral("--   step 1/1 upgrade r2 (one transaction):"),
                   QStringLiteral("--     warning[require-concurrent-index-creation] line 5:1: "
                                  "CREATE INDEX on items without CONCURRENTLY"),
                   QStringLiteral("--       help: use CREATE INDEX CONCURRENTLY"),
                   QStringLiteral("--     lock: CREATE INDEX on items: SHARE — blocks writes "
                                  "(reads continue) (line 5)"),
                   QStringLiteral("--     lock: DROP TABLE on old_items: ACCESS EXCLUSIVE — "
                                  "blocks reads and writes (line 6)"),
                   QStringLiteral("--     destructive: DROP TABLE old_items: ≈ 400 rows "
                                  "(estimate), "),
                   QStringLiteral("--   lint: "),
                   QStringLiteral("--   timeouts: lock_timeout 5s, statement_timeout none"),
                   QStringLiteral("--   backup: pg_dump -Fc into ")};
        QTest::newRow("downgrade to base")
            << QStringList{QStringLiteral("downgrade"), QStringLiteral("base")} << ""
            << QStringList{
                   QStringLiteral("--   step 1/1 downgrade r1 (one transaction):"),
                   QStringLiteral("--     destructive: DROP TABLE old_items: ≈ 400 rows "
                                  "(estimate), "),
                   QStringLiteral("--     destructive: DROP TABLE items: rows unknown, never "
                                  "analyzed; "),
                   QStringLiteral("--   timeouts: lock_timeout none, statement_timeout none"),
                   QStringLiteral("--   backup: none (backup is off for dev)")};
    }
    void preflightPrinted() {
        QFETCH(QStringList, args);
        QFETCH(QString, settings);
        QFETCH(QStringList, expected);
        SandboxDatabase db(QStringLiteral("tst_cli_pre"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url(), settings);
        placeAtR1(db, dir.path(), 400);
        const CliRun run = runCli(in(dir.path(), args + QStringList{QStringLiteral("--dry-run")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const qsizetype plan = run.out.indexOf(QLatin1String("-- resulting heads: "));
        const qsizetype preflight = run.out.indexOf(QLatin1String("-- pre-flight on dev:"));
        const qsizetype sql = run.out.indexOf(QLatin1String("BEGIN;"));
        QVERIFY2(plan >= 0 && preflight > plan && sql > preflight, qPrintable(run.out));
        qsizetype at = preflight;
        for (const QString& line : expected) {
            const qsizetype found = run.out.indexOf(QLatin1Char('\n') + line, at);
            QVERIFY2(found > at,
                     qPrintable(line + QStringLiteral("\nnot in order in:\n") + run.out));
            at = found;
        }
        // The pre-flight's lines are SQL comments: the script part is untouched.
        for (const QString& line : run.out.mid(preflight, sql - preflight).split(QLatin1Char('\n')))
            QVERIFY2(line.isEmpty() || line.startsWith(QLatin1String("-- ")), qPrintable(line));
        QCOMPARE(head(db), QStringLiteral("r1")); // nothing ran
    }

    // --json: the same pre-flight as data.
    void preflightJson() {
        SandboxDatabase db(QStringLiteral("tst_cli_prej"));
        QTemporaryDir dir;
        writeProject(dir.path(), db.url(), QStringLiteral("statement_timeout = \"1min\"\n"));
        placeAtR1(db, dir.path(), 250);
        const CliRun run =
            runCli(in(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject pre = o.value(QLatin1String("preflight")).toObject();
        QCOMPARE(pre.value(QLatin1String("statement_timeout_ms")).toInteger(), 60000);
        QCOMPARE(pre.value(QLatin1String("backup")).toBool(), false);
        QVERIFY(pre.value(QLatin1String("refused")).isNull());
        const QJsonObject step = pre.value(QLatin1String("steps")).toArray().at(0).toObject();
        QCOMPARE(step.value(QLatin1String("revision")).toString(), QStringLiteral("r2"));
        QStringList rules;
        for (const QJsonValue& f : step.value(QLatin1String("findings")).toArray()) {
            rules << f.toObject().value(QLatin1String("rule")).toString();
            QVERIFY(!f.toObject().value(QLatin1String("help")).toString().isEmpty());
        }
        QVERIFY2(rules.contains(QLatin1String("require-concurrent-index-creation")),
                 qPrintable(rules.join(QLatin1String(", "))));
        // Only the upgrade's: the downgrade's DROP INDEX is not part of this run.
        QVERIFY(!rules.contains(QLatin1String("require-concurrent-index-deletion")));
        const QJsonArray locks = step.value(QLatin1String("locks")).toArray();
        QCOMPARE(locks.size(), 2);
        QCOMPARE(locks.at(0).toObject().value(QLatin1String("mode")).toString(),
                 QStringLiteral("SHARE"));
        const QJsonObject drop =
            step.value(QLatin1String("destructive")).toArray().at(0).toObject();
        QCOMPARE(drop.value(QLatin1String("kind")).toString(), QStringLiteral("drop_table"));
        QCOMPARE(drop.value(QLatin1String("table")).toString(), QStringLiteral("old_items"));
        QCOMPARE(drop.value(QLatin1String("rows")).toInteger(), 250);
        auto c = db.connect();
        auto size = (*c)->exec(QStringLiteral("SELECT pg_total_relation_size('old_items')"));
        QVERIFY(size);
        QCOMPARE(drop.value(QLatin1String("bytes")).toInteger(), size->scalar().toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestCliDryRun)
#include "tst_cli_dryrun.moc"
