// Revisions whose metadata is not literal (`branch_labels = (cli.EXPAND_BRANCH,)`, a parent
// imported from the project's package) are read through the project's own Alembic
// (strata_alembic_graph.py), cached by file mtimes and sizes; literal projects start no Python;
// `strata check` reports `.py` revisions that cannot run here and warns for `.sql` revisions in
// an Alembic project; [alembic] url_env reaches env.py; ids longer than 32 characters are read
// and run where the version table is wide enough, refused before anything runs where it is not.
// Debian's /usr/bin/python3 with python3-alembic 1.8.1 is the project's interpreter.
#include "AlembicCli.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

const QString kNonLiteral = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_nonliteral");
const QString kLiteral = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_cli");
const QString kProject = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");

// An executable shell script `name` in `dir`.
QString script(const QString& dir, const QString& name, const QString& body) {
    const QString path = writeFile(dir, name, QStringLiteral("#!/bin/sh\n") + body);
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
    return path;
}

// A python3 that records every call in `log`, then runs Debian's.
QString recordingPython(const QString& dir, const QString& log) {
    return script(dir, QStringLiteral("python-recorder"),
                  QStringLiteral("echo \"$*\" >> '%1'\nexec /usr/bin/python3 \"$@\"\n").arg(log));
}

// How many times the graph helper ran under the recording interpreter.
int helperCalls(const QString& log) {
    return int(readFile(log).count(QStringLiteral("strata_alembic_graph.py")));
}

} // namespace

class TestAlembicGraph : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(debianAlembicMissing().isEmpty(), qPrintable(debianAlembicMissing()));
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        qputenv("PYTHONDONTWRITEBYTECODE", "1");
    }
    void init() { qputenv("STRATA_PYTHON", "/usr/bin/python3"); }
    void cleanup() { qunsetenv("STRATA_PYTHON"); }

    // Strata's heads/history/show/branches on the non-literal fixture print what Alembic does.
    void sameAsAlembic_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("heads") << QStringList{QStringLiteral("heads")};
        QTest::newRow("heads -v") << QStringList{QStringLiteral("heads"), QStringLiteral("-v")};
        QTest::newRow("history") << QStringList{QStringLiteral("history")};
        QTest::newRow("history --verbose")
            << QStringList{QStringLiteral("history"), QStringLiteral("--verbose")};
        QTest::newRow("show imported label")
            << QStringList{QStringLiteral("show"), QStringLiteral("bb000001")};
        QTest::newRow("show imported parent")
            << QStringList{QStringLiteral("show"), QStringLiteral("contract@head")};
        QTest::newRow("inherited label")
            << QStringList{QStringLiteral("show"), QStringLiteral("expand@head")};
        QTest::newRow("branches") << QStringList{QStringLiteral("branches")};
    }
    void sameAsAlembic() {
        QFETCH(QStringList, args);
        const CliRun run = runCli(QStringList(args) << QStringLiteral("--project") << kNonLiteral);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());
        if (args.first() != QLatin1String("heads")) {
            QCOMPARE(run.out, alembicMatching(kNonLiteral, args, run.out));
            return;
        }
        // `alembic heads` lists the heads in the order os.listdir() gave the files (the file
        // system's, not the names'); Strata's order is the graph's (by file name). The lines are
        // the same.
        const auto lines = [](const QString& text) {
            QStringList l = text.split(QLatin1Char('\n'));
            l.sort();
            return l;
        };
        QCOMPARE(lines(run.out), lines(alembicMatching(kNonLiteral, args, run.out)));
    }

    // The non-literal project runs too: `strata upgrade heads` and `alembic upgrade heads` on
    // twin databases leave the same version rows and tables.
    void upgradeMatchesAlembic() {
        SandboxDatabase mine(QStringLiteral("tst_graph_s")), theirs(QStringLiteral("tst_graph_a"));
        QTemporaryDir dir;
        copyTree(kNonLiteral, dir.path());
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\nalembic = \"alembic.ini\"\n\n[environments.dev]\n"
                                 "url = \"%1\"\n")
                      .arg(mine.url()));
        const CliRun run =
            runCli({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--project"),
                    dir.path(), QStringLiteral("--env"), QStringLiteral("dev")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        qputenv("DATABASE_URL", theirs.url().toUtf8());
        const CliRun alembic =
            runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        qunsetenv("DATABASE_URL");
        QVERIFY2(alembic.exitCode == 0, qPrintable(alembic.err));
        const QString state = QStringLiteral(
            "SELECT (SELECT string_agg(version_num, ',' ORDER BY version_num) FROM "
            "alembic_version) || ' | ' || (SELECT string_agg(table_name || '.' || column_name, "
            "',' ORDER BY table_name, column_name) FROM information_schema.columns WHERE "
            "table_schema = 'public' AND table_name IN ('accounts', 'audit'))");
        QCOMPARE(mine.scalar(state),
                 QStringLiteral("bb000002,cc000001 | accounts.email,accounts.id,audit.id"));
        QCOMPARE(theirs.scalar(state), mine.scalar(state));
    }

    // No Python starts when all metadata is literal; it does when some is not (the recorder
    // itself works).
    void pythonOnlyWhenNeeded_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("called");
        QTest::newRow("literal") << kLiteral << false;
        QTest::newRow("non-literal") << kNonLiteral << true;
    }
    void pythonOnlyWhenNeeded() {
        QFETCH(QString, fixture);
        QFETCH(bool, called);
        QTemporaryDir dir, cache;
        copyTree(fixture, dir.path());
        const QString log = dir.filePath(QStringLiteral("calls.log"));
        qputenv("STRATA_PYTHON", recordingPython(dir.path(), log).toUtf8());
        qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
        for (const char* command : {"heads", "history"}) {
            const CliRun run =
                runCli({QString::fromLatin1(command), QStringLiteral("--project"), dir.path()});
            QCOMPARE(run.err, QString());
            QCOMPARE(run.exitCode, 0);
        }
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        QCOMPARE(QFileInfo::exists(log), called);
        QCOMPARE(helperCalls(log), called ? 1 : 0); // the second command used the cache
    }

    // The cached answer is used until a revision file, alembic.ini or an imported project
    // module changes (or a revision file is added or removed); then Alembic is asked again
    // and the new answer shows.
    void cacheInvalidation_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("heads");
        const QString base =
            QStringLiteral("bb000002 (expand) (head)\ncc000001 (contract) (head)\n");
        QTest::newRow("imported module changed")
            << "myapp/cli.py"
            << "EXPAND_BRANCH = \"expand\""
            << "EXPAND_BRANCH = \"grow\""
            << "bb000002 (grow) (head)\ncc000001 (contract) (head)\n";
        QTest::newRow("revision file changed")
            << "migrations/versions/cc000001_contract.py"
            << "branch_labels = (CONTRACT_BRANCH,)"
            << "branch_labels = (CONTRACT_BRANCH + \"s\",)"
            << "bb000002 (expand) (head)\ncc000001 (contracts) (head)\n";
        QTest::newRow("revision file added")
            << "migrations/versions/dd000001_more.py" << QString()
            << "from myapp import cli\nrevision = 'dd000001'\ndown_revision = cli.BASE_REVISION\n"
            << base + QStringLiteral("dd000001 (head)\n");
        QTest::newRow("revision file removed")
            << "migrations/versions/cc000001_contract.py" << QString() << QString()
            << "bb000002 (expand) (head)\n";
        QTest::newRow("alembic.ini changed") << "alembic.ini"
                                             << "prepend_sys_path = ."
                                             << "prepend_sys_path = .\n# touched" << base;
    }
    void cacheInvalidation() {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, heads);
        QTemporaryDir dir, cache;
        copyTree(kNonLiteral, dir.path());
        const QString log = dir.filePath(QStringLiteral("calls.log"));
        qputenv("STRATA_PYTHON", recordingPython(dir.path(), log).toUtf8());
        qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
        const QStringList args{QStringLiteral("heads"), QStringLiteral("--project"), dir.path()};
        QCOMPARE(runCli(args).exitCode, 0);
        QCOMPARE(runCli(args).exitCode, 0);
        QCOMPARE(helperCalls(log), 1);
        // The cache is a private file keyed by the project.
        const QStringList cached =
            QDir(cache.filePath(QStringLiteral("strata/alembic-graph"))).entryList(QDir::Files);
        QCOMPARE(cached.size(), 1);
        QCOMPARE(QFileInfo(cache.filePath(QStringLiteral("strata/alembic-graph/")) + cached.first())
                         .permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QString path = dir.filePath(file);
        if (from.isEmpty() && to.isEmpty())
            QVERIFY(QFile::remove(path));
        else if (from.isEmpty())
            writeFile(dir.path(), file, to);
        else
            writeFile(dir.path(), file, readFile(path).replace(from, to));
        const CliRun run = runCli(args);
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, heads);
        QCOMPARE(helperCalls(log), 2);
    }

    // When even Alembic cannot read a revision: one line naming the file, the line and
    // Python's error; a non-zero exit.
    void alembicFails_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("error");
        QTest::newRow("package not importable")
            << "alembic.ini"
            << "prepend_sys_path = ."
            << ""
            << "/usr/bin/python3"
            << "strata heads: DIR/migrations/versions/bb000001_expand.py:10: "
               "ModuleNotFoundError: No module named 'myapp'\n";
        QTest::newRow("missing constant")
            << "myapp/cli.py"
            << "CONTRACT_BRANCH = \"contract\""
            << ""
            << "/usr/bin/python3"
            << "strata heads: DIR/migrations/versions/cc000001_contract.py:10: ImportError: "
               "cannot import name 'CONTRACT_BRANCH' from 'myapp.cli' (DIR/myapp/cli.py)\n";
        QTest::newRow("raises at import")
            << "migrations/versions/bb000001_expand.py"
            << "revision = \"bb000001\""
            << "raise RuntimeError(\"no\")"
            << "/usr/bin/python3"
            << "strata heads: DIR/migrations/versions/bb000001_expand.py:12: RuntimeError: no\n";
        QTest::newRow("no interpreter")
            << "alembic.ini"
            << ""
            << ""
            << "/nonexistent/python3"
            << "strata heads: DIR/migrations/versions/bb000001_expand.py:14: cannot read the "
               "value of 'branch_labels' without Python (only None, strings and tuples or lists "
               "of strings are read), and the project's Alembic cannot: Python interpreter "
               "'/nonexistent/python3' cannot be started (execvp: No such file or directory); "
               "set [alembic] python in strata.toml\n";
    }
    void alembicFails() {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, python);
        QFETCH(QString, error);
        QTemporaryDir dir;
        copyTree(kNonLiteral, dir.path());
        if (!from.isEmpty())
            writeFile(dir.path(), file, readFile(dir.filePath(file)).replace(from, to));
        qputenv("STRATA_PYTHON", python.toUtf8());
        const CliRun run =
            runCli({QStringLiteral("heads"), QStringLiteral("--project"), dir.path()});
        QCOMPARE(run.err, QString(error).replace(QLatin1String("DIR"), dir.path()));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
    }

    // `strata check` on an Alembic project: what cannot run here is a problem (exit 3), a .sql
    // revision a warning.
    void check_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("python");  // "fake:..." = a script with that body
        QTest::addColumn<QString>("addFile"); // relative path (empty: none)
        QTest::addColumn<QString>("addText");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("lines"); // the report, DIR = the project
        const QString sqlRev =
            QStringLiteral("-- Revision ID: f7000001\n-- Revises: e5000001\n\n-- "
                           "migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\nSELECT 1;\n");
        QTest::newRow("clean") << kProject << "/usr/bin/python3" << QString() << QString() << 0
                               << QStringList{QStringLiteral("6 revisions, 0 problems")};
        QTest::newRow("missing interpreter")
            << kProject << "/nonexistent/python3" << QString() << QString() << 3
            << QStringList{
                   QStringLiteral("DIR/alembic.ini: Python interpreter '/nonexistent/python3' "
                                  "cannot be started (execvp: No such file or directory); set "
                                  "[alembic] python in strata.toml: 4 Alembic Python "
                                  "revision(s) cannot run here"),
                   QStringLiteral("6 revisions, 1 problem")};
        QTest::newRow("interpreter without alembic")
            << kProject
            << "fake:echo \"ModuleNotFoundError: No module named 'alembic'\" >&2\nexit 1\n"
            << QString() << QString() << 3
            << QStringList{
                   QStringLiteral("DIR/alembic.ini: Python interpreter 'PYTHON' cannot import "
                                  "alembic and sqlalchemy (ModuleNotFoundError: No module named "
                                  "'alembic'); install them there or set [alembic] python in "
                                  "strata.toml: 4 Alembic Python revision(s) cannot run here"),
                   QStringLiteral("6 revisions, 1 problem")};
        QTest::newRow("revision does not import")
            << kProject << "/usr/bin/python3"
            << "migrations/versions/f7000001_broken.py"
            << "\"\"\"broken\"\"\"\nimport nosuchmodule\n\nrevision = 'f7000001'\n"
               "down_revision = 'e5000001'\n\n\ndef upgrade():\n    nosuchmodule.go()\n"
            << 3
            << QStringList{QStringLiteral("DIR/migrations/versions/f7000001_broken.py:2: does "
                                          "not import: ModuleNotFoundError: No module named "
                                          "'nosuchmodule'"),
                           QStringLiteral("7 revisions, 1 problem")};
        QTest::newRow(".sql revision in an Alembic project")
            << kProject << "/usr/bin/python3"
            << "migrations/versions/f7000001_plain.sql" << sqlRev << 0
            << QStringList{QStringLiteral("warning: DIR/migrations/versions/f7000001_plain.sql:1:"
                                          " f7000001 is a .sql revision: `alembic upgrade` "
                                          "cannot run it, so it fails for the rest of the team "
                                          "(write it as a .py revision)"),
                           QStringLiteral("7 revisions, 0 problems, 1 warning")};
        // SQL revisions in Python form run without Python: no interpreter is no problem.
        QTest::newRow("SQL form needs no Python")
            << kLiteral << "/nonexistent/python3" << QString() << QString() << 3
            << QStringList{QStringLiteral("2 heads (2b3c4d5e6f70, 6d96796e727e): merge them with "
                                          "'strata merge heads -m MSG' unless the branches are "
                                          "meant to stay apart"),
                           QStringLiteral("4 revisions, 1 problem")};
    }
    void check() {
        QFETCH(QString, fixture);
        QFETCH(QString, python);
        QFETCH(QString, addFile);
        QFETCH(QString, addText);
        QFETCH(int, exitCode);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        copyTree(fixture, dir.path());
        if (!addFile.isEmpty())
            writeFile(dir.path(), addFile, addText);
        if (python.startsWith(QLatin1String("fake:")))
            python = script(dir.path(), QStringLiteral("fake-python"), python.mid(5));
        qputenv("STRATA_PYTHON", python.toUtf8());
        const CliRun run =
            runCli({QStringLiteral("check"), QStringLiteral("--project"), dir.path()});
        QCOMPARE(run.err, QString());
        const QString expected = lines.join(QLatin1Char('\n'))
                                     .replace(QLatin1String("DIR"), dir.path())
                                     .replace(QLatin1String("PYTHON"), python) +
                                 QLatin1Char('\n');
        QCOMPARE(run.out, expected);
        QCOMPARE(run.exitCode, exitCode);
    }

    // A 40-character id is read, planned and run where version_num is wide enough; against
    // Alembic's VARCHAR(32) the run is refused before anything runs (the short revision before
    // it does not run either).
    void longIds_data() {
        QTest::addColumn<QString>("versionTable"); // DDL run first ("" = none)
        QTest::addColumn<bool>("runs");
        const QString ddl = QStringLiteral("CREATE TABLE alembic_version (version_num "
                                           "varchar(%1) NOT NULL, CONSTRAINT alembic_version_pkc "
                                           "PRIMARY KEY (version_num))");
        QTest::newRow("no version table yet (Alembic's 32)") << QString() << false;
        QTest::newRow("VARCHAR(32)") << ddl.arg(32) << false;
        QTest::newRow("VARCHAR(64)") << ddl.arg(64) << true;
    }
    void longIds() {
        QFETCH(QString, versionTable);
        QFETCH(bool, runs);
        const QString longId = QStringLiteral("add_the_customer_accounts_table_20260201");
        QCOMPARE(longId.size(), 40);
        SandboxDatabase db(QStringLiteral("tst_graph_long"));
        if (!versionTable.isEmpty())
            QCOMPARE(db.scalar(versionTable + QStringLiteral("; SELECT 'ok'")),
                     QStringLiteral("ok"));
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(db.url()));
        writeFile(dir.path(), QStringLiteral("versions/0001_short.sql"),
                  QStringLiteral("-- Revision ID: short1\n\n-- migrate:upgrade\nCREATE TABLE "
                                 "t_short (id int);\n-- migrate:downgrade\nDROP TABLE t_short;\n"));
        writeFile(dir.path(), QStringLiteral("versions/0002_long.sql"),
                  QStringLiteral("-- Revision ID: %1\n-- Revises: short1\n\n-- migrate:upgrade\n"
                                 "CREATE TABLE t_long (id int);\n-- migrate:downgrade\nDROP "
                                 "TABLE t_long;\n")
                      .arg(longId));
        const CliRun heads =
            runCli({QStringLiteral("heads"), QStringLiteral("--project"), dir.path()});
        QCOMPARE(heads.err, QString());
        QCOMPARE(heads.out, longId + QStringLiteral(" (head)\n"));

        const CliRun run =
            runCli({QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--project"),
                    dir.path(), QStringLiteral("--env"), QStringLiteral("dev")});
        if (runs) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(version_num, ',') FROM "
                                              "alembic_version")),
                     longId);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM strata_history WHERE "
                                              "revision = '%1'")
                                   .arg(longId)),
                     QStringLiteral("1"));
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(
                         QStringLiteral("revision id '%1' is 40 characters long; "
                                        "public.alembic_version.version_num on 'dev' holds at "
                                        "most 32 (ALTER TABLE public.alembic_version ALTER "
                                        "COLUMN version_num TYPE varchar(40) to allow it); "
                                        "nothing ran")
                             .arg(longId)),
                     qPrintable(run.err));
            QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('t_short') IS NULL")),
                     QStringLiteral("t"));
        }
    }

    // The environment's URL reaches env.py in [alembic] url_env (DATABASE_URL by default); the
    // `default` environment of a strata.toml without environments reads that variable first.
    void urlVariable_data() {
        QTest::addColumn<QString>("alembicTable"); // lines under [alembic] besides python
        QTest::addColumn<bool>("environments");    // strata.toml defines [environments.dev]
        QTest::addColumn<bool>("runs");
        QTest::newRow("env.py reads APP_DB, url_env not set") << QString() << true << false;
        QTest::newRow("url_env = APP_DB") << "url_env = \"APP_DB\"\n" << true << true;
        QTest::newRow("default environment from url_env") << "url_env = \"APP_DB\"\n"
                                                          << false << true;
    }
    void urlVariable() {
        QFETCH(QString, alembicTable);
        QFETCH(bool, environments);
        QFETCH(bool, runs);
        SandboxDatabase db(QStringLiteral("tst_graph_url"));
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("alembic.ini"),
                  QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"
                                 "sqlalchemy.url = postgresql://nobody@127.0.0.1:1/nowhere\n"));
        writeFile(
            dir.path(), QStringLiteral("migrations/env.py"),
            QStringLiteral("import os\nfrom alembic import context\nfrom sqlalchemy import "
                           "create_engine, pool\n\nurl = os.environ['APP_DB']\nif "
                           "url.startswith('postgresql://'):\n    url = 'postgresql+psycopg2://' + "
                           "url[len('postgresql://'):]\nengine = create_engine(url, "
                           "poolclass=pool.NullPool)\nwith engine.connect() as connection:\n    "
                           "context.configure(connection=connection)\n    with "
                           "context.begin_transaction():\n        context.run_migrations()\n"));
        writeFile(dir.path(), QStringLiteral("migrations/versions/aa01_items.py"),
                  QStringLiteral("\"\"\"items\"\"\"\nfrom alembic import op\nimport sqlalchemy as "
                                 "sa\n\nrevision = 'aa01'\ndown_revision = None\n\n\ndef "
                                 "upgrade():\n    op.create_table('items', sa.Column('id', "
                                 "sa.Integer))\n\n\ndef downgrade():\n    "
                                 "op.drop_table('items')\n"));
        QString toml = QStringLiteral("[project]\nalembic = \"alembic.ini\"\n\n[alembic]\npython = "
                                      "\"/usr/bin/python3\"\n") +
                       alembicTable;
        if (environments)
            toml += QStringLiteral("\n[environments.dev]\nurl = \"%1\"\n").arg(db.url());
        writeFile(dir.path(), QStringLiteral("strata.toml"), toml);
        qunsetenv("STRATA_PYTHON");
        if (!environments)
            qputenv("APP_DB", db.url().toUtf8());
        const CliRun run =
            runCli({QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--project"),
                    dir.path(), QStringLiteral("--env"),
                    environments ? QStringLiteral("dev") : QStringLiteral("default")});
        qunsetenv("APP_DB");
        if (runs) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")),
                     QStringLiteral("aa01"));
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("KeyError")), qPrintable(run.err));
            QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('items') IS NULL")),
                     QStringLiteral("t"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlembicGraph)
#include "tst_alembic_graph.moc"
