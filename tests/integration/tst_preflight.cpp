// The pre-flight of a plan against a real PostgreSQL: the rows and size of what destructive
// statements remove come from the target's pg_class (an estimate: -1 until ANALYZE), a missing
// table says so, lint findings and locks are those of the section that runs, and a broken step
// (a statement its transaction mode cannot run, an irreversible downgrade) is reported.
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "preflight/DestructiveEstimate.h"
#include "preflight/PreFlight.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

// r1 creates `items` (filled by the test); r2 is `upgrade` / `downgrade`.
Project projectWith(const QString& dir, const QString& upgrade, const QString& downgrade,
                    bool transactional = true) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\npostgres = \"15\"\n\n"
                             "[environments.dev]\n"
                             "url = \"postgresql://nobody@127.0.0.1:1/none\"\n"));
    writeFile(dir, QStringLiteral("versions/r1.sql"),
              QStringLiteral("-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\n"
                             "CREATE TABLE items (id int PRIMARY KEY, name text, note text);\n\n"
                             "-- migrate:downgrade\nDROP TABLE items;\n"));
    QString r2 = QStringLiteral("-- Revision ID: r2\n-- Revises: r1\n-- Transactional: %1\n\n"
                                "-- migrate:upgrade\n%2\n")
                     .arg(transactional ? QStringLiteral("yes") : QStringLiteral("no"), upgrade);
    if (!downgrade.isNull())
        r2 += QStringLiteral("\n-- migrate:downgrade\n") + downgrade + QLatin1Char('\n');
    writeFile(dir, QStringLiteral("versions/r2.sql"), r2);
    Result<Project> project = Project::open(dir);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    return std::move(project).value();
}

Environment environmentOf(const QString& url) {
    Environment env;
    env.name = QStringLiteral("dev");
    env.url = url;
    env.lockTimeoutMs = 5000;
    return env;
}

StepPlan planOf(const Project& project, bool up, const QStringList& from) {
    Result<StepPlan> plan = up ? project.graph().planUpgrade(QStringLiteral("heads"), from)
                               : project.graph().planDowngrade(QStringLiteral("r1"), from);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    return std::move(plan).value();
}

// `items` with `rows` rows on the database of `db`, analyzed or not.
void fillItems(const SandboxDatabase& db, int rows, bool analyze) {
    auto c = db.connect();
    QVERIFY(c);
    QVERIFY((*c)->exec(QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text, note "
                                      "text)")));
    QVERIFY((*c)->execParams(QStringLiteral("INSERT INTO items SELECT g, 'n' || g, repeat('x', "
                                            "100) FROM generate_series(1, $1::int) g"),
                             {QString::number(rows)}));
    if (analyze)
        QVERIFY((*c)->exec(QStringLiteral("ANALYZE items")));
}

qint64 totalSize(const SandboxDatabase& db, const QString& table) {
    auto c = db.connect();
    auto r =
        (*c)->execParams(QStringLiteral("SELECT pg_total_relation_size($1::regclass)"), {table});
    return r ? r->scalar().toLongLong() : -2;
}

} // namespace

class TestPreFlight : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each destructive statement of the step, with what the target says about its table.
    void destructiveEstimates_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("analyze");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("estimate"); // DestructiveStatement::Estimate
        QTest::addColumn<qint64>("rows");
        QTest::newRow("drop table, analyzed")
            << "DROP TABLE items;" << true << "DROP TABLE items"
            << int(DestructiveStatement::Estimate::Read) << qint64(1000);
        QTest::newRow("drop table, never analyzed")
            << "DROP TABLE items;" << false << "DROP TABLE items"
            << int(DestructiveStatement::Estimate::Read) << qint64(-1);
        QTest::newRow("drop column")
            << "ALTER TABLE items DROP COLUMN note;" << true << "DROP COLUMN items.note"
            << int(DestructiveStatement::Estimate::Read) << qint64(1000);
        QTest::newRow("truncate qualified")
            << "TRUNCATE public.items;" << true << "TRUNCATE public.items"
            << int(DestructiveStatement::Estimate::Read) << qint64(1000);
        QTest::newRow("delete without where")
            << "DELETE FROM items;" << true << "DELETE FROM items (no WHERE: every row)"
            << int(DestructiveStatement::Estimate::Read) << qint64(1000);
        QTest::newRow("delete with where")
            << "DELETE FROM items WHERE id < 10;" << true << "DELETE FROM items (with WHERE)"
            << int(DestructiveStatement::Estimate::Read) << qint64(1000);
        QTest::newRow("missing table")
            << "DROP TABLE IF EXISTS gone;" << true << "DROP TABLE gone"
            << int(DestructiveStatement::Estimate::Missing) << qint64(-1);
        QTest::newRow("created in the same revision")
            << "CREATE TABLE tmp (id int);\nDROP TABLE tmp;" << true << "DROP TABLE tmp"
            << int(DestructiveStatement::Estimate::CreatedInPlan) << qint64(-1);
    }
    void destructiveEstimates() {
        QFETCH(QString, sql);
        QFETCH(bool, analyze);
        QFETCH(QString, what);
        QFETCH(int, estimate);
        QFETCH(qint64, rows);
        SandboxDatabase db(QStringLiteral("tst_preflight"));
        fillItems(db, 1000, analyze);
        QTemporaryDir dir;
        const Project project = projectWith(dir.path(), sql, QString());
        const Environment env = environmentOf(db.url());
        const StepPlan plan = planOf(project, true, {QStringLiteral("r1")});
        const PreFlightReport offline = PreFlight::gather(project, env, plan);
        QCOMPARE(offline.steps.size(), 1);
        QCOMPARE(offline.steps.at(0).destructive.size(), 1);
        const PreFlightReport report = DestructiveEstimate::read(env, offline);
        QVERIFY2(report.estimatesRead, qPrintable(report.estimateError));
        const DestructiveStatement& d = report.steps.at(0).destructive.at(0);
        QCOMPARE(d.what(), what);
        QCOMPARE(int(d.estimate), estimate);
        QCOMPARE(d.rows, rows);
        QCOMPARE(d.line, 6 + int(sql.count(QLatin1Char('\n'))));
        if (d.estimate == DestructiveStatement::Estimate::Read) {
            QCOMPARE(d.bytes, totalSize(db, QStringLiteral("items")));
            QVERIFY(d.bytes > 100000); // 1000 rows of 100 bytes, its index and TOAST
            QVERIFY2(d.estimateText().contains(rows < 0
                                                   ? QStringLiteral("rows unknown, never analyzed")
                                                   : QStringLiteral("≈ 1,000 rows (estimate)")),
                     qPrintable(d.estimateText()));
        }
        if (d.estimate == DestructiveStatement::Estimate::Missing)
            QCOMPARE(d.estimateText(), QStringLiteral("the table does not exist on the target"));
    }

    // The target cannot be reached: the statements say so, nothing else fails.
    void unreachableTarget() {
        QTemporaryDir dir;
        const Project project = projectWith(dir.path(), QStringLiteral("DROP TABLE items;"), {});
        const Environment env = environmentOf(QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
        const PreFlightReport report = DestructiveEstimate::read(
            env, PreFlight::gather(project, env, planOf(project, true, {QStringLiteral("r1")})));
        QVERIFY(!report.estimatesRead);
        QVERIFY(report.estimateError.contains(QLatin1String("dev")));
        const DestructiveStatement& d = report.steps.at(0).destructive.at(0);
        QCOMPARE(int(d.estimate), int(DestructiveStatement::Estimate::NotRead));
        QCOMPARE(d.estimateText(), QStringLiteral("not read: dev cannot be reached"));
    }

    // Findings and locks come from the section that runs, in that direction.
    void findingsAndLocksPerDirection_data() {
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("finding"); // of the section that runs
        QTest::addColumn<QString>("other");   // of the other section: never shown
        QTest::addColumn<QStringList>("locks");
        QTest::newRow("upgrade")
            << true << "6:1 require-concurrent-index-creation"
            << "11:1 require-concurrent-index-deletion"
            << QStringList{QStringLiteral("CREATE INDEX on items: SHARE — blocks writes (reads "
                                          "continue)"),
                           QStringLiteral("UPDATE on items: ROW EXCLUSIVE — blocks CREATE INDEX "
                                          "and stronger locks (reads and writes continue)")};
        QTest::newRow("downgrade")
            << false << "11:1 require-concurrent-index-deletion"
            << "6:1 require-concurrent-index-creation"
            << QStringList{QStringLiteral("DROP INDEX on items_name: ACCESS EXCLUSIVE — blocks "
                                          "reads and writes")};
    }
    void findingsAndLocksPerDirection() {
        QFETCH(bool, up);
        QFETCH(QString, finding);
        QFETCH(QString, other);
        QFETCH(QStringList, locks);
        QTemporaryDir dir;
        const Project project =
            projectWith(dir.path(),
                        QStringLiteral("CREATE INDEX items_name ON items (name);\nUPDATE items SET "
                                       "note = 'x' WHERE id = 1;\n"),
                        QStringLiteral("DROP INDEX items_name;"));
        const Environment env = environmentOf(QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
        const StepPlan plan =
            planOf(project, up, {up ? QStringLiteral("r1") : QStringLiteral("r2")});
        const PreFlightReport report = PreFlight::gather(project, env, plan);
        QCOMPARE(report.steps.size(), 1);
        const PreFlightStep& step = report.steps.at(0);
        QCOMPARE(step.direction, up ? QStringLiteral("upgrade") : QStringLiteral("downgrade"));
        QVERIFY(step.linted);
        const RevisionFile::Section section =
            up ? RevisionFile::Section::Upgrade : RevisionFile::Section::Downgrade;
        QStringList got;
        for (const LintFinding& f : step.findings) {
            got << QStringLiteral("%1:%2 %3").arg(f.line).arg(f.column).arg(f.rule);
            QCOMPARE(int(f.section), int(section)); // only the section that runs
        }
        QVERIFY2(got.contains(finding), qPrintable(got.join(QLatin1String(", "))));
        QVERIFY2(!got.contains(other), qPrintable(got.join(QLatin1String(", "))));
        QStringList described;
        for (const StatementLockInfo& info : step.locks)
            described += info.describe();
        QCOMPARE(described, locks);
        QVERIFY(!step.broken());
        QVERIFY(report.blockReason().isEmpty());
        QCOMPARE(report.timeoutsText(), QStringLiteral("lock_timeout 5s, statement_timeout none"));
        QCOMPARE(report.backupText(), QStringLiteral("none (backup is off for dev)"));
    }

    // A step that cannot run is reported with its reason; the other steps are not.
    void brokenStep_data() {
        QTest::addColumn<QString>("upgrade");
        QTest::addColumn<QString>("downgrade");
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("reason");
        QTest::newRow("concurrently in a transaction")
            << "CREATE INDEX CONCURRENTLY items_name ON items (name);"
            << "DROP INDEX items_name;" << true << "cannot run inside a transaction block";
        QTest::newRow("syntax error") << "CREATE TABLEX t ();"
                                      << "DROP TABLE t;" << true << "syntax error";
        QTest::newRow("irreversible downgrade")
            << "CREATE TABLE t (id int);" << QString() << false << "irreversible";
    }
    void brokenStep() {
        QFETCH(QString, upgrade);
        QFETCH(QString, downgrade);
        QFETCH(bool, up);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const Project project = projectWith(dir.path(), upgrade, downgrade);
        const Environment env = environmentOf(QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
        const StepPlan plan =
            planOf(project, up, up ? QStringList() : QStringList{QStringLiteral("r2")});
        const PreFlightReport report = PreFlight::gather(project, env, plan);
        const QList<const PreFlightStep*> broken = report.brokenSteps();
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.at(0)->revision, QStringLiteral("r2"));
        if (up)
            QVERIFY(!report.steps.at(0).broken()); // r1 is fine
        QVERIFY2(report.blockReason().contains(reason), qPrintable(report.blockReason()));
        QVERIFY2(report.blockReason().startsWith(QStringLiteral("step %1 (%2 r2) cannot run")
                                                     .arg(up ? 2 : 1)
                                                     .arg(up ? "upgrade" : "downgrade")),
                 qPrintable(report.blockReason()));
    }
};

QTEST_GUILESS_MAIN(TestPreFlight)
#include "tst_preflight.moc"
