// The `strata` binary, offline commands: Alembic's output formats, offline SQL, authoring, and
// the bad-input list of the foundation (one-line errors naming the place, exit 1 or 2, nothing
// written, never a crash).
#include "Project.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::test;

namespace {

QString revisionText(const QString& id, const QString& parents, const QString& up = {},
                     const QString& extraHeader = {}) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: rev %1\n%3"
                          "\n-- migrate:upgrade\n%4\n\n-- migrate:downgrade\nSELECT 2;\n")
        .arg(id, parents, extraHeader, up.isEmpty() ? QStringLiteral("SELECT 1;") : up);
}

// A project in a temporary folder; `files` maps versions/NAME to its text.
QString makeProject(const QTemporaryDir& dir, const QList<QPair<QString, QString>>& files,
                    const QString& toml = {}) {
    writeFile(dir.path(), QStringLiteral("strata.toml"),
              // Targeting 15 (not newer than any grammar this builds with): a statement the grammar
              // rejects is an error.
              toml.isEmpty()
                  ? QStringLiteral("[project]\nversions = \"versions\"\npostgres = \"15\"\n\n"
                                   "[environments.dev]\nurl = \"${DEV_URL}\"\n")
                  : toml);
    QDir(dir.path()).mkpath(QStringLiteral("versions"));
    for (const auto& f : files)
        writeFile(dir.path(), QStringLiteral("versions/") + f.first, f.second);
    return dir.path();
}

QStringList listFiles(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The expectations come from the sample project itself, so adding a revision to
    // migrations/ does not break these tests (only a wrong history would).
    void sampleHistory() {
        auto project = strata::Project::open(sampleProjectDir());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        const strata::RevisionGraph& graph = project->graph();
        QCOMPARE(graph.heads().size(), 1);
        QCOMPARE(graph.bases().size(), 1);
        const strata::Revision* head = graph.revision(graph.heads().constFirst());
        const strata::Revision* base = graph.revision(graph.bases().constFirst());
        QVERIFY(head && base);
        QCOMPARE(head->parents.size(), 1);

        const CliRun run =
            runCli({QStringLiteral("history"), QStringLiteral("--project"), sampleProjectDir()});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), graph.size());
        QCOMPARE(lines.constFirst(), QStringLiteral("%1 -> %2 (head), %3")
                                         .arg(head->parents.constFirst(), head->id, head->message));
        QCOMPARE(lines.constLast(),
                 QStringLiteral("<base> -> %1, %2").arg(base->id, base->message));
        // Every revision of migrations/versions appears once.
        const QStringList files = QDir(sampleProjectDir() + QStringLiteral("/versions"))
                                      .entryList({QStringLiteral("*.sql")}, QDir::Files);
        QCOMPARE(lines.size(), files.size());
        for (const QString& id : graph.ids())
            QCOMPARE(lines.filter(QStringLiteral("-> ") + id).size(), 1);
        QVERIFY(run.err.isEmpty());
    }

    void sampleCheckIsClean() {
        const int revisions = int(QDir(sampleProjectDir() + QStringLiteral("/versions"))
                                      .entryList({QStringLiteral("*.sql")}, QDir::Files)
                                      .size());
        QVERIFY(revisions > 0);
        const CliRun run =
            runCli({QStringLiteral("check"), QStringLiteral("--project"), sampleProjectDir()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("%1 revisions, 0 problems").arg(revisions)),
                 qPrintable(run.out));
    }

    void headsFormats_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("heads") << QStringList{QStringLiteral("heads")}
                               << QStringLiteral("a1 (effective head)\nb1 (head)\n");
        QTest::newRow("resolve dependencies")
            << QStringList{QStringLiteral("heads"), QStringLiteral("--resolve-dependencies")}
            << QStringLiteral("b1 (head)\n");
        QTest::newRow("history") << QStringList{QStringLiteral("history")}
                                 << QStringLiteral("<base> (a1) -> b1 (head), rev b1\n"
                                                   "<base> -> a1 (effective head), rev a1\n");
    }
    void headsFormats() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        makeProject(
            dir, {{QStringLiteral("a1.sql"), revisionText(QStringLiteral("a1"), {})},
                  {QStringLiteral("b1.sql"), revisionText(QStringLiteral("b1"), {}, {},
                                                          QStringLiteral("-- Depends On: a1\n"))}});
        const CliRun run = runCli(args << QStringLiteral("--project") << dir.path());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected);
    }

    void offlineSqlFormat() {
        QTemporaryDir dir;
        makeProject(dir, {{QStringLiteral("a1.sql"),
                           revisionText(QStringLiteral("a1"), {},
                                        QStringLiteral("CREATE TABLE t1 (id int);"))},
                          {QStringLiteral("b2.sql"),
                           revisionText(QStringLiteral("b2"), QStringLiteral("a1"),
                                        QStringLiteral("CREATE TABLE t2 (id int);"))}});
        const CliRun run =
            runCli({QStringLiteral("upgrade"), QStringLiteral("base:heads"),
                    QStringLiteral("--sql"), QStringLiteral("--project"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        // What python3-alembic 1.8.1 prints for the same revisions (transaction_per_migration).
        const QString expected = QStringLiteral(
            "BEGIN;\n\nCREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
            "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\n"
            "-- Running upgrade  -> a1\n\nCREATE TABLE t1 (id int);\n\n"
            "INSERT INTO alembic_version (version_num) VALUES ('a1') RETURNING "
            "alembic_version.version_num;\n\nCOMMIT;\n\n"
            "BEGIN;\n\n-- Running upgrade a1 -> b2\n\nCREATE TABLE t2 (id int);\n\n"
            "UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = "
            "'a1';\n\nCOMMIT;\n\n");
        QCOMPARE(run.out, expected);

        const CliRun down =
            runCli({QStringLiteral("downgrade"), QStringLiteral("b2:base"), QStringLiteral("--sql"),
                    QStringLiteral("--project"), dir.path()});
        QCOMPARE(down.exitCode, 0);
        QVERIFY(down.out.contains(QStringLiteral("-- Running downgrade a1 -> \n\nSELECT 2;\n\n"
                                                 "DELETE FROM alembic_version WHERE "
                                                 "alembic_version.version_num = 'a1';")));
        QVERIFY(down.out.endsWith(QStringLiteral("COMMIT;\n\nDROP TABLE alembic_version;\n\n")));
    }

    void revisionAndMerge() {
        QTemporaryDir dir;
        makeProject(dir, {});
        const QString p = dir.path();
        auto cli = [&p](QStringList args) {
            return runCli(args << QStringLiteral("--project") << p);
        };
        QCOMPARE(cli({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("first"),
                      QStringLiteral("--rev-id"), QStringLiteral("a1")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("left"),
                      QStringLiteral("--rev-id"), QStringLiteral("l1")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("right"),
                      QStringLiteral("--rev-id"), QStringLiteral("r1"), QStringLiteral("--head"),
                      QStringLiteral("a1"), QStringLiteral("--no-transaction"),
                      QStringLiteral("--splice")}) // a1 is not a head any more
                     .exitCode,
                 0);
        QVERIFY(readFile(p + QStringLiteral("/versions/r1.sql"))
                    .contains(QStringLiteral("-- Transactional: no")));
        // Several heads: like Alembic, `revision` needs --head.
        const QStringList before = listFiles(p);
        const CliRun refused =
            cli({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("multiple heads")), qPrintable(refused.err));
        QCOMPARE(listFiles(p), before);
        // merge heads joins them into the single new head.
        QCOMPARE(cli({QStringLiteral("merge"), QStringLiteral("heads"), QStringLiteral("-m"),
                      QStringLiteral("join"), QStringLiteral("--rev-id"), QStringLiteral("m1")})
                     .exitCode,
                 0);
        const CliRun heads = cli({QStringLiteral("heads")});
        QCOMPARE(heads.out, QStringLiteral("m1 (head)\n"));
        const CliRun json =
            cli({QStringLiteral("show"), QStringLiteral("m1"), QStringLiteral("--json")});
        const QJsonArray shown = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).toObject().value(QStringLiteral("parents")).toArray().size(), 2);
    }

    // Bad input: (files, command) -> exit code and a piece of the one-line error.
    void badInput_data() {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");

        const QString h = QStringLiteral("heads");
        QTest::newRow("cycle") << QStringList{"a.sql", "b.sql"}
                               << QStringList{revisionText("a", "b"), revisionText("b", "a")}
                               << QStringList{h} << 1 << QStringLiteral("a.sql:1: Cycle");
        QTest::newRow("self-loop") << QStringList{"a.sql"} << QStringList{revisionText("a", "a")}
                                   << QStringList{h} << 1 << QStringLiteral("a.sql:1");
        QTest::newRow("duplicate id")
            << QStringList{"a.sql", "a2.sql"}
            << QStringList{revisionText("a", {}), revisionText("a", {})} << QStringList{h} << 1
            << QStringLiteral("a2.sql:1: Revision a is present more than once");
        QTest::newRow("duplicate label")
            << QStringList{"a.sql", "b.sql"}
            << QStringList{revisionText("a", {}, {}, "-- Branch Labels: x\n"),
                           revisionText("b", {}, {}, "-- Branch Labels: x\n")}
            << QStringList{h} << 1 << QStringLiteral("'x'");
        QTest::newRow("missing parent")
            << QStringList{"a.sql"} << QStringList{revisionText("a", "zz")} << QStringList{h} << 1
            << QStringLiteral("zz");
        QTest::newRow("id too long")
            << QStringList{"a.sql"} << QStringList{revisionText(QString(1025, 'a'), {})}
            << QStringList{h} << 1 << QStringLiteral("a.sql:1");
        for (const char* bad : {"a@b", "a-b", "a+b", "a:b"})
            QTest::newRow(qPrintable(QStringLiteral("id ") + QLatin1String(bad)))
                << QStringList{"a.sql"} << QStringList{revisionText(QLatin1String(bad), {})}
                << QStringList{h} << 1 << QStringLiteral("a.sql:1");
        QTest::newRow("ambiguous prefix")
            << QStringList{"abc1.sql", "abc2.sql"}
            << QStringList{revisionText("abc1", {}), revisionText("abc2", "abc1")}
            << QStringList{"show", "abc"} << 1 << QStringLiteral("abc");
        QTest::newRow("unknown target")
            << QStringList{"a.sql"} << QStringList{revisionText("a", {})}
            << QStringList{"upgrade", "base:nope", "--sql"} << 1 << QStringLiteral("nope");
        QTest::newRow("head with several heads")
            << QStringList{"a.sql", "b.sql"}
            << QStringList{revisionText("a", {}), revisionText("b", {})}
            << QStringList{"upgrade", "base:head", "--sql"} << 1 << QStringLiteral("head");
        QTest::newRow("no revision id")
            << QStringList{"a.sql"} << QStringList{"-- Revises:\n\n-- migrate:upgrade\nSELECT 1;\n"}
            << QStringList{h} << 1 << QStringLiteral("a.sql:");
        QTest::newRow("section marker missing")
            << QStringList{"a.sql"} << QStringList{"-- Revision ID: a\n\nSELECT 1;\n"}
            << QStringList{h} << 1 << QStringLiteral("a.sql:");
        QTest::newRow("section marker repeated")
            << QStringList{"a.sql"}
            << QStringList{"-- Revision ID: a\n\n-- migrate:upgrade\nSELECT 1;\n"
                           "-- migrate:upgrade\nSELECT 2;\n"}
            << QStringList{h} << 1 << QStringLiteral("a.sql:5");
        QTest::newRow("sql parse error")
            << QStringList{"a.sql"}
            << QStringList{"-- Revision ID: a\n\n-- migrate:upgrade\nSELECT 1;\nCREATE TABLEX t "
                           "(id int);\n\n-- migrate:downgrade\n"}
            << QStringList{"upgrade", "base:heads", "--sql"} << 1 << QStringLiteral("a.sql:5");
        QTest::newRow("concurrently in a transaction")
            << QStringList{"a.sql"}
            << QStringList{"-- Revision ID: a\n\n-- migrate:upgrade\nSELECT 1;\n\nCREATE INDEX "
                           "CONCURRENTLY i ON t (x);\n\n-- migrate:downgrade\n"}
            << QStringList{"check"} << 3 << QStringLiteral("a.sql:6");
        QTest::newRow("unknown command")
            << QStringList{} << QStringList{} << QStringList{"frobnicate"} << 2
            << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{} << QStringList{} << QStringList{"heads", "--bogus"} << 2
            << QStringLiteral("bogus");
    }
    void badInput() {
        QFETCH(QStringList, names);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QList<QPair<QString, QString>> files;
        for (int i = 0; i < names.size(); ++i)
            files.append({names.at(i), texts.at(i)});
        makeProject(dir, files);
        const QStringList before = listFiles(dir.path());
        const CliRun run = runCli(args << QStringLiteral("--project") << dir.path());
        QCOMPARE(run.exitCode, exitCode);
        const QString text = exitCode == 3 ? run.out : run.err;
        QVERIFY2(text.contains(error), qPrintable(text));
        if (exitCode != 3) {
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(listFiles(dir.path()), before); // nothing written
    }

    void badConfig_data() {
        QTest::addColumn<QString>("toml");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed toml")
            << QStringLiteral("[project]\nversions = \"versions\"\n[environments.dev\nurl = 1\n")
            << QStringList{QStringLiteral("heads")} << QStringLiteral("strata.toml:3");
        QTest::newRow("wrong type")
            << QStringLiteral(
                   "[project]\n\n[environments.prod]\nurl = \"x\"\nprotected = \"yes\"\n")
            << QStringList{QStringLiteral("heads")} << QStringLiteral("strata.toml:5");
        QTest::newRow("unknown environment")
            << QStringLiteral("[environments.dev]\nurl = \"postgresql:///x\"\n")
            << QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                           QStringLiteral("--env"), QStringLiteral("stage")}
            << QStringLiteral("stage");
        QTest::newRow("unset variable")
            << QStringLiteral("[environments.dev]\nurl = \"${STRATA_TEST_UNSET_VAR}\"\n")
            << QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                           QStringLiteral("--env"), QStringLiteral("dev")}
            << QStringLiteral("STRATA_TEST_UNSET_VAR");
    }
    void badConfig() {
        QFETCH(QString, toml);
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QTemporaryDir dir;
        makeProject(dir, {{QStringLiteral("a.sql"), revisionText(QStringLiteral("a"), {})}}, toml);
        const QStringList before = listFiles(dir.path());
        const CliRun run = runCli(args << QStringLiteral("--project") << dir.path());
        QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(listFiles(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
