// Alembic offline mode through the bridge (issue 12, items 4 and 7): `--sql` of `.py` steps is
// Alembic's own rendering (applied with psql it leaves what `alembic upgrade --sql` leaves),
// a step that needs a live connection fails `--sql` in one line and shows its Python source in a
// dry run, `-x` / `--tag` reach env.py online and offline, many steps render in one bridge, and
// `strata import alembic` writes `.sql` revisions that upgrade like the original project.
// Debian's /usr/bin/python3 with python3-alembic 1.8.1, SQLAlchemy 1.4 and psycopg2.
#include "AlembicCli.h"
#include "DriftFixtures.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "alembic/AlembicOfflineRenderer.h"
#include "revision/RevisionFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::readFile;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

const QString kFixture = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

// The fixture (plus the named extra revisions) in `dir`, with a strata.toml whose `dev`
// environment is `url` and whose interpreter is Debian's.
void makeProject(const QString& dir, const QString& url, const QStringList& extras = {}) {
    strata::test::copyAlembicProject(dir, url, extras, kPython, QStringLiteral("dev"));
}

CliRun run(const QString& program, const QStringList& args, const QString& cwd,
           const QMap<QString, QString>& vars = {}, const QByteArray& input = {}) {
    CliRun out;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cwd);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        out.err = QStringLiteral("timed out");
        return out;
    }
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    out.out = QString::fromUtf8(p.readAllStandardOutput());
    out.err = QString::fromUtf8(p.readAllStandardError());
    return out;
}

// `alembic ARGS` of the project in `dir`, on `db` (its DATABASE_URL wins over .env).
CliRun alembic(const QString& dir, const SandboxDatabase& db, const QStringList& args) {
    return run(kPython,
               QStringList{QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"),
                           dir + QStringLiteral("/alembic.ini")} +
                   args,
               dir, {{QStringLiteral("DATABASE_URL"), db.url()}});
}

// `strata --project DIR ARGS` (Strata's environment `dev` is its own database; DATABASE_URL is
// set to `databaseUrl` for env.py in offline mode, unset when empty).
CliRun strataCli(const QString& dir, const QStringList& args,
                 const QMap<QString, QString>& vars = {}) {
    return run(QStringLiteral(STRATA_CLI_PATH),
               QStringList{QStringLiteral("--project"), dir} + args, dir, vars);
}

// A script applied with psql, stopping at the first error.
CliRun psql(const SandboxDatabase& db, const QString& script) {
    return run(kPgBin + QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(db.port()),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), db.name(),
                QStringLiteral("-f"), QStringLiteral("-")},
               QDir::tempPath(), {}, script.toUtf8());
}

QString items(const SandboxDatabase& db) {
    return db.scalar(QStringLiteral("SELECT CASE WHEN to_regclass('items') IS NULL THEN "
                                    "'<none>' ELSE (SELECT string_agg(row_to_json(i)::text, ',' "
                                    "ORDER BY id) FROM items i) END"));
}

// `pg_dump --schema-only` of public without the tools' own tables and the noise lines.
QString schemaDump(const SandboxDatabase& db) {
    const CliRun dump = run(
        kPgBin + QStringLiteral("pg_dump"),
        {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
         QStringLiteral("--schema=public"), QStringLiteral("--exclude-table=strata_*"),
         QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
         QString::number(db.port()), QStringLiteral("-U"), QStringLiteral("postgres"), db.name()},
        QDir::tempPath());
    if (dump.exitCode != 0)
        return QStringLiteral("<pg_dump failed: %1>").arg(dump.err);
    QStringList kept;
    for (const QString& line : dump.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("SET ")) ||
            line.startsWith(QLatin1String("\\restrict")) ||
            line.startsWith(QLatin1String("\\unrestrict")) ||
            line.startsWith(QLatin1String("SELECT pg_catalog.set_config")) ||
            line.trimmed().isEmpty())
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

// A revision whose env.py arguments decide its SQL: it raises without `-x who=...`.
void writeArgumentsRevision(const QString& dir) {
    writeFile(dir, QStringLiteral("migrations/versions/x7000001_arguments.py"),
              QStringLiteral(
                  "\"\"\"record -x and --tag\n\nRevision ID: x7000001\nRevises: a1000001\n\"\"\"\n"
                  "from alembic import context, op\n\n"
                  "revision = \"x7000001\"\ndown_revision = \"a1000001\"\n"
                  "branch_labels = None\ndepends_on = None\n\n\n"
                  "def upgrade():\n"
                  "    x = context.get_x_argument(as_dictionary=True)\n"
                  "    if \"who\" not in x:\n"
                  "        raise RuntimeError(\"no -x who=... given\")\n"
                  "    op.execute(\"CREATE TABLE seen AS SELECT '%s'::text AS who, '%s'::text AS "
                  "tag\" % (x[\"who\"], context.get_tag_argument()))\n\n\n"
                  "def downgrade():\n"
                  "    op.drop_table(\"seen\")\n"));
}

// An interpreter that logs every bridge it starts (the interpreter check is not logged).
QString loggingPython(const QString& dir, const QString& log) {
    const QString path =
        writeFile(dir, QStringLiteral("python-logging"),
                  QStringLiteral("#!/bin/sh\ncase \"$1\" in *strata_alembic_bridge.py) echo "
                                 "bridge >> '%1';; esac\nexec %2 \"$@\"\n")
                      .arg(log, kPython));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
    return path;
}

} // namespace

class TestAlembicOffline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        const QString missing = strata::test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    // Strata's --sql applied with psql leaves the schema, data and version rows that
    // `alembic ... --sql` applied the same way leaves, for ranges whose .py steps need no
    // connection (from nothing, from the middle, down again).
    void sqlSameAsAlembic_data() {
        QTest::addColumn<QString>("before"); // `alembic upgrade` (online) to this first, or ""
        QTest::addColumn<QStringList>("args");
        QTest::newRow("upgrade from base to the merge")
            << QString() << QStringList{QStringLiteral("upgrade"), QStringLiteral("c3000001")};
        QTest::newRow("upgrade a range")
            << QStringLiteral("a1000001")
            << QStringList{QStringLiteral("upgrade"), QStringLiteral("a1000001:c3000001")};
        QTest::newRow("upgrade one branch")
            << QString() << QStringList{QStringLiteral("upgrade"), QStringLiteral("a1000002")};
        QTest::newRow("downgrade the merge and both branches")
            << QStringLiteral("c3000001")
            << QStringList{QStringLiteral("downgrade"), QStringLiteral("c3000001:a1000001")};
        QTest::newRow("downgrade to base")
            << QStringLiteral("a1000002")
            << QStringList{QStringLiteral("downgrade"), QStringLiteral("a1000002:base")};
    }
    void sqlSameAsAlembic() {
        QFETCH(QString, before);
        QFETCH(QStringList, args);
        SandboxDatabase s(QStringLiteral("offline_strata"));
        SandboxDatabase a(QStringLiteral("offline_alembic"));
        QTemporaryDir dir;
        makeProject(dir.path(), s.url());
        if (!before.isEmpty())
            for (const SandboxDatabase* db : {&s, &a}) {
                const CliRun up = alembic(dir.path(), *db, {QStringLiteral("upgrade"), before});
                QVERIFY2(up.exitCode == 0, qPrintable(up.err));
            }
        const CliRun mine = strataCli(dir.path(), QStringList(args) << QStringLiteral("--sql"));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        const CliRun theirs = alembic(dir.path(), a, QStringList(args) << QStringLiteral("--sql"));
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        // The .py steps are Alembic's own rendering, not a refusal.
        QVERIFY2(!mine.out.contains(QStringLiteral("Alembic Python revision")),
                 qPrintable(mine.out));
        const CliRun appliedMine = psql(s, mine.out);
        QVERIFY2(appliedMine.exitCode == 0, qPrintable(appliedMine.err + mine.out));
        const CliRun appliedTheirs = psql(a, theirs.out);
        QVERIFY2(appliedTheirs.exitCode == 0, qPrintable(appliedTheirs.err + theirs.out));
        QCOMPARE(s.versionRows(), a.versionRows());
        QCOMPARE(items(s), items(a));
        QCOMPARE(schemaDump(s), schemaDump(a));
    }

    // A mixed folder: .py steps (Alembic's rendering), SQL-form .py steps and a .sql revision
    // (Strata's own SQL) in plan order, one script that psql applies up and down again.
    void mixedFolderInPlanOrder() {
        SandboxDatabase db(QStringLiteral("offline_mixed"));
        QTemporaryDir dir;
        makeProject(dir.path(), db.url());
        writeFile(dir.path(), QStringLiteral("migrations/versions/s1000001_plain.sql"),
                  QStringLiteral("-- Revision ID: s1000001\n-- Revises: c3000001\n-- Message: "
                                 "plain\n\n-- migrate:upgrade\nCREATE TABLE plain (id int);\n\n"
                                 "-- migrate:downgrade\nDROP TABLE plain;\n"));
        const CliRun up =
            strataCli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("s1000001"),
                                   QStringLiteral("--sql")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        qsizetype at = -1;
        for (const char* marker :
             {"CREATE TABLE alembic_version", "CREATE TABLE items (",
              "-- Running upgrade "
              "a1000001 -> b2000001",
              "CREATE TABLE audit_log (",
              "ALTER TABLE items ADD COLUMN "
              "qty INTEGER;",
              "-- Running upgrade a1000002, b2000001 -> c3000001", "CREATE TABLE plain (id int);",
              "UPDATE alembic_version SET version_num='s1000001'"}) {
            const qsizetype next = up.out.indexOf(QLatin1String(marker));
            QVERIFY2(next > at, marker);
            at = next;
        }
        const CliRun applied = psql(db, up.out);
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QCOMPARE(db.versionRows(), QStringLiteral("s1000001"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM items WHERE qty = 1")),
                 QStringLiteral("3"));

        const CliRun down =
            strataCli(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("s1000001:a1000001"),
                                   QStringLiteral("--sql")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        const CliRun reverted = psql(db, down.out);
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.err + down.out));
        QCOMPARE(db.versionRows(), QStringLiteral("a1000001"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) "
                                          "FROM pg_tables WHERE schemaname = 'public'")),
                 QStringLiteral("alembic_version,items"));
    }

    // A step that needs a live connection (d4000001: get_bind) fails --sql in one line naming
    // the revision and its file:line; nothing that looks like a script is printed.
    void sqlRefusesNeedsConnection() {
        QTemporaryDir dir;
        makeProject(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        const CliRun r = strataCli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                                QStringLiteral("--sql")});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.out, QString());
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().contains(QStringLiteral("d4000001_loop_backfill.py:17: ")),
                 qPrintable(r.err));
        QVERIFY2(lines.constFirst().contains(QStringLiteral("revision d4000001 needs a live "
                                                            "connection")),
                 qPrintable(r.err));
    }

    // The dry run shows Alembic's SQL for .py steps, and the get_bind revision's Python source
    // under "SQL known only when run"; without an interpreter it still lists every step and
    // says, per .py step, why its SQL is unknown (naming the interpreter).
    void dryRun_data() {
        QTest::addColumn<QString>("python"); // $STRATA_PYTHON, or "" for the configured one
        QTest::newRow("Debian's Alembic") << QString();
        QTest::newRow("no interpreter") << QStringLiteral("/nonexistent/python3");
    }
    void dryRun() {
        QFETCH(QString, python);
        SandboxDatabase db(QStringLiteral("offline_dry"));
        QTemporaryDir dir;
        makeProject(dir.path(), db.url());
        QMap<QString, QString> vars;
        if (!python.isEmpty())
            vars.insert(QStringLiteral("STRATA_PYTHON"), python);
        const CliRun r =
            strataCli(dir.path(),
                      {QStringLiteral("upgrade"), QStringLiteral("heads"),
                       QStringLiteral("--dry-run"), QStringLiteral("--env"), QStringLiteral("dev")},
                      vars);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QRegularExpression(QStringLiteral("-- step \\d/6: "))), 6);
        // e5000001 is an SQL revision in Python form: Strata's own SQL either way.
        QVERIFY2(r.out.contains(QStringLiteral("CREATE INDEX CONCURRENTLY items_name_idx")),
                 qPrintable(r.out));
        if (python.isEmpty()) {
            QVERIFY2(r.out.contains(QStringLiteral("CREATE TABLE items (")), qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("ALTER TABLE items ADD COLUMN qty INTEGER;")),
                     qPrintable(r.out));
            QCOMPARE(r.out.count(QStringLiteral("SQL known only when run")), 1);
            QVERIFY2(r.out.contains(QStringLiteral("--     bind = op.get_bind()")),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("-- def upgrade():")), qPrintable(r.out));
            QVERIFY(!r.out.contains(QStringLiteral("SQL unknown")));
        } else {
            // a1000001, b2000001, a1000002, d4000001 are Python: each says why.
            QCOMPARE(r.out.count(QStringLiteral("-- SQL unknown: Python interpreter "
                                                "'/nonexistent/python3'")),
                     4);
        }
        QCOMPARE(db.versionRows(), QStringLiteral("<no table>")); // nothing executed
    }

    // -x and --tag reach env.py: online through the bridge, offline in the rendering; the
    // revision raises without them.
    void xAndTag() {
        SandboxDatabase db(QStringLiteral("offline_xtag"));
        QTemporaryDir dir;
        makeProject(dir.path(), db.url());
        writeArgumentsRevision(dir.path());
        const QStringList target{QStringLiteral("upgrade"), QStringLiteral("x7000001")};

        const CliRun offline = strataCli(
            dir.path(), QStringList(target) << QStringLiteral("--sql") << QStringLiteral("-x")
                                            << QStringLiteral("who=bob") << QStringLiteral("--tag")
                                            << QStringLiteral("t8"));
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QVERIFY2(
            offline.out.contains(QStringLiteral("CREATE TABLE seen AS SELECT 'bob'::text AS who, "
                                                "'t8'::text AS tag;")),
            qPrintable(offline.out));

        const CliRun missing = strataCli(dir.path(), QStringList(target) << QStringLiteral("--env")
                                                                         << QStringLiteral("dev"));
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("no -x who=... given")),
                 qPrintable(missing.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('seen') IS NULL")),
                 QStringLiteral("t"));

        const CliRun online = strataCli(
            dir.path(), QStringList(target) << QStringLiteral("--env") << QStringLiteral("dev")
                                            << QStringLiteral("-x") << QStringLiteral("who=alice")
                                            << QStringLiteral("-x") << QStringLiteral("other=1")
                                            << QStringLiteral("--tag") << QStringLiteral("t7"));
        QVERIFY2(online.exitCode == 0, qPrintable(online.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT who || '/' || tag FROM seen")),
                 QStringLiteral("alice/t7"));

        // And in `import alembic`'s rendering.
        const QString into = dir.filePath(QStringLiteral("imported"));
        const CliRun imported =
            strataCli(dir.path(),
                      {QStringLiteral("import"), QStringLiteral("alembic"),
                       QStringLiteral("--into"), into, QStringLiteral("-x"),
                       QStringLiteral("who=carol"), QStringLiteral("--tag"), QStringLiteral("t9")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(readFile(into + QStringLiteral("/versions/x7000001.sql"))
                     .contains(QStringLiteral("SELECT 'carol'::text AS who, 't9'::text AS tag;")),
                 qPrintable(readFile(into + QStringLiteral("/versions/x7000001.sql"))));
    }

    // Many steps render through one bridge process; the get_bind step says so instead of
    // failing the rest.
    void oneBridgeForManySteps() {
        QTemporaryDir dir;
        makeProject(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        const QString log = dir.filePath(QStringLiteral("bridges.log"));
        AlembicOfflineRenderer::Setup setup;
        setup.python = loggingPython(dir.path(), log);
        setup.configFile = dir.filePath(QStringLiteral("alembic.ini"));
        const QList<AlembicOfflineRenderer::Step> steps{
            {QStringLiteral("a1000001"), true, {}},
            {QStringLiteral("a1000002"), true, {QStringLiteral("a1000001")}},
            {QStringLiteral("b2000001"), true, {QStringLiteral("a1000002")}},
            {QStringLiteral("d4000001"), true, {QStringLiteral("c3000001")}},
            {QStringLiteral("a1000002"), false, {QStringLiteral("a1000002")}},
        };
        auto rendered = AlembicOfflineRenderer::render(setup, steps);
        QVERIFY2(rendered, strata::test::describe(rendered).constData());
        QCOMPARE(rendered->size(), 5);
        using Kind = AlembicOfflineRenderer::Rendering::Kind;
        QCOMPARE(rendered->at(0).kind, Kind::Sql);
        QVERIFY(rendered->at(0).sql.startsWith(QStringLiteral("CREATE TABLE items (")));
        QVERIFY(!rendered->at(0).sql.contains(QStringLiteral("alembic_version")));
        QCOMPARE(rendered->at(1).sql, QStringLiteral("ALTER TABLE items ADD COLUMN qty INTEGER;"
                                                     "\n\nUPDATE items SET qty = 1;\n\n"));
        QVERIFY(!rendered->at(1).transactional); // env.py: transactional_ddl=False
        QCOMPARE(rendered->at(3).kind, Kind::NeedsConnection);
        QVERIFY2(rendered->at(3).file.endsWith(QStringLiteral("d4000001_loop_backfill.py")),
                 qPrintable(rendered->at(3).file));
        QCOMPARE(rendered->at(3).line, 17);
        QVERIFY(rendered->at(3).reason.contains(QStringLiteral("op.get_bind()")));
        QCOMPARE(rendered->at(4).sql, QStringLiteral("ALTER TABLE items DROP COLUMN qty;\n\n"));
        QCOMPARE(readFile(log), QStringLiteral("bridge\n"));
    }

    // An env.py that raises, or a revision that does not import: one line naming the revision,
    // file:line and Python's message.
    void renderErrors_data() {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("envVar");
        QTest::addColumn<QString>("expected");
        QTest::newRow("revision does not import")
            << QStringLiteral("h9000001_broken.py") << QString()
            << QStringLiteral("No module named 'no_such_module_anywhere'");
        QTest::newRow("env.py raises") << QString() << QStringLiteral("STRATA_FIXTURE_ENV_RAISES")
                                       << QStringLiteral("env.py refuses");
    }
    void renderErrors() {
        QFETCH(QString, extra);
        QFETCH(QString, envVar);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        makeProject(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        if (!extra.isEmpty()) // a Python revision (f6000003 is SQL form: read without Python)
            writeFile(dir.path(), QStringLiteral("migrations/versions/") + extra,
                      QStringLiteral("\"\"\"does not import\n\nRevision ID: h9000001\n\"\"\"\n"
                                     "from alembic import op\nimport no_such_module_anywhere\n\n"
                                     "revision = \"h9000001\"\ndown_revision = \"e5000001\"\n"
                                     "branch_labels = None\ndepends_on = None\n\n\n"
                                     "def upgrade():\n    op.drop_table(\"items\")\n\n\n"
                                     "def downgrade():\n    pass\n"));
        QMap<QString, QString> vars;
        if (!envVar.isEmpty())
            vars.insert(envVar, QStringLiteral("1"));
        const QString target =
            extra.isEmpty() ? QStringLiteral("a1000001") : QStringLiteral("e5000001:h9000001");
        const CliRun r = strataCli(
            dir.path(), {QStringLiteral("upgrade"), target, QStringLiteral("--sql")}, vars);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cannot be rendered offline")), qPrintable(r.err));
    }

    // strata import alembic: .sql files with the same metadata, the get_bind revision (and one
    // whose downgrade needs a connection) kept .py and listed; the result passes `check` and
    // `strata upgrade heads` leaves what `alembic upgrade heads` of the original leaves.
    void importAlembic() {
        SandboxDatabase s(QStringLiteral("import_strata"));
        SandboxDatabase a(QStringLiteral("import_alembic"));
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        makeProject(project, s.url());
        writeFile(
            project, QStringLiteral("migrations/versions/g8000001_down_needs_bind.py"),
            QStringLiteral("\"\"\"notes, dropped through the connection\n\nmore text\n\"\"\"\n"
                           "from alembic import op\nimport sqlalchemy as sa\n\n"
                           "revision = \"g8000001\"\ndown_revision = \"e5000001\"\n"
                           "branch_labels = (\"notes\",)\ndepends_on = None\n\n\n"
                           "def upgrade():\n"
                           "    op.create_table(\"notes\", sa.Column(\"id\", sa.Integer, "
                           "primary_key=True))\n\n\n"
                           "def downgrade():\n"
                           "    op.get_bind().execute(sa.text(\"DROP TABLE notes\"))\n"));
        const QString into = dir.filePath(QStringLiteral("imported"));

        const CliRun dry =
            strataCli(project, {QStringLiteral("import"), QStringLiteral("alembic"),
                                QStringLiteral("--into"), into, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("would write ") + into +
                                 QStringLiteral("/versions/a1000001.sql")));
        QVERIFY(!QFileInfo::exists(into));

        const CliRun r = strataCli(project, {QStringLiteral("import"), QStringLiteral("alembic"),
                                             QStringLiteral("--into"), into});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList kept = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(kept.size(), 2);
        QVERIFY2(kept.at(0).startsWith(QStringLiteral("strata import: d4000001 stays .py "
                                                      "(upgrade() needs a live connection: ")),
                 qPrintable(r.err));
        QVERIFY2(kept.at(1).startsWith(QStringLiteral("strata import: g8000001 stays .py "
                                                      "(downgrade() needs a live connection: ")),
                 qPrintable(r.err));
        QVERIFY(QFileInfo::exists(into + QStringLiteral("/versions/d4000001_loop_backfill.py")));
        QVERIFY(QFileInfo::exists(into + QStringLiteral("/versions/g8000001_down_needs_bind.py")));
        QVERIFY(!QFileInfo::exists(into + QStringLiteral("/versions/d4000001.sql")));

        // Same ids, parents, labels, depends_on, message and create date as the .py files.
        struct Expected {
            const char* id;
            QStringList parents, labels, depends;
            const char* message;
            const char* date;
            bool transactional;
        };
        const QList<Expected> expected{
            {"a1000001", {}, {}, {}, "create items", "2026-01-01 10:00:00", true},
            {"a1000002",
             {"a1000001"},
             {},
             {},
             "add qty with a backfill",
             "2026-01-01 10:01:00",
             true},
            {"b2000001",
             {"a1000001"},
             {"audit"},
             {},
             "audit log on its own branch",
             "2026-01-01 10:02:00",
             true},
            {"c3000001",
             {"a1000002", "b2000001"},
             {},
             {},
             "merge qty and audit",
             "2026-01-01 10:03:00",
             true},
            {"e5000001",
             {"d4000001"},
             {},
             {"b2000001"},
             "index items.name concurrently",
             "2026-01-01 10:05:00",
             false},
        };
        for (const Expected& e : expected) {
            const QString file = into + QStringLiteral("/versions/%1.sql").arg(e.id);
            auto rev = RevisionFile::load(file);
            QVERIFY2(rev, strata::test::describe(rev).constData());
            QCOMPARE(rev->id, QString::fromLatin1(e.id));
            QCOMPARE(rev->parents, e.parents);
            QCOMPARE(rev->branchLabels, e.labels);
            QCOMPARE(rev->dependsOn, e.depends);
            QCOMPARE(rev->message, QString::fromLatin1(e.message));
            QCOMPARE(rev->createDate, QString::fromLatin1(e.date));
            QCOMPARE(rev->transactional, e.transactional);
            QVERIFY(rev->downgrade.present);
        }
        QVERIFY(readFile(into + QStringLiteral("/versions/a1000002.sql"))
                    .contains(QStringLiteral("-- migrate:downgrade\nALTER TABLE items DROP COLUMN "
                                             "qty;")));
        // The COMMIT idiom became Transactional: no without the COMMIT.
        QVERIFY(!readFile(into + QStringLiteral("/versions/e5000001.sql"))
                     .contains(QStringLiteral("COMMIT")));

        const CliRun check = strataCli(into, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        // Strata on the imported project vs Alembic on the original, twin databases.
        const CliRun up = strataCli(into,
                                    {QStringLiteral("upgrade"), QStringLiteral("heads"),
                                     QStringLiteral("--env"), QStringLiteral("dev")},
                                    {{QStringLiteral("DATABASE_URL"), s.url()}});
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        const CliRun theirs =
            alembic(project, a, {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QCOMPARE(s.versionRows(), a.versionRows());
        QCOMPARE(items(s), items(a));
        QCOMPARE(schemaDump(s), schemaDump(a));
    }

    // Nothing is written when any error occurs: a revision that does not import, or a folder
    // that is not empty.
    void importWritesNothingOnError() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        makeProject(project, QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                    {QStringLiteral("f6000003_broken.py")});
        const QString into = dir.filePath(QStringLiteral("imported"));
        const CliRun broken =
            strataCli(project, {QStringLiteral("import"), QStringLiteral("alembic"),
                                QStringLiteral("--into"), into});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(broken.err.contains(QStringLiteral("f6000003")), qPrintable(broken.err));
        QVERIFY2(broken.err.contains(QStringLiteral("no_such_module_anywhere")),
                 qPrintable(broken.err));
        QVERIFY(!QFileInfo::exists(into));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("project")});

        QFile::remove(project + QStringLiteral("/migrations/versions/f6000003_broken.py"));
        writeFile(into, QStringLiteral("keep.txt"), QStringLiteral("mine"));
        const CliRun full = strataCli(project, {QStringLiteral("import"), QStringLiteral("alembic"),
                                                QStringLiteral("--into"), into});
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains(QStringLiteral("not empty")), qPrintable(full.err));
        QCOMPARE(QDir(into).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("keep.txt")});
    }
};

QTEST_GUILESS_MAIN(TestAlembicOffline)
#include "tst_alembic_offline.moc"
