// strata diff against the sandbox: environments built by the sample migrations compare equal;
// an index made by hand shows exactly that index against the expected schema; the --sql
// script brings one environment to the other; the two environments read at once give what
// reading them one after the other gives, and an error names the side that failed.
#include "DriftFixtures.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "Project.h"
#include "db/Connection.h"
#include "drift/DriftCheck.h"
#include "schema/SchemaDiff.h"

#include <QDir>
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
using strata::test::writeTwoEnvironmentProject;

namespace {

CliRun cli(const QString& dir, QStringList args) {
    return runCli(QStringList{QStringLiteral("--project"), dir} + args, {}, 180000);
}

void exec(const SandboxDatabase& db, const QString& sql) {
    auto conn = db.connect();
    QVERIFY2(conn, strata::test::describe(conn).constData());
    auto r = (*conn)->exec(sql);
    QVERIFY2(r, strata::test::describe(r).constData());
}

} // namespace

class TestDiff : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        // The expected schema is built on the test sandbox and cached in a folder of our own.
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    void sameRevisionsCompareEqual() {
        SandboxDatabase a(QStringLiteral("tst_diff_a"));
        SandboxDatabase b(QStringLiteral("tst_diff_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        for (const char* env : {"a", "b"}) {
            const CliRun up = cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                               QStringLiteral("--env"), QLatin1String(env)});
            QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        }
        const CliRun diff =
            cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"), QStringLiteral("a"),
                             QStringLiteral("--against"), QStringLiteral("b")});
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
        QVERIFY(diff.out.contains(QLatin1String("in sync")));
        const CliRun expected =
            cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"), QStringLiteral("a"),
                             QStringLiteral("--against"), QStringLiteral("expected")});
        QVERIFY2(expected.exitCode == 0, qPrintable(expected.out + expected.err));
    }

    void handMadeIndexAgainstExpected() {
        SandboxDatabase prod(QStringLiteral("tst_diff_prod"));
        SandboxDatabase other(QStringLiteral("tst_diff_other"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), prod.url(), other.url());
        const CliRun up = cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("0001"),
                                           QStringLiteral("--env"), QStringLiteral("a")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        exec(prod, QStringLiteral("CREATE INDEX idx_documents_title ON documents (title)"));
        for (int pass = 0; pass < 2; ++pass) { // the second pass comes from the cache
            const CliRun diff =
                cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"),
                                 QStringLiteral("a"), QStringLiteral("--against"),
                                 QStringLiteral("expected"), QStringLiteral("--json")});
            QCOMPARE(diff.exitCode, 3);
            const QJsonObject o = QJsonDocument::fromJson(diff.out.toUtf8()).object();
            const QJsonArray differences = o.value(QLatin1String("differences")).toArray();
            QCOMPARE(differences.size(), 1);
            const QJsonObject d = differences.at(0).toObject();
            QCOMPARE(d.value(QLatin1String("kind")).toString(), QStringLiteral("index"));
            QCOMPARE(d.value(QLatin1String("name")).toString(),
                     QStringLiteral("public.idx_documents_title"));
            QCOMPARE(d.value(QLatin1String("change")).toString(), QStringLiteral("removed"));
        }
        QCOMPARE(QDir(m_cache.path() + QStringLiteral("/strata/expected"))
                         .entryList({QStringLiteral("*.json")})
                         .size() > 0,
                 true);
    }

    void sqlBringsAToB_data() {
        QTest::addColumn<QString>("targetA");
        QTest::addColumn<QString>("targetB");
        QTest::newRow("behind to ahead") << "0001"
                                         << "heads";
        QTest::newRow("ahead to behind") << "heads"
                                         << "0002";
        QTest::newRow("middle to ahead") << "0002"
                                         << "heads";
    }
    void sqlBringsAToB() {
        QFETCH(QString, targetA);
        QFETCH(QString, targetB);
        SandboxDatabase a(QStringLiteral("tst_diff_sql_a"));
        SandboxDatabase b(QStringLiteral("tst_diff_sql_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), targetA, QStringLiteral("--env"),
                                  QStringLiteral("a")})
                     .exitCode,
                 0);
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), targetB, QStringLiteral("--env"),
                                  QStringLiteral("b")})
                     .exitCode,
                 0);
        const CliRun sql = cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"),
                                            QStringLiteral("a"), QStringLiteral("--against"),
                                            QStringLiteral("b"), QStringLiteral("--sql")});
        QCOMPARE(sql.exitCode, 3);
        // Destructive statements are commented: uncomment them as a reviewing DBA would.
        QString script = sql.out;
        script.replace(QStringLiteral("\n-- ALTER TABLE"), QStringLiteral("\nALTER TABLE"));
        script.replace(QStringLiteral("\n-- DROP TABLE"), QStringLiteral("\nDROP TABLE"));
        exec(a, script);
        const CliRun after =
            cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"), QStringLiteral("a"),
                             QStringLiteral("--against"), QStringLiteral("b")});
        QVERIFY2(after.exitCode == 0, qPrintable(script + after.out + after.err));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("no against") << QStringList{"diff", "--env", "a"} << 2 << "--against";
        QTest::newRow("unknown env")
            << QStringList{"diff", "--env", "a", "--against", "zz"} << 2 << "zz";
        QTest::newRow("unreachable")
            << QStringList{"diff", "--env", "b", "--against", "a"} << 1 << "environment 'b'";
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        SandboxDatabase a(QStringLiteral("tst_diff_bad"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(),
                                   QStringLiteral("postgresql://nobody:s3cret@127.0.0.1:1/none"));
        const CliRun run = cli(dir.path(), args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("s3cret")));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    // DriftCheck::readEnvironments (two connections, two threads; what `strata diff --env A
    // --against B` uses) gives the same sides as two readEnvironment calls in a row, and the CLI
    // prints the differences of the sequential reads. A cancelled read stops both sides.
    void concurrentReadMatchesSequential() {
        SandboxDatabase a(QStringLiteral("tst_diff_conc_a"));
        SandboxDatabase b(QStringLiteral("tst_diff_conc_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("0001"),
                                  QStringLiteral("--env"), QStringLiteral("a")})
                     .exitCode,
                 0);
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                  QStringLiteral("--env"), QStringLiteral("b")})
                     .exitCode,
                 0);
        exec(a, QStringLiteral("CREATE INDEX idx_conc_title ON documents (title)"));

        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, strata::test::describe(project).constData());
        const SnapshotOptions options = DriftCheck::optionsFor(*project);
        const Environment* envA = *project->config().requireEnvironment(QStringLiteral("a"));
        const Environment* envB = *project->config().requireEnvironment(QStringLiteral("b"));
        const Result<DriftSide> seqA = DriftCheck::readEnvironment(*project, *envA, options);
        QVERIFY2(seqA, strata::test::describe(seqA).constData());
        const Result<DriftSide> seqB = DriftCheck::readEnvironment(*project, *envB, options);
        QVERIFY2(seqB, strata::test::describe(seqB).constData());
        const SchemaDiff sequential = SchemaDiff::compare(seqA->snapshot, seqB->snapshot);
        QVERIFY(sequential.size() > 1);
        // readEnvironment reads half of the catalogs on a helper connection, in the snapshot of
        // the main one: the same snapshot as every query on one connection.
        for (const SandboxDatabase* db : {&a, &b}) {
            auto conn = db->connect();
            QVERIFY2(conn, strata::test::describe(conn).constData());
            const Result<SchemaSnapshot> one = SnapshotReader::read(**conn, options);
            QVERIFY2(one, strata::test::describe(one).constData());
            QVERIFY(one->count(ObjectKind::Index) > 0 && one->count(ObjectKind::Column) > 0);
            QVERIFY(*one == (db == &a ? seqA->snapshot : seqB->snapshot));
        }

        const auto both = DriftCheck::readEnvironments(*project, *envA, *envB, options);
        QVERIFY2(both, strata::test::describe(both).constData());
        QCOMPARE(both->first.label, QStringLiteral("a"));
        QCOMPARE(both->second.label, QStringLiteral("b"));
        QCOMPARE(both->first.heads, seqA->heads);
        QCOMPARE(both->second.heads, seqB->heads);
        QVERIFY(both->first.heads != both->second.heads);
        QVERIFY(both->first.snapshot == seqA->snapshot);
        QVERIFY(both->second.snapshot == seqB->snapshot);

        QStringList expected;
        for (const SchemaDifference& d : sequential.differences())
            expected << objectKindName(d.kind) + QLatin1Char(' ') + d.name + QLatin1Char(' ') +
                            changeName(d.change);
        const CliRun diff = cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"),
                                             QStringLiteral("a"), QStringLiteral("--against"),
                                             QStringLiteral("b"), QStringLiteral("--json")});
        QCOMPARE(diff.exitCode, 3);
        QStringList printed;
        const QJsonObject o = QJsonDocument::fromJson(diff.out.toUtf8()).object();
        for (const QJsonValue& value : o.value(QLatin1String("differences")).toArray()) {
            const QJsonObject d = value.toObject();
            printed << d.value(QLatin1String("kind")).toString() + QLatin1Char(' ') +
                           d.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                           d.value(QLatin1String("change")).toString();
        }
        QCOMPARE(printed, expected);
        QVERIFY(printed.contains(QStringLiteral("index public.idx_conc_title removed")));

        const std::shared_ptr<Cancellation> cancelled = Cancellation::create();
        cancelled->cancel();
        const auto none = DriftCheck::readEnvironments(*project, *envA, *envB, options, cancelled);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::Cancelled);
    }

    // When one side of a concurrent read fails, the error is that side's (naming its
    // environment, never the other's and never "cancelled", though the other side is cancelled
    // when it fails), in core and in the CLI.
    void concurrentReadNamesFailingSide_data() {
        QTest::addColumn<QString>("failing");
        QTest::addColumn<QString>("other");
        QTest::newRow("a unreachable") << "a"
                                       << "b";
        QTest::newRow("b unreachable") << "b"
                                       << "a";
    }
    void concurrentReadNamesFailingSide() {
        QFETCH(QString, failing);
        QFETCH(QString, other);
        SandboxDatabase db(QStringLiteral("tst_diff_conc_err"));
        const QString unreachable = QStringLiteral("postgresql://nobody:s3cret@127.0.0.1:1/none");
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(),
                                   failing == QLatin1String("a") ? unreachable : db.url(),
                                   failing == QLatin1String("b") ? unreachable : db.url());
        const QString named = QStringLiteral("environment '%1'").arg(failing);
        const QString otherNamed = QStringLiteral("environment '%1'").arg(other);

        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, strata::test::describe(project).constData());
        const auto both = DriftCheck::readEnvironments(
            *project, **project->config().requireEnvironment(QStringLiteral("a")),
            **project->config().requireEnvironment(QStringLiteral("b")),
            DriftCheck::optionsFor(*project));
        QVERIFY(!both);
        QVERIFY(both.error().code != ErrorCode::Cancelled);
        QVERIFY2(both.error().message.contains(named), qPrintable(both.error().message));
        QVERIFY2(!both.error().message.contains(otherNamed), qPrintable(both.error().message));
        QVERIFY(!both.error().toString().contains(QLatin1String("s3cret")));

        const CliRun run =
            cli(dir.path(), {QStringLiteral("diff"), QStringLiteral("--env"), QStringLiteral("a"),
                             QStringLiteral("--against"), QStringLiteral("b")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(!run.err.contains(otherNamed), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
