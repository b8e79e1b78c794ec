// `strata revision` / `strata merge` in an Alembic project write `.py` revisions that Alembic
// runs, rendered by the project's own Alembic (Debian's /usr/bin/python3 with python3-alembic
// 1.8.1): byte for byte what `alembic revision` writes in a twin copy, SQL that reads back as
// the SQL form and that `alembic upgrade heads` runs on a real database, merges `alembic heads`
// agrees with, `.sql` only when asked (with a warning), and one-line errors with nothing
// written when the interpreter lacks Python, Alembic or mako.
#include "AlembicCli.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "revision/AlembicScript.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace strata::test;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString fixtureDir() {
    return QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");
}

// Every file under `dir` (relative, sorted), Python's byte-code caches left out.
QStringList listFiles(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(dir).relativeFilePath(it.next());
        if (!file.contains(QLatin1String("__pycache__")))
            out << file;
    }
    out.sort();
    return out;
}

void copyFixture(const QString& dir) {
    for (const QString& file : listFiles(fixtureDir()))
        writeFile(dir, file, readFile(fixtureDir() + QLatin1Char('/') + file));
}

// alembic.ini with `lines` added to its [alembic] section.
void configure(const QString& dir, const QStringList& lines) {
    const QString ini = dir + QStringLiteral("/alembic.ini");
    QString text = readFile(ini);
    text.replace(QStringLiteral("[alembic]\n"),
                 QStringLiteral("[alembic]\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    writeFile(dir, QStringLiteral("alembic.ini"), text);
}

// The files in `after` that are not in `before`.
QStringList added(const QStringList& before, const QStringList& after) {
    QStringList out;
    for (const QString& f : after)
        if (!before.contains(f))
            out << f;
    return out;
}

// A revision file with its create date (now, to the microsecond) masked, after checking that
// it is there in Alembic's format.
QString masked(const QString& text) {
    static const QRegularExpression date(
        QStringLiteral("Create Date: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}([+-]\\d\\d:"
                       "\\d\\d)?\\n"));
    QString out = text;
    if (out.count(date) != 1)
        return QStringLiteral("no Alembic create date in:\n") + text;
    out.replace(date, QStringLiteral("Create Date: <now>\n"));
    return out;
}

CliRun strataIn(const QString& dir, const QStringList& args) {
    return runCli(QStringList(args) << QStringLiteral("--project") << dir);
}

// An interpreter that is /usr/bin/python3 with `module` shadowed by one that does not import.
QString pythonWithout(const QString& dir, const QString& module) {
    writeFile(dir, QStringLiteral("shadow/%1.py").arg(module),
              QStringLiteral("raise ImportError(\"No module named '%1'\")\n").arg(module));
    const QString path = writeFile(
        dir, QStringLiteral("bin/python"),
        QStringLiteral("#!/bin/sh\nPYTHONPATH=%1/shadow exec %2 \"$@\"\n").arg(dir, kPython));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestAlembicAuthor : public QObject {
    Q_OBJECT

    // The database env.py connects to when revision_environment runs it.
    std::unique_ptr<SandboxDatabase> m_db;

private Q_SLOTS:
    void initTestCase() {
        const QString missing = debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("alembicauthorenv"));
        qputenv("STRATA_PYTHON", kPython.toUtf8()); // never the first python3 on PATH
        qputenv("PYTHONDONTWRITEBYTECODE", "1");
    }

    // With --rev-id, the file is byte for byte Alembic's own (create date aside: both say
    // "now"), for the project's file_template, truncate_slug_length and timezone; where
    // Alembic refuses (timezone without python-dateutil), Strata refuses too, writing nothing.
    void sameFileAsAlembic_data() {
        QTest::addColumn<QStringList>("ini");  // lines added to [alembic]
        QTest::addColumn<QStringList>("args"); // after `revision -m MSG --rev-id ID`
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("mayRefuse"); // Alembic may refuse here (see below)
        const QString msg = QStringLiteral("Add the users' table & an index, then more words");
        QTest::newRow("default template") << QStringList() << QStringList() << msg << false;
        QTest::newRow("file_template rev only")
            << QStringList{QStringLiteral("file_template = %%(rev)s")} << QStringList() << msg
            << false;
        QTest::newRow("file_template with the date")
            << QStringList{QStringLiteral(
                   "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")}
            << QStringList() << msg << false;
        QTest::newRow("truncate_slug_length 10")
            << QStringList{QStringLiteral("truncate_slug_length = 10")} << QStringList() << msg
            << false;
        QTest::newRow("slug and truncate 5")
            << QStringList{QStringLiteral("file_template = %%(slug)s_%%(rev)s"),
                           QStringLiteral("truncate_slug_length = 5")}
            << QStringList() << msg << false;
        QTest::newRow("timezone UTC")
            << QStringList{QStringLiteral("timezone = UTC")} << QStringList() << msg
            << true; // Alembic 1.8 needs python-dateutil for it
        QTest::newRow("revision_environment")
            << QStringList{QStringLiteral("revision_environment = true")} << QStringList() << msg
            << false;
        QTest::newRow("a new base with a label")
            << QStringList()
            << QStringList{QStringLiteral("--head"), QStringLiteral("base"),
                           QStringLiteral("--branch-label"), QStringLiteral("reports")}
            << QStringLiteral("reports") << false;
        QTest::newRow("depends on, by prefix")
            << QStringList() << QStringList{QStringLiteral("--depends-on"), QStringLiteral("b2000")}
            << QStringLiteral("depends") << false;
        QTest::newRow("splice") << QStringList()
                                << QStringList{QStringLiteral("--head"), QStringLiteral("a1000002"),
                                               QStringLiteral("--splice")}
                                << QStringLiteral("spliced") << false;
    }
    void sameFileAsAlembic() {
        QFETCH(QStringList, ini);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(bool, mayRefuse);
        qputenv("DATABASE_URL", m_db->url().toUtf8());
        QTemporaryDir theirs;
        QTemporaryDir ours;
        for (const QTemporaryDir* d : {&theirs, &ours}) {
            copyFixture(d->path());
            configure(d->path(), ini);
        }
        const QStringList command =
            QStringList{QStringLiteral("revision"), QStringLiteral("-m"), message,
                        QStringLiteral("--rev-id"), QStringLiteral("0f1e2d3c4b5a")} +
            args;
        const QStringList before = listFiles(ours.path());
        const CliRun alembic = runAlembic(theirs.path(), command);
        const CliRun run = strataIn(ours.path(), command);
        const QStringList theirFiles = added(before, listFiles(theirs.path()));
        const QStringList ourFiles = added(before, listFiles(ours.path()));
        QVERIFY2(alembic.exitCode == 0 || mayRefuse, qPrintable(alembic.err));
        if (alembic.exitCode != 0) {
            // Alembic refuses: so does Strata, in one line, and nothing is written.
            QVERIFY(theirFiles.isEmpty());
            QCOMPARE(run.exitCode == 0, false);
            QCOMPARE(ourFiles, QStringList());
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            return;
        }
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(ourFiles.size(), 1);
        QCOMPARE(ourFiles, theirFiles);
        QVERIFY(ourFiles.constFirst().endsWith(QLatin1String(".py")));
        QCOMPARE(masked(readFile(ours.path() + QLatin1Char('/') + ourFiles.constFirst())),
                 masked(readFile(theirs.path() + QLatin1Char('/') + theirFiles.constFirst())));
        // Strata says where, as Alembic does.
        QVERIFY2(run.out.contains(ourFiles.constFirst()), qPrintable(run.out));
    }

    // SQL given to `strata revision` comes back as the SQL form with the same SQL (quotes,
    // triple quotes, backslashes, dollar quotes), and Alembic runs it on a real database, up
    // and down.
    void sqlRoundTripsAndAlembicRunsIt_data() {
        QTest::addColumn<QString>("upgrade");
        QTest::addColumn<QString>("downgrade");
        QTest::addColumn<QString>("check"); // a query that returns 1 row after the upgrade
        QTest::newRow("one statement")
            << QStringLiteral("CREATE TABLE widgets (id int PRIMARY KEY, name text NOT NULL);")
            << QStringLiteral("DROP TABLE widgets;")
            << QStringLiteral("SELECT 1 FROM pg_class WHERE relname = 'widgets'");
        QTest::newRow("several statements, lines and comments")
            << QStringLiteral("-- the widgets\nCREATE TABLE widgets (id int);\n\n"
                              "INSERT INTO widgets VALUES (1), (2);\n"
                              "CREATE INDEX widgets_id ON widgets (id);\n")
            << QStringLiteral("DROP TABLE widgets;")
            << QStringLiteral("SELECT 1 FROM widgets HAVING count(*) = 2");
        QTest::newRow("quotes, triple quotes and backslashes")
            << QStringLiteral("CREATE TABLE notes (t text);\n"
                              "INSERT INTO notes VALUES ('say \"\"\"hi\"\"\"'), (E'a\\\\b'), "
                              "('it''s'), ('ends with \"');")
            << QStringLiteral("DROP TABLE notes;")
            << QStringLiteral("SELECT 1 FROM notes WHERE t = E'a\\\\b'");
        QTest::newRow("dollar-quoted function")
            << QStringLiteral("CREATE FUNCTION twice(x int) RETURNS int LANGUAGE plpgsql AS $$\n"
                              "BEGIN\n    RETURN x * 2; -- \"doubled\"\nEND\n$$;")
            << QStringLiteral("DROP FUNCTION twice(int);")
            << QStringLiteral("SELECT 1 WHERE twice(21) = 42");
    }
    void sqlRoundTripsAndAlembicRunsIt() {
        QFETCH(QString, upgrade);
        QFETCH(QString, downgrade);
        QFETCH(QString, check);
        SandboxDatabase db(QStringLiteral("alembicauthor"));
        qputenv("DATABASE_URL", db.url().toUtf8());
        QTemporaryDir dir;
        copyFixture(dir.path());
        const QString sqlFile = writeFile(dir.path(), QStringLiteral("new.sql"),
                                          QStringLiteral("-- migrate:upgrade\n") + upgrade +
                                              QStringLiteral("\n-- migrate:downgrade\n") +
                                              downgrade + QLatin1Char('\n'));
        const CliRun run = strataIn(
            dir.path(), {QStringLiteral("revision"), QStringLiteral("-m"),
                         QStringLiteral("widgets"), QStringLiteral("--rev-id"),
                         QStringLiteral("abc0001"), QStringLiteral("--sql-file"), sqlFile});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QString path = dir.path() + QStringLiteral("/migrations/versions/abc0001_widgets.py");
        auto revision = strata::AlembicScript::load(path);
        QVERIFY2(revision, describe(revision).constData());
        QCOMPARE(int(revision->source), int(strata::Revision::Source::AlembicSqlForm));
        QVERIFY(revision->transactional);
        QCOMPARE(revision->parents, QStringList{QStringLiteral("e5000001")});
        QCOMPARE(revision->upgrade.sql.trimmed(), upgrade.trimmed());
        QCOMPARE(revision->downgrade.sql.trimmed(), downgrade.trimmed());
        // The SQL starts on the file line where Strata says it does (errors point there).
        const QStringList lines = readFile(path).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(revision->upgrade.firstLine),
                 upgrade.trimmed().split(QLatin1Char('\n')).constFirst());

        const CliRun up =
            runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        auto c = db.connect();
        QVERIFY2(c, describe(c).constData());
        auto rows = (*c)->exec(check);
        QVERIFY2(rows, describe(rows).constData());
        QCOMPARE(rows->rowCount(), 1);
        auto version = (*c)->exec(QStringLiteral("SELECT version_num FROM alembic_version"));
        QVERIFY2(version, describe(version).constData());
        QCOMPARE(version->value(0, 0), QStringLiteral("abc0001"));
        const CliRun down =
            runAlembic(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("-1")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        auto after = (*c)->exec(QStringLiteral("SELECT version_num FROM alembic_version"));
        QVERIFY2(after, describe(after).constData());
        QCOMPARE(after->value(0, 0), QStringLiteral("e5000001"));
    }

    // --no-transaction writes the COMMIT idiom: CREATE INDEX CONCURRENTLY runs under Alembic,
    // and Strata reads the revision back as a non-transactional SQL revision.
    void noTransactionRunsConcurrently() {
        SandboxDatabase db(QStringLiteral("alembicauthorc"));
        qputenv("DATABASE_URL", db.url().toUtf8());
        QTemporaryDir dir;
        copyFixture(dir.path());
        const CliRun run =
            strataIn(dir.path(),
                     {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("qty index"),
                      QStringLiteral("--rev-id"), QStringLiteral("c100"),
                      QStringLiteral("--no-transaction"), QStringLiteral("--upgrade-sql"),
                      QStringLiteral("CREATE INDEX CONCURRENTLY items_qty_idx ON items (qty);"),
                      QStringLiteral("--downgrade-sql"),
                      QStringLiteral("DROP INDEX CONCURRENTLY items_qty_idx;")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QString path = dir.path() + QStringLiteral("/migrations/versions/c100_qty_index.py");
        auto revision = strata::AlembicScript::load(path);
        QVERIFY2(revision, describe(revision).constData());
        QCOMPARE(int(revision->source), int(strata::Revision::Source::AlembicSqlForm));
        QVERIFY(!revision->transactional);
        QVERIFY(revision->upgrade.sql.contains(QLatin1String("CREATE INDEX CONCURRENTLY")));
        const CliRun up =
            runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        auto c = db.connect();
        QVERIFY2(c, describe(c).constData());
        auto valid = (*c)->exec(QStringLiteral(
            "SELECT 1 FROM pg_index WHERE indexrelid = 'items_qty_idx'::regclass AND indisvalid"));
        QVERIFY2(valid, describe(valid).constData());
        QCOMPARE(valid->rowCount(), 1);
        const CliRun down =
            runAlembic(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("-1")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        auto gone = (*c)->exec(QStringLiteral("SELECT to_regclass('items_qty_idx') IS NULL"));
        QVERIFY2(gone, describe(gone).constData());
        QCOMPARE(gone->value(0, 0), QStringLiteral("t"));
    }

    // CONCURRENTLY in one transaction would fail under Alembic: refused, nothing written.
    void concurrentlyNeedsNoTransaction() {
        QTemporaryDir dir;
        copyFixture(dir.path());
        const QStringList before = listFiles(dir.path());
        const CliRun run = strataIn(
            dir.path(),
            {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("qty index"),
             QStringLiteral("--rev-id"), QStringLiteral("c200"), QStringLiteral("--upgrade-sql"),
             QStringLiteral("CREATE INDEX CONCURRENTLY items_qty_idx ON items (qty);")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(run.err.contains(QLatin1String("revision c200: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--no-transaction")), qPrintable(run.err));
        QCOMPARE(listFiles(dir.path()), before);
    }

    // Branches and merges written by Strata: `alembic heads` says what `strata heads` says,
    // and Alembic upgrades through them.
    void mergesAgreeWithAlembic() {
        SandboxDatabase db(QStringLiteral("alembicauthorm"));
        qputenv("DATABASE_URL", db.url().toUtf8());
        QTemporaryDir dir;
        copyFixture(dir.path());
        const auto heads = [&] {
            const CliRun ours = strataIn(dir.path(), {QStringLiteral("heads")});
            const CliRun theirs = runAlembic(dir.path(), {QStringLiteral("heads")});
            // Alembic 1.8 lists heads in os.listdir() order (the file system's); Strata in
            // file-name order: the same lines, in an order that may differ.
            QStringList a = ours.out.split(QLatin1Char('\n'));
            QStringList b = theirs.out.split(QLatin1Char('\n'));
            a.sort();
            b.sort();
            return std::pair{a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n'))};
        };
        for (const auto& args :
             {QStringList{QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("one"),
                          QStringLiteral("--rev-id"), QStringLiteral("b100")},
              QStringList{QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("two"),
                          QStringLiteral("--rev-id"), QStringLiteral("b200"),
                          QStringLiteral("--head"), QStringLiteral("e5000001"),
                          QStringLiteral("--splice")},
              QStringList{QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("three"),
                          QStringLiteral("--rev-id"), QStringLiteral("b300"),
                          QStringLiteral("--head"), QStringLiteral("base"),
                          QStringLiteral("--branch-label"), QStringLiteral("side")}}) {
            const CliRun run = strataIn(dir.path(), args);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        auto [ours, theirs] = heads();
        QCOMPARE(ours, theirs);
        QCOMPARE(ours.count(QLatin1Char('\n')), 3);
        // Two of the three, then all.
        CliRun merge = strataIn(dir.path(), {QStringLiteral("merge"), QStringLiteral("b100"),
                                             QStringLiteral("b200"), QStringLiteral("-m"),
                                             QStringLiteral("merge one and two"),
                                             QStringLiteral("--rev-id"), QStringLiteral("m100")});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
        std::tie(ours, theirs) = heads();
        QCOMPARE(ours, theirs);
        QCOMPARE(ours.count(QLatin1Char('\n')), 2);
        merge = strataIn(dir.path(), {QStringLiteral("merge"), QStringLiteral("heads"),
                                      QStringLiteral("-m"), QStringLiteral("all")});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
        std::tie(ours, theirs) = heads();
        QCOMPARE(ours, theirs);
        QCOMPARE(ours.count(QLatin1Char('\n')), 1);
        QCOMPARE(
            added(listFiles(fixtureDir()), listFiles(dir.path())).filter(QLatin1String(".sql")),
            QStringList());
        const CliRun up =
            runAlembic(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const CliRun current = strataIn(dir.path(), {QStringLiteral("current")});
        QCOMPARE(current.exitCode, 0);
        QVERIFY2(current.out.contains(
                     merge.out.section(QLatin1Char('/'), -1).section(QLatin1Char('_'), 0, 0)),
                 qPrintable(current.out + merge.out));
    }

    // `.sql` only when asked, with a warning that Alembic cannot run it.
    void sqlOnlyWhenAsked() {
        QTemporaryDir dir;
        copyFixture(dir.path());
        const QStringList before = listFiles(dir.path());
        const CliRun run = strataIn(
            dir.path(), {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("plain"),
                         QStringLiteral("--rev-id"), QStringLiteral("s100"),
                         QStringLiteral("--format"), QStringLiteral("sql")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(added(before, listFiles(dir.path())),
                 QStringList{QStringLiteral("migrations/versions/s100.sql")});
        QVERIFY2(run.err.startsWith(QLatin1String("warning: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("`alembic upgrade` will fail")),
                 qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        const CliRun bad = strataIn(dir.path(), {QStringLiteral("revision"), QStringLiteral("-m"),
                                                 QStringLiteral("x"), QStringLiteral("--format"),
                                                 QStringLiteral("rst")});
        QCOMPARE(bad.exitCode, 2);
    }

    // Without a usable interpreter: one line naming it and what is missing, nothing written.
    void unusableInterpreter_data() {
        QTest::addColumn<QString>("without"); // "" = no interpreter at all
        QTest::addColumn<QString>("says");
        QTest::newRow("no Python") << QString() << QStringLiteral("cannot be started");
        QTest::newRow("no Alembic")
            << QStringLiteral("alembic") << QStringLiteral("cannot import alembic");
        QTest::newRow("no mako") << QStringLiteral("mako") << QStringLiteral("cannot import mako");
        QTest::newRow("no SQLAlchemy")
            << QStringLiteral("sqlalchemy") << QStringLiteral("cannot import sqlalchemy");
    }
    void unusableInterpreter() {
        QFETCH(QString, without);
        QFETCH(QString, says);
        QTemporaryDir dir;
        copyFixture(dir.path());
        QTemporaryDir tools;
        const QString python = without.isEmpty() ? tools.path() + QStringLiteral("/no/python")
                                                 : pythonWithout(tools.path(), without);
        qputenv("STRATA_PYTHON", python.toUtf8());
        const QStringList before = listFiles(dir.path());
        const CliRun run = strataIn(
            dir.path(), {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("x"),
                         QStringLiteral("--upgrade-sql"), QStringLiteral("SELECT 1;")});
        qputenv("STRATA_PYTHON", kPython.toUtf8());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(run.err.contains(QStringLiteral("'%1'").arg(python)), qPrintable(run.err));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--format sql")), qPrintable(run.err));
        QCOMPARE(listFiles(dir.path()), before);
    }

    // A script.py.mako that drops ${upgrades} would lose the SQL: refused, nothing written.
    void templateWithoutUpgrades() {
        QTemporaryDir dir;
        copyFixture(dir.path());
        const QString mako = QStringLiteral("migrations/script.py.mako");
        QString text = readFile(dir.path() + QLatin1Char('/') + mako);
        text.replace(QStringLiteral("${upgrades if upgrades else \"pass\"}"),
                     QStringLiteral("pass"));
        writeFile(dir.path(), mako, text);
        const QStringList before = listFiles(dir.path());
        const CliRun run =
            strataIn(dir.path(), {QStringLiteral("revision"), QStringLiteral("-m"),
                                  QStringLiteral("lost"), QStringLiteral("--rev-id"),
                                  QStringLiteral("l100"), QStringLiteral("--upgrade-sql"),
                                  QStringLiteral("CREATE TABLE lost (id int);")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(run.err.contains(QLatin1String("l100_lost.py")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("${upgrades}")), qPrintable(run.err));
        QCOMPARE(listFiles(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestAlembicAuthor)
#include "tst_alembic_author.moc"
