// `strata verify` through the binary: each revision of a range up, down (the schema must come
// back), up again, then the whole range down and up, on a scratch database of the test sandbox,
// a given empty database (--url) or an environment (--env); what fails is named precisely.
#include "AlembicCli.h"
#include "DriftFixtures.h"
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

namespace {

const QString kSample = QStringLiteral("sample");
const QString kLeaky = QStringLiteral("verify_leaky");
const QString kBreaks = QStringLiteral("verify_breaks_earlier");
const QString kAlembic = QStringLiteral("alembic");
const QString kAlembicLeaky = QStringLiteral("alembic_leaky");
const QString kBrokenUpgrade = QStringLiteral("broken_upgrade");

// The project `kind` in `dir`, with `environments` (TOML tables) appended to its strata.toml.
void makeProject(const QString& kind, const QString& dir, const QString& environments = {}) {
    if (kind == kSample) {
        test::copySampleProject(dir, QStringLiteral("[project]\nversions = \"versions\"\n\n") +
                                         environments);
    } else if (kind == kBrokenUpgrade) {
        test::writeFile(dir, QStringLiteral("strata.toml"),
                        QStringLiteral("[project]\nversions = \"versions\"\n\n") + environments);
        test::writeFile(dir, QStringLiteral("versions/x1.sql"),
                        QStringLiteral("-- Revision ID: x1\n-- Revises:\n\n-- migrate:upgrade\n"
                                       "CREATE TABLE t (a int);\nCREATE INDEX t_b_idx ON t (b);\n\n"
                                       "-- migrate:downgrade\nDROP TABLE t;\n"));
    } else if (kind == kAlembic || kind == kAlembicLeaky) {
        test::copyAlembicProject(dir, QStringLiteral("postgresql://127.0.0.1:1/unused"),
                                 kind == kAlembicLeaky
                                     ? QStringList{QStringLiteral("f6000004_leaky_downgrade.py")}
                                     : QStringList{});
        test::writeFile(dir, QStringLiteral("strata.toml"),
                        test::readFile(dir + QStringLiteral("/strata.toml")) + environments);
    } else {
        test::copyTree(QStringLiteral(STRATA_FIXTURES_DIR "/") + kind, dir);
        test::writeFile(dir, QStringLiteral("strata.toml"),
                        test::readFile(dir + QStringLiteral("/strata.toml")) +
                            QStringLiteral("\n") + environments);
    }
}

int scratchDatabases() {
    return test::sandboxCount(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_verify_%'"));
}

// What a verification can leave in a database: relations, routines, types, extensions and
// schemas outside the system ones.
int objectsIn(const SandboxDatabase& db) {
    auto conn = db.connect();
    if (!conn)
        return -1;
    auto r = (*conn)->exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema') + (SELECT "
        "count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname "
        "NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema') + (SELECT count(*) FROM "
        "pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public') + "
        "(SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql') + (SELECT count(*) FROM "
        "pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', "
        "'public'))"));
    return r ? r->scalar().toInt() : -1;
}

QJsonObject jsonOf(const CliRun& run) {
    return QJsonDocument::fromJson(run.out.trimmed().toUtf8()).object();
}

QStringList in(const QString& dir, const QStringList& args) {
    return QStringList{QStringLiteral("--project"), dir, QStringLiteral("verify")} + args;
}

} // namespace

class TestCliVerify : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // --scratch uses the default sandbox: the test sandbox.
        qputenv("STRATA_SANDBOX_DIR", test::testSandbox().directory().toUtf8());
        const QString missing = test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void rangeOnScratch_data() {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("passed");    // the revisions reported ok, in order
        QTest::addColumn<QString>("revision");      // the failing one
        QTest::addColumn<QString>("pass");          // "revision" or "whole_range"
        QTest::addColumn<QString>("direction");     // upgrade, downgrade, upgrade again
        QTest::addColumn<QStringList>("leftovers"); // what the schema diff shows
        QTest::addColumn<QString>("statement");     // the failing statement (start of it)
        QTest::addColumn<QStringList>("lines");     // lines of the text output

        const QStringList sample{QStringLiteral("0001_init_schema"),
                                 QStringLiteral("0002_add_chunk_embeddings"),
                                 QStringLiteral("0003_add_search_indexes"),
                                 QStringLiteral("0004_add_documents_path_index")};
        QTest::newRow("sample project passes (base:heads by default)")
            << kSample << QString() << 0 << sample << QString() << QString() << QString()
            << QStringList() << QString()
            << QStringList{QStringLiteral("ok 0001_init_schema ("),
                           QStringLiteral("ok 0004_add_documents_path_index ("),
                           QStringLiteral("note: the downgrade of 0001_init_schema keeps "
                                          "extension pg_trgm"),
                           QStringLiteral("ok whole range: down and up again ("),
                           QStringLiteral("verify: 4 revision(s) passed on scratch database "
                                          "strata_verify_")};
        QTest::newRow("sample project, a range a:b")
            << kSample << QStringLiteral("0002_add_chunk_embeddings:0003_add_search_indexes") << 0
            << sample.mid(1, 2) << QString() << QString() << QString() << QStringList() << QString()
            << QStringList{QStringLiteral("ok 0002_add_chunk_embeddings ("),
                           QStringLiteral("verify: 2 revision(s) passed")};
        QTest::newRow("forgotten index: the whole range stops at it")
            << kLeaky << QString() << 3 << QStringList{QStringLiteral("b1000001")}
            << QStringLiteral("b1000002") << QStringLiteral("revision")
            << QStringLiteral("downgrade")
            << QStringList{QStringLiteral("index public.items_qty_idx added")} << QString()
            << QStringList{QStringLiteral("ok b1000001 ("),
                           QStringLiteral("FAIL b1000002 downgrade ("),
                           QStringLiteral("    index public.items_qty_idx added"),
                           QStringLiteral("verify: FAILED at b1000002 (downgrade): 1 of 4 "
                                          "revision(s) passed")};
        QTest::newRow("forgotten enum type (one revision, its parents brought up)")
            << kLeaky << QStringLiteral("b1000003") << 3 << QStringList()
            << QStringLiteral("b1000003") << QStringLiteral("revision")
            << QStringLiteral("downgrade") << QStringList{QStringLiteral("enum public.mood added")}
            << QString()
            << QStringList{QStringLiteral("FAIL b1000003 downgrade ("),
                           QStringLiteral("    enum public.mood added")};
        QTest::newRow("forgotten function")
            << kLeaky << QStringLiteral("b1000004") << 3 << QStringList()
            << QStringLiteral("b1000004") << QStringLiteral("revision")
            << QStringLiteral("downgrade")
            << QStringList{QStringLiteral("function public.item_total() added")} << QString()
            << QStringList{QStringLiteral("    function public.item_total() added")};
        QTest::newRow("an upgrade statement fails: its file, line and statement")
            << kBrokenUpgrade << QString() << 3 << QStringList() << QStringLiteral("x1")
            << QStringLiteral("revision") << QStringLiteral("upgrade") << QStringList()
            << QStringLiteral("CREATE INDEX t_b_idx ON t (b)")
            << QStringList{QStringLiteral("FAIL x1 upgrade ("),
                           QStringLiteral("x1.sql:6: upgrade of revision x1 failed: column \"b\" "
                                          "does not exist"),
                           QStringLiteral("  statement: CREATE INDEX t_b_idx ON t (b)")};
        QTest::newRow("a later revision breaks an earlier downgrade: the whole-range pass")
            << kBreaks << QString() << 3
            << QStringList{QStringLiteral("c1000001"), QStringLiteral("c1000002"),
                           QStringLiteral("c1000003")}
            << QStringLiteral("c1000002") << QStringLiteral("whole_range")
            << QStringLiteral("downgrade") << QStringList()
            << QStringLiteral("ALTER TABLE notes ALTER COLUMN body SET NOT NULL")
            << QStringList{QStringLiteral("ok c1000003 ("),
                           QStringLiteral("FAIL whole range: downgrade of c1000002"),
                           QStringLiteral("  statement: ALTER TABLE notes ALTER COLUMN body SET "
                                          "NOT NULL"),
                           QStringLiteral("verify: FAILED at c1000002 (downgrade, whole range)")};
        QTest::newRow("Alembic .py revisions through the bridge (a branch and its merge)")
            << kAlembic << QString() << 0
            << QStringList{QStringLiteral("a1000001"), QStringLiteral("b2000001"),
                           QStringLiteral("a1000002"), QStringLiteral("c3000001"),
                           QStringLiteral("d4000001"), QStringLiteral("e5000001")}
            << QString() << QString() << QString() << QStringList() << QString()
            << QStringList{QStringLiteral("ok c3000001 ("),
                           QStringLiteral("ok whole range: down and up again (")};
        QTest::newRow("Alembic .py downgrade that forgets its index")
            << kAlembicLeaky << QStringLiteral("e5000001:f6000004") << 3
            << QStringList{QStringLiteral("e5000001")} << QStringLiteral("f6000004")
            << QStringLiteral("revision") << QStringLiteral("downgrade")
            << QStringList{QStringLiteral("index public.items_qty_idx added")} << QString()
            << QStringList{QStringLiteral("FAIL f6000004 downgrade (")};
    }

    void rangeOnScratch() {
        QFETCH(QString, project);
        QFETCH(QString, range);
        QFETCH(int, exitCode);
        QFETCH(QStringList, passed);
        QFETCH(QString, revision);
        QFETCH(QString, pass);
        QFETCH(QString, direction);
        QFETCH(QStringList, leftovers);
        QFETCH(QString, statement);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        makeProject(project, dir.path());
        const QStringList rangeArg = range.isEmpty() ? QStringList() : QStringList{range};

        const CliRun text =
            runCli(in(dir.path(), QStringList{QStringLiteral("--scratch")} + rangeArg), {}, 180000);
        QVERIFY2(text.exitCode == exitCode, qPrintable(text.out + text.err));
        for (const QString& line : lines)
            QVERIFY2(text.out.contains(line), qPrintable(line + QStringLiteral("\n") + text.out));

        const CliRun json =
            runCli(in(dir.path(), rangeArg + QStringList{QStringLiteral("--json")}), {}, 180000);
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject o = jsonOf(json);
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), exitCode == 0);
        QStringList ok;
        for (const QJsonValue& v : o.value(QLatin1String("revisions")).toArray())
            if (v.toObject().value(QLatin1String("ok")).toBool())
                ok << v.toObject().value(QLatin1String("revision")).toString();
        QCOMPARE(ok, passed);
        const QJsonObject failure = o.value(QLatin1String("failure")).toObject();
        QCOMPARE(failure.value(QLatin1String("revision")).toString(), revision);
        QCOMPARE(failure.value(QLatin1String("pass")).toString(), pass);
        QCOMPARE(failure.value(QLatin1String("direction")).toString(), direction);
        QStringList left;
        for (const QJsonValue& v : failure.value(QLatin1String("leftovers")).toArray())
            left << v.toString();
        QCOMPARE(left, leftovers);
        QVERIFY2(failure.value(QLatin1String("statement")).toString().startsWith(statement),
                 qPrintable(failure.value(QLatin1String("statement")).toString()));
        QCOMPARE(
            o.value(QLatin1String("whole_range")).toObject().value(QLatin1String("ok")).toBool(),
            exitCode == 0);
        // Nothing left behind.
        QCOMPARE(scratchDatabases(), 0);
    }

    // --url and --env: the databases verify accepts, refuses, and leaves empty.
    void targets_data() {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("how");  // url, env, env_protected, env_shadow, url_unreachable
        QTest::addColumn<bool>("prefill"); // a user table in the database beforehand
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // in stderr (exit 1)

        QTest::newRow("--url: an empty database, emptied back")
            << kSample << "url" << false << 0 << QString();
        QTest::newRow("--url: a failing range still leaves it empty")
            << kLeaky << "url" << false << 3 << QString();
        QTest::newRow("--url: a database with a table is refused")
            << kSample << "url" << true << 1
            << QStringLiteral("is not empty (1 table(s) or view(s): public.keep)");
        QTest::newRow("--url: a server that does not answer, password redacted")
            << kSample << "url_unreachable" << false << 1
            << QStringLiteral("postgresql://postgres:***@127.0.0.1:1/");
        QTest::newRow("--env: an empty unprotected environment, left empty")
            << kSample << "env" << false << 0 << QString();
        QTest::newRow("--env: a non-empty environment is refused")
            << kSample << "env" << true << 1 << QStringLiteral("environment 'dev' is not empty");
        QTest::newRow("--env: a protected environment is refused")
            << kSample << "env_protected" << false << 1
            << QStringLiteral("environment 'dev' is protected");
        QTest::newRow("--env with shadow_url: a scratch database there, the environment untouched")
            << kSample << "env_shadow" << true << 0 << QString();
    }

    void targets() {
        QFETCH(QString, project);
        QFETCH(QString, how);
        QFETCH(bool, prefill);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        SandboxDatabase db(QStringLiteral("tst_cli_verify"));
        if (prefill) {
            auto conn = db.connect();
            QVERIFY(conn);
            QVERIFY((*conn)->exec(QStringLiteral("CREATE TABLE keep (id int)")));
        }
        const int before = objectsIn(db);
        QString environments;
        QStringList args;
        if (how == QLatin1String("url")) {
            args = {QStringLiteral("--url"), db.url()};
        } else if (how == QLatin1String("url_unreachable")) {
            args = {QStringLiteral("--url"),
                    QStringLiteral("postgresql://postgres:hunter2@127.0.0.1:1/") + db.name()};
        } else {
            environments = QStringLiteral("[environments.dev]\nurl = \"%1\"\n%2")
                               .arg(db.url(), how == QLatin1String("env_protected")
                                                  ? QStringLiteral("protected = true\n")
                                                  : QString());
            args = {QStringLiteral("--env"), QStringLiteral("dev")};
        }
        QTemporaryDir dir;
        makeProject(project, dir.path(), environments);
        if (how == QLatin1String("env_shadow")) {
            const QString toml = test::readFile(dir.path() + QStringLiteral("/strata.toml"));
            test::writeFile(dir.path(), QStringLiteral("strata.toml"),
                            QString(toml).replace(QStringLiteral("[project]\n"),
                                                  QStringLiteral("[project]\nshadow_url = \"%1\"\n")
                                                      .arg(*test::testSandbox().url())));
        }
        const CliRun run = runCli(in(dir.path(), args), {}, 120000);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        if (!message.isEmpty()) {
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        }
        QVERIFY(!run.err.contains(QLatin1String("hunter2")));
        QVERIFY(!run.out.contains(QLatin1String("hunter2")));
        // The database is as it was (empty, or with its own table), no scratch database left.
        QCOMPARE(objectsIn(db), before);
        QCOMPARE(scratchDatabases(), 0);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("two targets")
            << QStringList{QStringLiteral("--scratch"), QStringLiteral("--url"),
                           QStringLiteral("postgresql:///x")}
            << 2 << QStringLiteral("choose one of --scratch");
        QTest::newRow("two ranges") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 2
                                    << QStringLiteral("at most one RANGE");
        QTest::newRow("unknown revision")
            << QStringList{QStringLiteral("zz_nope")} << 1 << QStringLiteral("zz_nope");
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        makeProject(kSample, dir.path());
        const CliRun run = runCli(in(dir.path(), args));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(scratchDatabases(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
