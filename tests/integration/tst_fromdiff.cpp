// strata revision --from-diff against the sandbox: what was changed by hand in an environment
// comes out as a revision on the heads whose upgrade, applied to a database at the expected
// schema, leaves no drift against the changed one, and whose downgrade brings that database
// back to the expected schema. A destructive change comes out commented, with the warning;
// nothing to capture writes nothing; errors name the environment and write nothing.
#include "DriftFixtures.h"
#include "HandChanges.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "drift/DriftSql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::execOn;
using strata::test::HandChange;
using strata::test::readFile;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeTwoEnvironmentProject;

Q_DECLARE_METATYPE(HandChange)

namespace {

const QString kHead = QStringLiteral("0004_add_documents_path_index");

CliRun cli(const QString& dir, QStringList args) {
    return runCli(QStringList{QStringLiteral("--project"), dir} + args, {}, 180000);
}

QStringList revisionFiles(const QString& dir) {
    return QDir(dir + QStringLiteral("/versions")).entryList(QDir::Files, QDir::Name);
}

// The number of differences `strata diff --json` reports, -1 when it fails.
int differences(const QString& dir, const QString& env, const QString& against) {
    const CliRun run = cli(dir, {QStringLiteral("diff"), QStringLiteral("--env"), env,
                                 QStringLiteral("--against"), against, QStringLiteral("--json")});
    if (run.exitCode != 0 && run.exitCode != 3)
        return -1;
    return int(QJsonDocument::fromJson(run.out.toUtf8())
                   .object()
                   .value(QLatin1String("differences"))
                   .toArray()
                   .size());
}

} // namespace

class TestFromDiff : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    // a is changed by hand and captured against its expected schema; b (at the expected
    // schema) takes the new revision: no drift against a, and its downgrade brings b back.
    void captureAppliesAndReverts_data() {
        QTest::addColumn<HandChange>("change");
        for (const HandChange& c : strata::test::handChanges())
            QTest::newRow(qPrintable(c.name)) << c;
    }
    void captureAppliesAndReverts() {
        QFETCH(HandChange, change);
        SandboxDatabase a(QStringLiteral("tst_fromdiff_a"));
        SandboxDatabase b(QStringLiteral("tst_fromdiff_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        for (const char* env : {"a", "b"})
            QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                      QStringLiteral("--env"), QLatin1String(env)})
                         .exitCode,
                     0);
        const QString error = execOn(a, change.sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const CliRun capture =
            cli(dir.path(),
                {QStringLiteral("revision"), QStringLiteral("--from-diff"), QStringLiteral("--env"),
                 QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("captured by hand"),
                 QStringLiteral("--rev-id"), QStringLiteral("h1")});
        QVERIFY2(capture.exitCode == 0, qPrintable(capture.out + capture.err));
        const QString path = dir.path() + QStringLiteral("/versions/h1.sql");
        const QString file = readFile(path);
        QVERIFY2(file.contains(QLatin1String("-- Revises: ") + kHead), qPrintable(file));
        QVERIFY2(file.contains(QLatin1String("-- Message: captured by hand")), qPrintable(file));
        const qsizetype down = file.indexOf(QLatin1String("-- migrate:downgrade"));
        QVERIFY(down > 0);
        const QString upgrade = file.left(down);
        QCOMPARE(DriftSql::destructiveCount(upgrade) > 0, change.destructive);
        QCOMPARE(capture.err.contains(QLatin1String("destructive")), change.destructive);
        if (change.destructive) {
            // Commented, behind the warning, in the upgrade; its reverse commented with it.
            QVERIFY2(upgrade.contains(QLatin1String(
                         "-- ALTER TABLE public.documents DROP COLUMN ingest_version;")),
                     qPrintable(file));
            QVERIFY2(file.mid(down).contains(QLatin1String("-- DESTRUCTIVE:")), qPrintable(file));
        }

        // b, at the expected schema, takes the captured revision.
        const CliRun up = cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                           QStringLiteral("--env"), QStringLiteral("b")});
        QVERIFY2(up.exitCode == 0, qPrintable(file + up.out + up.err));
        QCOMPARE(differences(dir.path(), QStringLiteral("b"), QStringLiteral("a")),
                 change.leftAfterUpgrade);
        // Its downgrade brings b back to the schema of the revisions before it.
        const CliRun back = cli(dir.path(), {QStringLiteral("downgrade"), kHead,
                                             QStringLiteral("--env"), QStringLiteral("b")});
        QVERIFY2(back.exitCode == 0, qPrintable(file + back.out + back.err));
        QCOMPARE(differences(dir.path(), QStringLiteral("b"), QStringLiteral("expected")), 0);
        // Upgrading again works too (the downgrade left nothing the upgrade would trip on).
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                  QStringLiteral("--env"), QStringLiteral("b")})
                     .exitCode,
                 0);
    }

    // In an Alembic project the revision is a .py file written by the project's Alembic (SQL
    // as op.execute calls): a second database takes it, matches the changed one, and its
    // downgrade brings it back to the expected schema.
    void alembicProjectWritesPython() {
        SandboxDatabase e(QStringLiteral("tst_fromdiff_alembic_e"));
        SandboxDatabase f(QStringLiteral("tst_fromdiff_alembic_f"));
        QTemporaryDir dir;
        strata::test::copyAlembicProject(dir.path(), e.url());
        QFile toml(dir.path() + QStringLiteral("/strata.toml"));
        QVERIFY(toml.open(QIODevice::Append));
        toml.write(QStringLiteral("\n[environments.f]\nurl = \"%1\"\n").arg(f.url()).toUtf8());
        toml.close();
        for (const char* env : {"e", "f"}) {
            const CliRun up = cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                               QStringLiteral("--env"), QLatin1String(env)});
            QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        }
        const QString error = execOn(
            e, QStringLiteral("CREATE TABLE notes (id bigserial PRIMARY KEY, item_id int "
                              "REFERENCES items (id));\nCREATE INDEX idx_notes_item ON notes "
                              "(item_id);\n"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun capture =
            cli(dir.path(),
                {QStringLiteral("revision"), QStringLiteral("--from-diff"), QStringLiteral("--env"),
                 QStringLiteral("e"), QStringLiteral("-m"), QStringLiteral("notes by hand"),
                 QStringLiteral("--rev-id"), QStringLiteral("f6000001"), QStringLiteral("--json")});
        QVERIFY2(capture.exitCode == 0, qPrintable(capture.out + capture.err));
        const QString path = QJsonDocument::fromJson(capture.out.toUtf8())
                                 .object()
                                 .value(QLatin1String("path"))
                                 .toString();
        QVERIFY2(path.endsWith(QLatin1String(".py")), qPrintable(path));
        const QString py = readFile(path);
        QVERIFY2(py.contains(QLatin1String("op.execute(")), qPrintable(py));
        QVERIFY2(py.contains(QLatin1String("CREATE INDEX idx_notes_item ON public.notes")),
                 qPrintable(py));
        const CliRun up = cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                           QStringLiteral("--env"), QStringLiteral("f")});
        QVERIFY2(up.exitCode == 0, qPrintable(py + up.out + up.err));
        QCOMPARE(differences(dir.path(), QStringLiteral("f"), QStringLiteral("e")), 0);
        const CliRun back =
            cli(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("e5000001"),
                             QStringLiteral("--env"), QStringLiteral("f")});
        QVERIFY2(back.exitCode == 0, qPrintable(py + back.out + back.err));
        QCOMPARE(differences(dir.path(), QStringLiteral("f"), QStringLiteral("expected")), 0);
    }

    // Against another environment: the upgrade brings it to --env.
    void againstAnotherEnvironment() {
        SandboxDatabase a(QStringLiteral("tst_fromdiff_env_a"));
        SandboxDatabase b(QStringLiteral("tst_fromdiff_env_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        for (const char* env : {"a", "b"})
            QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                      QStringLiteral("--env"), QLatin1String(env)})
                         .exitCode,
                     0);
        const QString error =
            execOn(a, QStringLiteral("CREATE INDEX idx_documents_title ON documents (title);"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun capture =
            cli(dir.path(),
                {QStringLiteral("revision"), QStringLiteral("--from-diff"), QStringLiteral("--env"),
                 QStringLiteral("a"), QStringLiteral("--against"), QStringLiteral("b"),
                 QStringLiteral("-m"), QStringLiteral("title index"), QStringLiteral("--rev-id"),
                 QStringLiteral("h2"), QStringLiteral("--json")});
        QVERIFY2(capture.exitCode == 0, qPrintable(capture.out + capture.err));
        const QJsonObject o = QJsonDocument::fromJson(capture.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("revision")).toString(), QStringLiteral("h2"));
        QCOMPARE(o.value(QLatin1String("differences")).toInt(), 1);
        QVERIFY(
            readFile(o.value(QLatin1String("path")).toString())
                .contains(QLatin1String("CREATE INDEX idx_documents_title ON public.documents")));
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                  QStringLiteral("--env"), QStringLiteral("b")})
                     .exitCode,
                 0);
        QCOMPARE(differences(dir.path(), QStringLiteral("b"), QStringLiteral("a")), 0);
    }

    // Nothing to capture: one line, exit 0, nothing written.
    void nothingToCapture() {
        SandboxDatabase a(QStringLiteral("tst_fromdiff_same"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), a.url());
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                  QStringLiteral("--env"), QStringLiteral("a")})
                     .exitCode,
                 0);
        const QStringList before = revisionFiles(dir.path());
        const CliRun run =
            cli(dir.path(),
                {QStringLiteral("revision"), QStringLiteral("--from-diff"), QStringLiteral("--env"),
                 QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("nothing")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(run.out.contains(QLatin1String("nothing to capture")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("environment 'a'")));
        QCOMPARE(revisionFiles(dir.path()), before);
    }

    // Errors: one line naming the environment, a non-zero exit, nothing written.
    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unreachable") << QStringList{"--env", "b"} << "environment 'b'";
        QTest::newRow("unknown against")
            << QStringList{"--env", "a", "--against", "zz"} << "environment 'a'";
        QTest::newRow("against unreachable")
            << QStringList{"--env", "a", "--against", "b"} << "environment 'b'";
        QTest::newRow("behind the heads")
            << QStringList{"--env", "a", "--behind"} << "not at the heads";
        QTest::newRow("revision id taken")
            << QStringList{"--env", "a", "--rev-id", "0001_init_schema"} << "environment 'a'";
        QTest::newRow("with --head") << QStringList{"--env", "a", "--head", "base"} << "--head";
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        SandboxDatabase a(QStringLiteral("tst_fromdiff_err"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(),
                                   QStringLiteral("postgresql://nobody:s3cret@127.0.0.1:1/none"));
        const bool behind = args.removeAll(QStringLiteral("--behind")) > 0;
        QCOMPARE(cli(dir.path(), {QStringLiteral("upgrade"),
                                  behind ? QStringLiteral("0002") : QStringLiteral("heads"),
                                  QStringLiteral("--env"), QStringLiteral("a")})
                     .exitCode,
                 0);
        QVERIFY(execOn(a, QStringLiteral("CREATE TABLE by_hand (id int);")).isEmpty());
        const QStringList before = revisionFiles(dir.path());
        const CliRun run =
            cli(dir.path(), QStringList{QStringLiteral("revision"), QStringLiteral("--from-diff"),
                                        QStringLiteral("-m"), QStringLiteral("x")} +
                                args);
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QVERIFY2(behind ? run.err.contains(QLatin1String("environment 'a'")) : true,
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("s3cret")));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(revisionFiles(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestFromDiff)
#include "tst_fromdiff.moc"
