// RoundTripVerifier on the test sandbox: parents, upgrade, downgrade (the schema must come back
// exactly), upgrade again, on a scratch database that is dropped after. On the Alembic fixture
// project: Alembic Python revisions (and Python parents) through the project's Alembic, SQL-form
// `.py` ones by Strata's runner.
#include "AlembicCli.h"
#include "DriftFixtures.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "Project.h"
#include "drift/RoundTripVerifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <thread>

using namespace strata;
using Kind = RoundTripStep::Kind;

namespace {

const char* const kBase = R"(-- Revision ID: r1_base
-- Revises:
-- Transactional: yes

-- migrate:upgrade
CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);

-- migrate:downgrade
DROP TABLE items;
)";

// The revision under test: r2, on top of r1_base. %1 upgrade, %2 downgrade.
QString revision(const QString& upgrade, const QString& downgrade, bool transactional = true) {
    return QStringLiteral("-- Revision ID: r2_change\n-- Revises: r1_base\n-- Transactional: %3\n"
                          "\n-- migrate:upgrade\n%1\n-- migrate:downgrade\n%2")
        .arg(upgrade, downgrade, transactional ? QStringLiteral("yes") : QStringLiteral("no"));
}

// The line of the upgrade's first SQL line in a file made by revision().
constexpr int kUpgradeFirstLine = 6;

QString writeProject(const QString& dir, const QString& r2) {
    test::writeFile(dir, QStringLiteral("strata.toml"),
                    QStringLiteral("[project]\nversions = \"versions\"\n"));
    test::writeFile(dir, QStringLiteral("versions/r1_base.sql"), QLatin1String(kBase));
    return test::writeFile(dir, QStringLiteral("versions/r2_change.sql"), r2);
}

// The scratch databases the verifier left behind (none, ever).
int scratchDatabases() {
    return test::sandboxCount(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_verify_%'"));
}

} // namespace

class TestRoundTripVerifier : public QObject {
    Q_OBJECT

private:
    Result<RoundTripReport> verify(const QString& r2, std::shared_ptr<Cancellation> c = {}) {
        m_dir = std::make_unique<QTemporaryDir>();
        writeProject(m_dir->path(), r2);
        Result<Project> project = Project::open(m_dir->path());
        if (!project)
            return project.error();
        m_project = std::make_unique<Project>(std::move(*project));
        RoundTripVerifier verifier(*m_project, test::testSandbox().directory());
        verifier.setCancellation(std::move(c));
        return verifier.verify(QStringLiteral("r2_change"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;

    // A revision of a copy of the Alembic fixture (with the named extra/ revisions).
    Result<RoundTripReport>
    verifyAlembic(const QString& revision, const QStringList& extras = {},
                  std::shared_ptr<Cancellation> c = {},
                  const QString& python = QStringLiteral("/usr/bin/python3")) {
        m_dir = std::make_unique<QTemporaryDir>();
        test::copyAlembicProject(m_dir->path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"),
                                 extras, python);
        Result<Project> project = Project::open(m_dir->path());
        if (!project)
            return project.error();
        m_project = std::make_unique<Project>(std::move(*project));
        RoundTripVerifier verifier(*m_project, test::testSandbox().directory());
        verifier.setCancellation(std::move(c));
        return verifier.verify(revision);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString missing = test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        qunsetenv("STRATA_PYTHON");
    }

    // The `strata verify` fixture's forgetful downgrades, as Try it sees them: the downgrade
    // step names exactly the object left behind.
    void verifyFixtureLeftovers_data() {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("leftover");
        QTest::newRow("index") << QStringLiteral("b1000002")
                               << QStringLiteral("index public.items_qty_idx added");
        QTest::newRow("enum type")
            << QStringLiteral("b1000003") << QStringLiteral("enum public.mood added");
        QTest::newRow("function") << QStringLiteral("b1000004")
                                  << QStringLiteral("function public.item_total() added");
    }
    void verifyFixtureLeftovers() {
        QFETCH(QString, revision);
        QFETCH(QString, leftover);
        Result<Project> project =
            Project::open(QStringLiteral(STRATA_FIXTURES_DIR "/verify_leaky"));
        QVERIFY2(project, test::describe(project).constData());
        RoundTripVerifier verifier(*project, test::testSandbox().directory());
        Result<RoundTripReport> report = verifier.verify(revision);
        QVERIFY2(report, test::describe(report).constData());
        QVERIFY(!report->ok());
        const RoundTripStep* down = report->step(Kind::Downgrade);
        QVERIFY(down);
        QVERIFY(!down->failure);
        QCOMPARE(down->diff.size(), 1);
        const SchemaDifference& d = down->diff.differences().constFirst();
        QCOMPARE(
            QStringLiteral("%1 %2 %3").arg(objectKindName(d.kind), d.name, changeName(d.change)),
            leftover);
        QVERIFY(!report->step(Kind::UpgradeAgain));
        QCOMPARE(scratchDatabases(), 0);
    }

    // Alembic revisions that come back exactly: Python ones (through the bridge, their
    // statements as Alembic ran them), SQL-form ones on top of Python parents.
    void alembicRevisionPasses_data() {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QStringList>("parents"); // oldest first
        QTest::addColumn<QString>("statement");   // one the upgrade ran
        QTest::newRow("plain .py, a base (create_table)")
            << QStringLiteral("a1000001") << QStringList{} << QStringLiteral("CREATE TABLE items");
        QTest::newRow("plain .py, add_column + backfill")
            << QStringLiteral("a1000002") << QStringList{QStringLiteral("a1000001")}
            << QStringLiteral("ALTER TABLE items ADD COLUMN qty");
        QTest::newRow("plain .py, get_bind() loop after a merge")
            << QStringLiteral("d4000001")
            << QStringList{QStringLiteral("a1000001"), QStringLiteral("a1000002"),
                           QStringLiteral("b2000001"), QStringLiteral("c3000001")}
            << QStringLiteral("UPDATE items SET qty");
        QTest::newRow("SQL-form .py, COMMIT + CONCURRENTLY, depends_on")
            << QStringLiteral("e5000001")
            << QStringList{QStringLiteral("a1000001"), QStringLiteral("a1000002"),
                           QStringLiteral("b2000001"), QStringLiteral("c3000001"),
                           QStringLiteral("d4000001")}
            << QStringLiteral("CREATE INDEX CONCURRENTLY items_name_idx");
    }
    void alembicRevisionPasses() {
        QFETCH(QString, revision);
        QFETCH(QStringList, parents);
        QFETCH(QString, statement);
        Result<RoundTripReport> report = verifyAlembic(revision);
        QVERIFY2(report, test::describe(report).constData());
        const QString lines = report->lines().join(QLatin1Char('\n'));
        QVERIFY2(report->ok(), qPrintable(lines));
        QCOMPARE(report->steps.size(), 4);
        QStringList got = report->steps.at(0).parents;
        got.sort();
        QCOMPARE(got, parents); // every id sorts in graph order here
        const RoundTripStep* up = report->step(Kind::Upgrade);
        QVERIFY(up);
        QVERIFY2(std::any_of(up->executed.cbegin(), up->executed.cend(),
                             [&](const SqlStatement& st) { return st.text.startsWith(statement); }),
                 qPrintable(lines));
        QVERIFY2(!report->step(Kind::UpgradeAgain)->executed.isEmpty(), qPrintable(lines));
        // Alembic's own bookkeeping (its version table) is not the revision's.
        for (const RoundTripStep& step : report->steps)
            for (const SqlStatement& st : step.executed)
                QVERIFY2(!st.text.contains(QLatin1String("alembic_version")) &&
                             !st.text.startsWith(QLatin1String("select relname from pg_class")),
                         qPrintable(lines));
        QVERIFY(
            report->lines().contains(QStringLiteral("ok     the downgrade restored the schema")));
        QCOMPARE(scratchDatabases(), 0);
        QVERIFY(test::bridgeProcesses(QStringLiteral("strata_verify_")).isEmpty());
    }

    // A merge that is Python (not SQL form): downgraded to its first parent, Alembic puts both
    // parents back and the schema is the one at the parents.
    void pythonMerge() {
        m_dir = std::make_unique<QTemporaryDir>();
        test::copyAlembicProject(m_dir->path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"));
        const QString merge =
            m_dir->path() + QStringLiteral("/migrations/versions/c3000001_merge.py");
        QString text = test::readFile(merge);
        text.replace(
            QStringLiteral("def upgrade():\n    pass"),
            QStringLiteral("def upgrade():\n    from alembic import op\n\n    "
                           "op.get_bind().exec_driver_sql(\"CREATE TABLE merged (id int)\")"));
        text.replace(QStringLiteral("def downgrade():\n    pass"),
                     QStringLiteral("def downgrade():\n    from alembic import op\n\n    "
                                    "op.get_bind().exec_driver_sql(\"DROP TABLE merged\")"));
        test::writeFile(m_dir->path(), QStringLiteral("migrations/versions/c3000001_merge.py"),
                        text);
        Result<Project> project = Project::open(m_dir->path());
        QVERIFY2(project, test::describe(project).constData());
        QCOMPARE(project->graph().revision(QStringLiteral("c3000001"))->source,
                 Revision::Source::AlembicPython);
        m_project = std::make_unique<Project>(std::move(*project));
        RoundTripVerifier verifier(*m_project, test::testSandbox().directory());
        Result<RoundTripReport> report = verifier.verify(QStringLiteral("c3000001"));
        QVERIFY2(report, test::describe(report).constData());
        const QStringList lines = report->lines();
        QVERIFY2(report->ok(), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(QStringLiteral("ok     downgrade: DROP TABLE merged")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(scratchDatabases(), 0);
    }

    // A `.sql` revision of a mixed folder, on Python and SQL-form parents (brought up through
    // the Runner, each by its own executor).
    void sqlRevisionOnAlembicParents() {
        m_dir = std::make_unique<QTemporaryDir>();
        test::copyAlembicProject(m_dir->path(), QStringLiteral("postgresql://x@127.0.0.1:1/x"));
        test::addSqlRevision(m_dir->path());
        Result<Project> project = Project::open(m_dir->path());
        QVERIFY2(project, test::describe(project).constData());
        m_project = std::make_unique<Project>(std::move(*project));
        RoundTripVerifier verifier(*m_project, test::testSandbox().directory());
        Result<RoundTripReport> report = verifier.verify(QStringLiteral("g7000001"));
        QVERIFY2(report, test::describe(report).constData());
        const QStringList lines = report->lines();
        QVERIFY2(report->ok(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(report->steps.at(0).parents.size(), 6);
        QVERIFY(lines.contains(QStringLiteral("ok     parent e5000001 upgraded")));
        QVERIFY2(
            lines.filter(QStringLiteral("ok     upgrade line 5: CREATE TABLE notes_sql")).size() ==
                1,
            qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(scratchDatabases(), 0);
    }

    // A Python revision whose downgrade forgets its index: the report names exactly that index.
    void alembicDowngradeLeavesSomethingBehind() {
        Result<RoundTripReport> report = verifyAlembic(
            QStringLiteral("f6000004"), {QStringLiteral("f6000004_leaky_downgrade.py")});
        QVERIFY2(report, test::describe(report).constData());
        const QStringList lines = report->lines();
        QVERIFY2(!report->ok(), qPrintable(lines.join(QLatin1Char('\n'))));
        const RoundTripStep* down = report->step(Kind::Downgrade);
        QVERIFY(down);
        QVERIFY2(!down->failure, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(down->diff.size(), 1);
        const SchemaDifference& d = down->diff.differences().first();
        QCOMPARE(d.kind, ObjectKind::Index);
        QCOMPARE(d.name, QStringLiteral("public.items_qty_idx"));
        QCOMPARE(d.change, SchemaDifference::Change::Added);
        QVERIFY(!report->step(Kind::UpgradeAgain));
        QVERIFY2(lines.contains(QStringLiteral("       index public.items_qty_idx added")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(scratchDatabases(), 0);
    }

    // A failing Python upgrade: a failed step naming the revision, its SQLSTATE; nothing after.
    void alembicUpgradeFailureIsReported() {
        Result<RoundTripReport> report =
            verifyAlembic(QStringLiteral("f6000001"), {QStringLiteral("f6000001_fails.py")});
        QVERIFY2(report, test::describe(report).constData());
        const RoundTripStep* up = report->step(Kind::Upgrade);
        QVERIFY(up && up->failure);
        QCOMPARE(up->failure->revision, QStringLiteral("f6000001"));
        QCOMPARE(up->failure->sqlstate, QStringLiteral("42P01")); // undefined_table
        QVERIFY(!report->step(Kind::Downgrade));
        QVERIFY(!report->ok());
        QCOMPARE(scratchDatabases(), 0);
    }

    // Without a usable interpreter the parents' step fails, naming the interpreter, in one line.
    void missingInterpreterNamed() {
        Result<RoundTripReport> report = verifyAlembic(QStringLiteral("a1000002"), {}, {},
                                                       QStringLiteral("/nonexistent/python3"));
        QVERIFY2(report, test::describe(report).constData());
        const RoundTripStep* parents = report->step(Kind::Parents);
        QVERIFY(parents && parents->failure);
        QVERIFY2(parents->failure->message.contains(QLatin1String("/nonexistent/python3")),
                 qPrintable(parents->failure->message));
        QVERIFY(!parents->failure->message.contains(QLatin1Char('\n')));
        QCOMPARE(report->steps.size(), 1);
        QCOMPARE(scratchDatabases(), 0);
    }

    // Cancelled while the `.py` step sleeps in pg_sleep(30) in the bridge: the verification ends
    // as cancelled, the bridge child is stopped and the scratch database dropped.
    void cancelDuringPythonStep() {
        auto cancellation = Cancellation::create();
        std::thread canceller([cancellation] {
            for (int i = 0; i < 600; ++i) {
                if (test::sandboxCount(
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE "
                                       "'strata_verify_%' AND query LIKE '%pg_sleep%'")) > 0)
                    break;
                QThread::msleep(100);
            }
            cancellation->cancel();
        });
        Result<RoundTripReport> report = verifyAlembic(
            QStringLiteral("f6000002"), {QStringLiteral("f6000002_sleeps.py")}, cancellation);
        canceller.join();
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QCOMPARE(scratchDatabases(), 0);
        QVERIFY(test::bridgeProcesses(QStringLiteral("strata_verify_")).isEmpty());
    }

    void correctRevisionPasses_data() {
        QTest::addColumn<QString>("upgrade");
        QTest::addColumn<QString>("downgrade");
        QTest::addColumn<bool>("transactional");
        QTest::addColumn<int>("statements");
        QTest::newRow("index and column")
            << QStringLiteral("ALTER TABLE items ADD COLUMN price numeric;\n"
                              "CREATE INDEX items_name_idx ON items (name);\n")
            << QStringLiteral("DROP INDEX items_name_idx;\nALTER TABLE items DROP COLUMN price;\n")
            << true << 2;
        QTest::newRow("concurrently, not transactional")
            << QStringLiteral("CREATE INDEX CONCURRENTLY items_name_idx ON items (name);\n")
            << QStringLiteral("DROP INDEX CONCURRENTLY items_name_idx;\n") << false << 1;
    }
    void correctRevisionPasses() {
        QFETCH(QString, upgrade);
        QFETCH(QString, downgrade);
        QFETCH(bool, transactional);
        QFETCH(int, statements);
        Result<RoundTripReport> report = verify(revision(upgrade, downgrade, transactional));
        QVERIFY2(report, test::describe(report).constData());
        QVERIFY2(report->ok(), qPrintable(report->lines().join(QLatin1Char('\n'))));
        QCOMPARE(report->steps.size(), 4);
        QCOMPARE(report->steps.at(0).kind, Kind::Parents);
        QCOMPARE(report->steps.at(0).parents, QStringList{QStringLiteral("r1_base")});
        QCOMPARE(report->step(Kind::Upgrade)->statements, statements);
        QCOMPARE(report->step(Kind::Upgrade)->executed.size(), statements);
        QVERIFY(report->step(Kind::Downgrade)->diff.isEmpty());
        QVERIFY(report->step(Kind::UpgradeAgain)->diff.isEmpty());
        QVERIFY(
            report->lines().contains(QStringLiteral("ok     the downgrade restored the schema")));
        QCOMPARE(scratchDatabases(), 0);
    }

    // The downgrade forgets an index: the report names exactly that index, as left over.
    void forgottenIndexIsReported() {
        Result<RoundTripReport> report =
            verify(revision(QStringLiteral("ALTER TABLE items ADD COLUMN price numeric;\n"
                                           "CREATE INDEX items_name_idx ON items (name);\n"),
                            QStringLiteral("ALTER TABLE items DROP COLUMN price;\n")));
        QVERIFY2(report, test::describe(report).constData());
        QVERIFY(!report->ok());
        const RoundTripStep* down = report->step(Kind::Downgrade);
        QVERIFY(down);
        QVERIFY(!down->failure);
        QCOMPARE(down->diff.size(), 1);
        const SchemaDifference& d = down->diff.differences().first();
        QCOMPARE(d.kind, ObjectKind::Index);
        QCOMPARE(d.name, QStringLiteral("public.items_name_idx"));
        QCOMPARE(d.change, SchemaDifference::Change::Added); // only after the downgrade
        QVERIFY(d.definitionB.contains(QLatin1String("items_name_idx")));
        QVERIFY(!report->step(Kind::UpgradeAgain)); // it stops at the failed step
        const QStringList lines = report->lines();
        QVERIFY2(lines.contains(QStringLiteral("       index public.items_name_idx added")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(scratchDatabases(), 0);
    }

    // A downgrade that keeps the extension its upgrade installed passes with a note, as
    // `strata verify` says (one rule set: RoundTripComparison); an index it keeps still fails.
    void keptExtensionIsANote() {
        Result<RoundTripReport> report =
            verify(revision(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
                                           "CREATE INDEX items_name_idx ON items (name);\n"),
                            QStringLiteral("DROP INDEX items_name_idx;\n")));
        QVERIFY2(report, test::describe(report).constData());
        QVERIFY2(report->ok(), qPrintable(report->lines().join(QLatin1Char('\n'))));
        QCOMPARE(report->step(Kind::Downgrade)->keptExtensions, QStringList{"pg_trgm"});
        QVERIFY(report->lines().contains(
            QStringLiteral("note   the downgrade keeps extension pg_trgm (not a failure: "
                           "extensions are often kept on purpose)")));

        report = verify(revision(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
                                                "CREATE INDEX items_name_idx ON items (name);\n"),
                                 QStringLiteral("SELECT 1;\n")));
        QVERIFY2(report, test::describe(report).constData());
        QVERIFY(!report->ok());
        QCOMPARE(report->step(Kind::Downgrade)->diff.size(), 1);
        QCOMPARE(report->step(Kind::Downgrade)->diff.differences().first().kind, ObjectKind::Index);
        QCOMPARE(scratchDatabases(), 0);
    }

    // A failing upgrade statement: reported with its file, line and text; nothing after it.
    void failingUpgradeStatementHasItsLine() {
        Result<RoundTripReport> report = verify(
            revision(QStringLiteral("ALTER TABLE items ADD COLUMN price numeric;\n"
                                    "\n"
                                    "CREATE INDEX items_missing_idx ON items (no_such_column);\n"),
                     QStringLiteral("ALTER TABLE items DROP COLUMN price;\n")));
        QVERIFY2(report, test::describe(report).constData());
        QVERIFY(!report->ok());
        const RoundTripStep* up = report->step(Kind::Upgrade);
        QVERIFY(up);
        QVERIFY(up->failure);
        QCOMPARE(up->failure->line, kUpgradeFirstLine + 2);
        QVERIFY(up->failure->file.endsWith(QLatin1String("r2_change.sql")));
        QCOMPARE(up->failure->sqlstate, QStringLiteral("42703")); // undefined_column
        QVERIFY(up->failure->statement.startsWith(QLatin1String("CREATE INDEX items_missing_idx")));
        QCOMPARE(up->executed.size(), 1);
        QVERIFY(!report->step(Kind::Downgrade));
        QVERIFY2(report->lines()
                         .filter(QStringLiteral("FAILED upgrade line %1: CREATE INDEX")
                                     .arg(kUpgradeFirstLine + 2))
                         .size() == 1,
                 qPrintable(report->lines().join(QLatin1Char('\n'))));
    }

    // RevisionChecker's rules apply before anything runs.
    void concurrentlyInTransactionalRevisionIsRefused() {
        Result<RoundTripReport> report =
            verify(revision(QStringLiteral("CREATE INDEX CONCURRENTLY i ON items (name);\n"),
                            QStringLiteral("DROP INDEX i;\n")));
        QVERIFY2(report, test::describe(report).constData());
        const RoundTripStep* up = report->step(Kind::Upgrade);
        QVERIFY(up && up->failure);
        QVERIFY(up->failure->message.contains(QLatin1String("Transactional: no")));
        QCOMPARE(up->failure->line, kUpgradeFirstLine);
        QVERIFY(up->executed.isEmpty());
    }

    void irreversibleRevisionFailsTheDowngrade() {
        const QString text =
            QStringLiteral("-- Revision ID: r2_change\n-- Revises: r1_base\n\n-- migrate:upgrade\n"
                           "ALTER TABLE items ADD COLUMN price numeric;\n");
        Result<RoundTripReport> report = verify(text);
        QVERIFY2(report, test::describe(report).constData());
        const RoundTripStep* down = report->step(Kind::Downgrade);
        QVERIFY(down && down->failure);
        QVERIFY(down->failure->message.contains(QLatin1String("irreversible")));
    }

    // Cancelled from another thread while a statement runs: it stops at once, the scratch
    // database is dropped.
    void cancelStopsTheRunningStatement() {
        auto cancellation = Cancellation::create();
        std::thread canceller([cancellation] {
            // Wait until the sleep runs on the scratch database, then cancel.
            for (int i = 0; i < 600; ++i) {
                auto conn = test::testSandbox().connect();
                if (conn) {
                    auto r = (*conn)->exec(
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE "
                                       "'strata_verify_%' AND query LIKE '%pg_sleep%'"));
                    if (r && r->value(0, 0).toInt() > 0)
                        break;
                }
                QThread::msleep(100);
            }
            cancellation->cancel();
        });
        Result<RoundTripReport> report = verify(
            revision(QStringLiteral("SELECT pg_sleep(600);\n"), QStringLiteral("SELECT 1;\n")),
            cancellation);
        canceller.join();
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QCOMPARE(scratchDatabases(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRoundTripVerifier)
#include "tst_roundtripverifier.moc"
