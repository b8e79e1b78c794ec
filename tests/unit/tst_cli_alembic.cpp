// The `strata` binary on an Alembic project, offline: heads / history / show / branches print
// what Debian's Alembic 1.8.1 prints, byte for byte (inherited branch labels, docstrings as
// Python reads them), `revision --splice`, the id width offline, `-x` / `--tag`, and
// `init --alembic`.
#include "AlembicCli.h"
#include "Project.h"
#include "TestSupport.h"

// The Invocation under test, compiled in (the CLI's sources are not a library).
#include "../../app/cli/Invocation.cpp"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::test;

namespace {

QString fixtureDir() {
    return QStringLiteral(STRATA_FIXTURES_DIR "/alembic_cli");
}

QStringList listFiles(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// A copy of the fixture project in `dir`.
void copyFixture(const QString& dir) {
    for (const QString& file : listFiles(fixtureDir())) {
        const QString relative = QDir(fixtureDir()).relativeFilePath(file);
        writeFile(dir, relative, readFile(file));
    }
}

// A one-revision Alembic project whose revision file is `text`.
void makeSingle(const QString& dir, const QString& text) {
    writeFile(dir, QStringLiteral("alembic.ini"),
              QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"));
    writeFile(dir, QStringLiteral("migrations/env.py"), QStringLiteral("\n"));
    writeFile(dir, QStringLiteral("migrations/versions/aa11_one.py"), text);
}

} // namespace

class TestCliAlembic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // `revision` writes .py files through the project's Alembic: Debian's, never the first
        // python3 on PATH.
        qputenv("STRATA_PYTHON", "/usr/bin/python3");
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import alembic")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, "Debian's python3-alembic is needed (scripts/deps)");
    }

    // Labels on a base (`core`, inherited by every revision) and on a child (`contract`), a
    // docstring with Alembic's Revision ID block, one without, none at all, a coding line.
    void sameAsAlembic_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("heads") << QStringList{QStringLiteral("heads")};
        QTest::newRow("heads -v") << QStringList{QStringLiteral("heads"), QStringLiteral("-v")};
        QTest::newRow("history") << QStringList{QStringLiteral("history")};
        QTest::newRow("history -v")
            << QStringList{QStringLiteral("history"), QStringLiteral("--verbose")};
        QTest::newRow("history -r") << QStringList{QStringLiteral("history"), QStringLiteral("-r"),
                                                   QStringLiteral("5c85685d616d:")};
        QTest::newRow("show labelled child")
            << QStringList{QStringLiteral("show"), QStringLiteral("5c85685d616d")};
        QTest::newRow("show labelled base")
            << QStringList{QStringLiteral("show"), QStringLiteral("1a2b3c4d5e6f")};
        QTest::newRow("show no docstring")
            << QStringList{QStringLiteral("show"), QStringLiteral("2b3c4d5e6f70")};
        QTest::newRow("show by label")
            << QStringList{QStringLiteral("show"), QStringLiteral("contract@head")};
        QTest::newRow("branches") << QStringList{QStringLiteral("branches")};
    }
    void sameAsAlembic() {
        QFETCH(QStringList, args);
        const CliRun run = runCli(QStringList(args) << QStringLiteral("--project") << fixtureDir());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());
        QCOMPARE(run.out, alembicMatching(fixtureDir(), args, run.out));
    }

    // The docstring as Python reads it (module.__doc__.strip()), in `show` and `history`.
    void docstrings_data() {
        QTest::addColumn<QString>("head");
        QTest::newRow("escapes") << QStringLiteral("\"\"\"Tab\\there \\x41\\u00e9 \\\\ \\q\n\n"
                                                   "  indented  \\\njoined\n\"\"\"\n");
        QTest::newRow("raw") << QStringLiteral("r'''raw \\t stays\n'''\n");
        QTest::newRow("single quoted") << QStringLiteral("'one line \\'quoted\\''\n");
        QTest::newRow("after comments")
            << QStringLiteral("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\n\"\"\"\n\n  "
                              "first\nsecond\n\nthird\n\n\"\"\"\n");
        QTest::newRow("u prefix") << QStringLiteral("u\"\"\"unicode prefix\"\"\"\n");
        QTest::newRow("none, a string later")
            << QStringLiteral("import os\n\"\"\"not a docstring\"\"\"\n");
        QTest::newRow("bytes") << QStringLiteral("b\"\"\"bytes are no docstring\"\"\"\n");
        QTest::newRow("empty") << QStringLiteral("\"\"\"   \"\"\"\n");
    }
    void docstrings() {
        QFETCH(QString, head);
        QTemporaryDir dir;
        makeSingle(dir.path(), head + QStringLiteral("revision = 'aa11'\ndown_revision = None\n"
                                                     "branch_labels = None\ndepends_on = None\n"));
        for (const QStringList& args : {QStringList{QStringLiteral("show"), QStringLiteral("aa11")},
                                        QStringList{QStringLiteral("history")}}) {
            const CliRun run =
                runCli(QStringList(args) << QStringLiteral("--project") << dir.path());
            QCOMPARE(run.err, QString());
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out, runAlembic(dir.path(), args).out);
        }
    }

    // Alembic refuses to branch from a revision that is not a head; --splice allows it.
    void splice() {
        QTemporaryDir dir;
        copyFixture(dir.path());
        const QStringList args{QStringLiteral("revision"), QStringLiteral("-m"),
                               QStringLiteral("new"), QStringLiteral("--head"),
                               QStringLiteral("1a2b3c4d5e6f")};
        const CliRun theirs = runAlembic(dir.path(), args);
        QVERIFY(theirs.exitCode != 0);
        const QString message = QStringLiteral(
            "Revision 1a2b3c4d5e6f is not a head revision; please specify --splice to create a "
            "new branch from this revision");
        QVERIFY2((theirs.out + theirs.err).contains(message), qPrintable(theirs.out + theirs.err));
        const QStringList before = listFiles(dir.path());
        const CliRun refused =
            runCli(QStringList(args) << QStringLiteral("--project") << dir.path());
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err, QStringLiteral("strata revision: ") + message + QLatin1Char('\n'));
        QCOMPARE(listFiles(dir.path()), before);

        const CliRun spliced =
            runCli(QStringList(args)
                   << QStringLiteral("--splice") << QStringLiteral("--rev-id")
                   << QStringLiteral("f00d") << QStringLiteral("--project") << dir.path());
        QCOMPARE(spliced.err, QString());
        QCOMPARE(spliced.exitCode, 0);
        auto project = strata::Project::open(dir.path());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        QVERIFY(project->graph().contains(QStringLiteral("f00d")));
        QCOMPARE(project->graph().revision(QStringLiteral("f00d"))->parents,
                 QStringList{QStringLiteral("1a2b3c4d5e6f")});
        // Written by the project's Alembic, as a .py file Alembic runs.
        QVERIFY(project->graph()
                    .revision(QStringLiteral("f00d"))
                    ->filePath.endsWith(QLatin1String(".py")));
        // A head needs no --splice.
        const CliRun onHead =
            runCli({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("next"),
                    QStringLiteral("--head"), QStringLiteral("f00d"), QStringLiteral("--project"),
                    dir.path()});
        QCOMPARE(onHead.err, QString());
        QCOMPARE(onHead.exitCode, 0);
    }

    // Offline, an id longer than Alembic's VARCHAR(32) is refused before anything is written.
    void longIdOffline() {
        QTemporaryDir dir;
        copyFixture(dir.path());
        const QStringList before = listFiles(dir.path());
        const CliRun run = runCli(
            {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("long"),
             QStringLiteral("--head"), QStringLiteral("6d96796e727e"), QStringLiteral("--rev-id"),
             QString(40, QLatin1Char('a')), QStringLiteral("--project"), dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("is 40 characters long; at most 32 fit")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("offline")), qPrintable(run.err));
        QCOMPARE(listFiles(dir.path()), before);
    }

    // -x and --tag are options of the commands that run env.py only.
    void envPyOptionsWhereEnvPyRuns_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("offered");
        QTest::newRow("upgrade") << QStringLiteral("upgrade") << true;
        QTest::newRow("downgrade") << QStringLiteral("downgrade") << true;
        QTest::newRow("stamp") << QStringLiteral("stamp") << true;
        QTest::newRow("import") << QStringLiteral("import") << true;
        QTest::newRow("sandbox") << QStringLiteral("sandbox") << false;
        QTest::newRow("history") << QStringLiteral("history") << false;
        QTest::newRow("check") << QStringLiteral("check") << false;
    }
    void envPyOptionsWhereEnvPyRuns() {
        QFETCH(QString, command);
        QFETCH(bool, offered);
        const CliRun help = runCli({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out.contains(QLatin1String("--tag <TAG>")), offered);
        QCOMPARE(help.out.contains(QLatin1String("-x <ARG>")), offered);
    }

    // -x (repeatable, in order) and --tag reach the run request.
    void xArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("x");
        QTest::addColumn<QString>("tag");
        QTest::newRow("none") << QStringList{} << QStringList{} << QString();
        QTest::newRow("two and a tag")
            << QStringList{QStringLiteral("-x"),    QStringLiteral("tenant=acme"),
                           QStringLiteral("--tag"), QStringLiteral("release-7"),
                           QStringLiteral("-x"),    QStringLiteral("data=true")}
            << QStringList{QStringLiteral("tenant=acme"), QStringLiteral("data=true")}
            << QStringLiteral("release-7");
        QTest::newRow("value with '='")
            << QStringList{QStringLiteral("-x"), QStringLiteral("url=a=b")}
            << QStringList{QStringLiteral("url=a=b")} << QString();
    }
    void xArguments() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, x);
        QFETCH(QString, tag);
        strata::cli::Invocation inv(QStringLiteral("upgrade"),
                                    QStringList{QStringLiteral("strata")} + args +
                                        QStringList{QStringLiteral("heads")});
        inv.addCommonOptions();
        inv.addEnvPyOptions();
        QVERIFY(inv.parse(QStringLiteral("TARGET"), QStringLiteral("test")));
        strata::RunRequest request;
        inv.applyRunOptions(request);
        QCOMPARE(request.xArguments, x);
        QCOMPARE(request.tag, tag);
        QCOMPARE(inv.positional(), QStringList{QStringLiteral("heads")});
        // The binary takes them too (here with offline SQL).
        const CliRun run = runCli(QStringList{QStringLiteral("upgrade")} + args +
                                  QStringList{QStringLiteral("heads"), QStringLiteral("--sql"),
                                              QStringLiteral("--project"), fixtureDir()});
        QVERIFY2(!run.err.contains(QStringLiteral("Unknown option")), qPrintable(run.err));
    }

    void initAlembic() {
        QTemporaryDir dir;
        copyFixture(dir.path());
        auto before = strata::Project::open(dir.path());
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
        const QStringList files = listFiles(dir.path());
        const CliRun run =
            runCli({QStringLiteral("init"), QStringLiteral("--alembic"), dir.path()});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QString toml = dir.path() + QStringLiteral("/strata.toml");
        QStringList expectedFiles = files;
        expectedFiles << toml;
        expectedFiles.sort();
        QCOMPARE(listFiles(dir.path()), expectedFiles); // nothing else written
        const QString text = readFile(toml);
        QVERIFY(text.contains(QStringLiteral("[project]\nalembic = \"alembic.ini\"\n")));
        QVERIFY(text.contains(QStringLiteral(
            "[environments.default]\nurl = \"${DATABASE_URL:-postgresql://localhost/unused}\"\n")));
        QVERIFY(text.contains(QStringLiteral("# [environments.prod]")));
        auto after = strata::Project::open(dir.path());
        QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
        QCOMPARE(QFileInfo(after->config().filePath()).fileName(), QStringLiteral("strata.toml"));
        QCOMPARE(after->config().environments().size(), 1);
        QCOMPARE(after->config().environments().constFirst().name, QStringLiteral("default"));
        QCOMPARE(after->config().environments().constFirst().url,
                 before->config().environments().constFirst().url);
        QCOMPARE(after->graph().ids(), before->graph().ids());

        // Never over an existing strata.toml.
        const CliRun again =
            runCli({QStringLiteral("init"), QStringLiteral("--alembic"), dir.path()});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(readFile(toml), text);
    }

    void initAlembicNeedsAlembic() {
        QTemporaryDir dir;
        const CliRun run =
            runCli({QStringLiteral("init"), QStringLiteral("--alembic"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no alembic.ini")), qPrintable(run.err));
        QCOMPARE(listFiles(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliAlembic)
#include "tst_cli_alembic.moc"
