// `strata lint` end to end: the built CLI on fixture projects (no database). Compiler-style
// output, --json, ranges and files, --rule/--disable, [lint] in strata.toml, exit codes, Python
// revisions, and the sample project's findings. The fixtures run with only the two index rules
// of the engine (require-concurrent-index-creation/-deletion, see runLint()); the sample project
// runs with every rule (kSampleFindings).
#include "lint/LintRegistry.h"

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

const QString kCreate = QStringLiteral("require-concurrent-index-creation");
const QString kDelete = QStringLiteral("require-concurrent-index-deletion");

// What `strata lint` finds in the sample project (migrations/) with every rule, as
// "FILE:LINE:COL level[rule]" in output order. Update this table when a rule is added or changes
// (print it with: cd migrations && strata lint).
const QStringList kSampleFindings = {
    QStringLiteral("versions/0001_init_schema.sql:24:20 note[prefer-identity]"),
    QStringLiteral("versions/0001_init_schema.sql:32:17 note[prefer-identity]"),
    QStringLiteral("versions/0001_init_schema.sql:34:17 warning[prefer-bigint-over-int]"),
    QStringLiteral("versions/0001_init_schema.sql:44:1 warning[require-concurrent-index-deletion]"),
    QStringLiteral("versions/0001_init_schema.sql:44:1 warning[require-lock-timeout]"),
    QStringLiteral("versions/0001_init_schema.sql:44:1 warning[require-statement-timeout]"),
    QStringLiteral("versions/0001_init_schema.sql:45:1 note[table-lock]"),
    QStringLiteral("versions/0001_init_schema.sql:46:1 note[table-lock]"),
    QStringLiteral(
        "versions/0002_add_chunk_embeddings.sql:31:1 warning[require-concurrent-index-creation]"),
    QStringLiteral("versions/0002_add_chunk_embeddings.sql:31:1 warning[require-lock-timeout]"),
    QStringLiteral(
        "versions/0002_add_chunk_embeddings.sql:31:1 warning[require-statement-timeout]"),
    QStringLiteral(
        "versions/0002_add_chunk_embeddings.sql:34:1 warning[require-concurrent-index-deletion]"),
    QStringLiteral("versions/0002_add_chunk_embeddings.sql:34:1 warning[require-lock-timeout]"),
    QStringLiteral(
        "versions/0002_add_chunk_embeddings.sql:34:1 warning[require-statement-timeout]"),
    QStringLiteral("versions/0002_add_chunk_embeddings.sql:35:1 note[table-lock]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:12:1 warning[require-lock-timeout]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:12:1 warning[require-statement-timeout]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:16:1 warning[backfill-with-ddl]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:26:1 note[table-lock]"),
    QStringLiteral(
        "versions/0003_add_search_indexes.sql:30:1 warning[require-concurrent-index-creation]"),
    QStringLiteral(
        "versions/0003_add_search_indexes.sql:31:1 warning[require-concurrent-index-creation]"),
    QStringLiteral(
        "versions/0003_add_search_indexes.sql:45:1 warning[require-concurrent-index-deletion]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:45:1 warning[require-lock-timeout]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:45:1 warning[require-statement-timeout]"),
    QStringLiteral(
        "versions/0003_add_search_indexes.sql:46:1 warning[require-concurrent-index-deletion]"),
    QStringLiteral(
        "versions/0003_add_search_indexes.sql:47:1 warning[require-concurrent-index-deletion]"),
    QStringLiteral("versions/0003_add_search_indexes.sql:50:1 note[table-lock]"),
    QStringLiteral("versions/0004_add_documents_path_index.sql:12:1 warning[require-lock-timeout]"),
    QStringLiteral(
        "versions/0004_add_documents_path_index.sql:12:1 warning[require-statement-timeout]"),
    QStringLiteral("versions/0004_add_documents_path_index.sql:15:1 warning[require-lock-timeout]"),
    QStringLiteral(
        "versions/0004_add_documents_path_index.sql:15:1 warning[require-statement-timeout]"),
};

QString help(const QString& rule) {
    const strata::LintRule* r = strata::LintRegistry::find(rule);
    return r ? r->help() : QString();
}

// A revision whose upgrade starts on line 6 and whose downgrade follows it after a blank line
// and the marker (a one-line upgrade: the downgrade starts on line 9).
QString revisionText(const QString& id, const QString& parents, const QString& up,
                     const QString& down = QStringLiteral("SELECT 2;"),
                     const QString& transactional = QStringLiteral("yes")) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Transactional: %5\n\n"
                          "-- migrate:upgrade\n%3\n\n-- migrate:downgrade\n%4\n")
        .arg(id, parents, up, down, transactional);
}

// a1 creates items and indexes it (new: no finding); b2 indexes it (6:1) and drops the index in
// its downgrade (9:1).
void writeIndexProject(const QString& dir, const QString& lint = QString()) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n"
                             "[environments.dev]\nurl = \"postgresql://localhost/dev\"\n"
                             "lock_timeout = \"2s\"\n") +
                  lint);
    writeFile(dir, QStringLiteral("versions/a1.sql"),
              revisionText(QStringLiteral("a1"), {},
                           QStringLiteral("CREATE TABLE items (id int, x int);\n"
                                          "CREATE INDEX items_id ON items (id);"),
                           QStringLiteral("DROP TABLE items;")));
    writeFile(dir, QStringLiteral("versions/b2.sql"),
              revisionText(QStringLiteral("b2"), QStringLiteral("a1"),
                           QStringLiteral("CREATE INDEX items_x ON items (x);"),
                           QStringLiteral("DROP INDEX items_x;")));
}

// "FILE:LINE:COL level[rule]" of every finding line of compiler-style output.
QStringList findingLines(const QString& out) {
    QStringList found;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        const qsizetype bracket = line.indexOf(QLatin1String("]: "));
        if (bracket < 0 || line.startsWith(QLatin1Char(' ')))
            continue;
        QString head = line.left(bracket + 1);
        const qsizetype levelStart = head.lastIndexOf(QLatin1String(": "));
        head.replace(levelStart, 2, QLatin1String(" "));
        found << head;
    }
    return found;
}

QStringList listFiles(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// `strata lint ARGS` in `cwd` with only the two rules these fixtures are about (unless ARGS
// choose with --rule), so that the rules added later do not change what is asserted here.
CliRun runLint(const QStringList& args, const QString& cwd = QString()) {
    QStringList all{QStringLiteral("lint")};
    all += args;
    if (!args.contains(QStringLiteral("--rule")))
        all << QStringLiteral("--rule") << kCreate + QLatin1Char(',') + kDelete;
    return runCli(all, cwd);
}

QJsonObject jsonOf(const CliRun& run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliLint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listedInHelp() {
        const CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\n  lint ")), qPrintable(run.out));
        const CliRun lintHelp = runLint({QStringLiteral("--help")});
        QCOMPARE(lintHelp.exitCode, 0);
        for (const char* option : {"--sarif", "--rule", "--disable", "--postgres", "--json"})
            QVERIFY2(lintHelp.out.contains(QLatin1String(option)), option);
    }

    // The whole compiler-style output, from inside the project: paths relative to it, the help
    // and the lock lines, the summary; a new table's index is not flagged.
    void compilerOutput() {
        QTemporaryDir dir;
        writeIndexProject(dir.path());
        const CliRun run = runLint({}, dir.path());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        // The messages are the rules' own (tst_linter and the rule tests check their words).
        const QJsonArray findings = jsonOf(runLint({QStringLiteral("--json")}, dir.path()))
                                        .value(QStringLiteral("revisions"))
                                        .toArray()
                                        .at(1)
                                        .toObject()
                                        .value(QStringLiteral("findings"))
                                        .toArray();
        QCOMPARE(findings.size(), 2);
        const auto message = [&](int i) {
            return findings.at(i).toObject().value(QStringLiteral("message")).toString();
        };
        QVERIFY(message(0).contains(QStringLiteral("items")));
        const QString expected =
            QStringLiteral("versions/b2.sql:6:1: warning[%1]: %2\n"
                           "  = help: %3\n"
                           "  = lock: SHARE on items: blocks writes (reads continue) until the "
                           "revision commits\n")
                .arg(kCreate, message(0), help(kCreate)) +
            QStringLiteral("versions/b2.sql:9:1: warning[%1]: %2\n"
                           "  = help: %3\n")
                .arg(kDelete, message(1), help(kDelete));
        QVERIFY2(run.out.startsWith(expected), qPrintable(run.out));
        QVERIFY2(run.out.endsWith(QStringLiteral("\n2 warnings in 1 of 2 revisions\n")),
                 qPrintable(run.out));
    }

    // From outside the project the paths are absolute.
    void absolutePathsOutsideTheProject() {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        writeIndexProject(dir.path());
        const CliRun run = runLint({QStringLiteral("--project"), dir.path()}, elsewhere.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(findingLines(run.out),
                 (QStringList{QDir(dir.path()).filePath(QStringLiteral("versions/b2.sql")) +
                                  QStringLiteral(":6:1 warning[%1]").arg(kCreate),
                              QDir(dir.path()).filePath(QStringLiteral("versions/b2.sql")) +
                                  QStringLiteral(":9:1 warning[%1]").arg(kDelete)}));
    }

    // Ranges, one revision, a file; --rule, --disable; [lint] disable and levels; --env.
    void selection_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("lint");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("summary");
        const QString create = QStringLiteral("versions/b2.sql:6:1 warning[%1]").arg(kCreate);
        const QString remove = QStringLiteral("versions/b2.sql:9:1 warning[%1]").arg(kDelete);
        QTest::newRow("one revision a1") << QStringList{QStringLiteral("a1")} << QString() << 0
                                         << QStringList() << "no findings in 1 revision";
        QTest::newRow("range base:a1") << QStringList{QStringLiteral("base:a1")} << QString() << 0
                                       << QStringList() << "no findings in 1 revision";
        QTest::newRow("range a1:b2")
            << QStringList{QStringLiteral("a1:b2")} << QString() << 0 << QStringList{create, remove}
            << "2 warnings in 1 of 2 revisions";
        QTest::newRow("head") << QStringList{QStringLiteral("head")} << QString() << 0
                              << QStringList{create, remove} << "2 warnings in 1 of 1 revision";
        QTest::newRow("file") << QStringList{QStringLiteral("versions/b2.sql")} << QString() << 0
                              << QStringList{create, remove} << "2 warnings in 1 of 1 revision";
        QTest::newRow("--rule") << QStringList{QStringLiteral("--rule"), kDelete} << QString() << 0
                                << QStringList{remove} << "1 warning in 1 of 2 revisions";
        QTest::newRow("--disable") << QStringList{QStringLiteral("--disable"), kDelete} << QString()
                                   << 0 << QStringList{create} << "1 warning in 1 of 2 revisions";
        QTest::newRow("--disable both, comma")
            << QStringList{QStringLiteral("--disable"), kDelete + QLatin1Char(',') + kCreate}
            << QString() << 0 << QStringList() << "no findings in 2 revisions";
        QTest::newRow("[lint] disable")
            << QStringList() << QStringLiteral("\n[lint]\ndisable = [\"%1\"]\n").arg(kCreate) << 0
            << QStringList{remove} << "1 warning in 1 of 2 revisions";
        QTest::newRow("[lint.levels] error: exit 3")
            << QStringList()
            << QStringLiteral("\n[lint.levels]\n%1 = \"error\"\n%2 = \"note\"\n")
                   .arg(kCreate, kDelete)
            << 3
            << QStringList{QStringLiteral("versions/b2.sql:6:1 error[%1]").arg(kCreate),
                           QStringLiteral("versions/b2.sql:9:1 note[%1]").arg(kDelete)}
            << "1 error, 1 note in 1 of 2 revisions";
        QTest::newRow("[lint.levels] off")
            << QStringList() << QStringLiteral("\n[lint.levels]\n%1 = \"off\"\n").arg(kCreate) << 0
            << QStringList{remove} << "1 warning in 1 of 2 revisions";
        // --env ENV: the environment's lock_timeout (dev has one) satisfies require-lock-timeout.
        const QString timeout = QStringLiteral("require-lock-timeout");
        QTest::newRow("no --env: lock_timeout unset")
            << QStringList{QStringLiteral("--rule"), timeout} << QString() << 0
            << QStringList{QStringLiteral("versions/a1.sql:10:1 warning[%1]").arg(timeout),
                           QStringLiteral("versions/b2.sql:6:1 warning[%1]").arg(timeout),
                           QStringLiteral("versions/b2.sql:9:1 warning[%1]").arg(timeout)}
            << "3 warnings in 2 of 2 revisions";
        QTest::newRow("--env dev: its lock_timeout counts")
            << QStringList{QStringLiteral("--rule"), timeout, QStringLiteral("--env"),
                           QStringLiteral("dev")}
            << QString() << 0 << QStringList() << "no findings in 2 revisions";
        QTest::newRow("--env, --postgres")
            << QStringList{QStringLiteral("--env"), QStringLiteral("dev"),
                           QStringLiteral("--postgres"), QStringLiteral("11")}
            << QString() << 0 << QStringList{create, remove} << "2 warnings in 1 of 2 revisions";
    }
    void selection() {
        QFETCH(QStringList, args);
        QFETCH(QString, lint);
        QFETCH(int, exitCode);
        QFETCH(QStringList, findings);
        QFETCH(QString, summary);
        QTemporaryDir dir;
        writeIndexProject(dir.path(), lint);
        const CliRun run = runLint(args, dir.path());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(findingLines(run.out), findings);
        QVERIFY2(run.out.endsWith(summary + QLatin1Char('\n')), qPrintable(run.out));
    }

    // Usage errors: one line on stderr, exit 2 (1 for a target that names no revision, as in
    // `strata verify`), nothing on stdout.
    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown rule")
            << QStringList{QStringLiteral("--rule"),
                           QStringLiteral("require-concurent-index-creation")}
            << "strata lint: unknown lint rule 'require-concurent-index-creation' (did you mean "
               "'require-concurrent-index-creation'?) (see 'strata lint --help')"
            << 2;
        QTest::newRow("unknown rules")
            << QStringList{QStringLiteral("--disable"), QStringLiteral("nope,zilch")}
            << "strata lint: unknown lint rule 'nope'; unknown lint rule 'zilch' (see 'strata "
               "lint --help')"
            << 2;
        QTest::newRow("json and sarif")
            << QStringList{QStringLiteral("--json"), QStringLiteral("--sarif")}
            << "strata lint: choose one of --json and --sarif (see 'strata lint --help')" << 2;
        QTest::newRow("two targets") << QStringList{QStringLiteral("a1"), QStringLiteral("b2")}
                                     << "strata lint: lint takes at most one TARGET, RANGE or "
                                        "FILE (see 'strata lint --help')"
                                     << 2;
        QTest::newRow("bad --postgres")
            << QStringList{QStringLiteral("--postgres"), QStringLiteral("thirteen")}
            << "strata lint: --postgres must be a PostgreSQL major version like 13, not "
               "'thirteen' (see 'strata lint --help')"
            << 2;
        QTest::newRow("unknown env")
            << QStringList{QStringLiteral("--env"), QStringLiteral("stage")}
            << "strata lint: unknown environment 'stage' (known: dev)" << 2;
        QTest::newRow("unknown revision") << QStringList{QStringLiteral("zz9")}
                                          << "strata lint: No such revision or branch 'zz9'" << 1;
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        writeIndexProject(dir.path());
        const CliRun run = runCli(QStringList{QStringLiteral("lint")} + args, dir.path());
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    // A revision that does not parse: printed as `strata check` prints it, exit 1, the others
    // still linted.
    void parseErrorExits1() {
        QTemporaryDir dir;
        writeIndexProject(dir.path());
        writeFile(dir.path(), QStringLiteral("versions/c3.sql"),
                  revisionText(QStringLiteral("c3"), QStringLiteral("b2"),
                               QStringLiteral("CREATE TABLE (;")));
        const CliRun run = runLint({}, dir.path());
        QCOMPARE(run.exitCode, 1);
        const CliRun check = runCli({QStringLiteral("check")}, dir.path());
        QCOMPARE(check.exitCode, 3);
        const QString parseError = check.out.split(QLatin1Char('\n')).constFirst();
        QVERIFY2(parseError.contains(QStringLiteral("c3.sql:6")), qPrintable(check.out));
        QVERIFY2(run.out.contains(parseError + QLatin1Char('\n')), qPrintable(run.out));
        QCOMPARE(findingLines(run.out).size(), 2);
        QVERIFY2(run.out.endsWith(
                     QStringLiteral("2 warnings in 1 of 3 revisions, 1 revision does not parse\n")),
                 qPrintable(run.out));
        // The parse error outranks an error-level finding.
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[lint.levels]\n%1 = \"error\"\n").arg(kCreate));
        QCOMPARE(runLint({}, dir.path()).exitCode, 1);
    }

    // A revision file that does not load (no header): printed as `strata check` prints it,
    // exit 1, the others linted; in JSON under "problems".
    void brokenFileExits1() {
        QTemporaryDir dir;
        writeIndexProject(dir.path());
        writeFile(dir.path(), QStringLiteral("versions/c3.sql"),
                  QStringLiteral("-- migrate:upgrade\nSELECT 1;\n"));
        const CliRun check = runCli({QStringLiteral("check")}, dir.path());
        QCOMPARE(check.exitCode, 3);
        const QString problem = check.out.split(QLatin1Char('\n')).constFirst();
        QVERIFY2(problem.contains(QStringLiteral("c3.sql")), qPrintable(check.out));
        const CliRun run = runLint({}, dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(problem + QLatin1Char('\n')), qPrintable(run.out));
        QCOMPARE(findingLines(run.out).size(), 2);
        QVERIFY2(run.out.endsWith(
                     QStringLiteral("2 warnings in 1 of 2 revisions, 1 file does not load\n")),
                 qPrintable(run.out));
        const CliRun json = runLint({QStringLiteral("--json")}, dir.path());
        QCOMPARE(json.exitCode, 1);
        const QJsonArray problems = jsonOf(json).value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("versions/c3.sql"));
    }

    // A `.sql` revision file outside the project is linted on its own.
    void fileOutsideTheProject() {
        QTemporaryDir dir;
        QTemporaryDir other;
        writeIndexProject(dir.path());
        const QString file = writeFile(other.path(), QStringLiteral("x9.sql"),
                                       revisionText(QStringLiteral("x9"), QStringLiteral("b2"),
                                                    QStringLiteral("DROP INDEX items_x;")));
        const CliRun run = runLint({file}, dir.path());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(findingLines(run.out),
                 QStringList{file + QStringLiteral(":6:1 warning[%1]").arg(kDelete)});
        const CliRun py = runCli(
            {QStringLiteral("lint"), QDir(other.path()).filePath(QStringLiteral("nothing.py"))},
            dir.path());
        QCOMPARE(py.exitCode, 1); // not a file: a target naming no revision
        writeFile(other.path(), QStringLiteral("y.py"), QStringLiteral("x = 1\n"));
        const CliRun notRevision =
            runLint({QDir(other.path()).filePath(QStringLiteral("y.py"))}, dir.path());
        QCOMPARE(notRevision.exitCode, 2);
        QVERIFY2(notRevision.err.contains(QStringLiteral("is not a revision of the project")),
                 qPrintable(notRevision.err));
    }

    // Bad [lint] rule ids: `strata lint` refuses (exit 1) and `strata check` lists them; both
    // name strata.toml:LINE. A bad shape fails loading the project for every command.
    void badSettings() {
        QTemporaryDir dir;
        writeIndexProject(dir.path(), QStringLiteral("\n[lint]\ndisable = [\"require-"
                                                     "concurrent-index-deleton\"]\n"));
        const QString where = QDir(dir.path()).filePath(QStringLiteral("strata.toml")) +
                              QStringLiteral(":9: unknown lint rule "
                                             "'require-concurrent-index-deleton' in lint.disable "
                                             "(did you mean '%1'?)")
                                  .arg(kDelete);
        const CliRun run = runLint({}, dir.path());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QStringLiteral("strata lint: ") + where + QLatin1Char('\n'));
        const CliRun check = runCli({QStringLiteral("check")}, dir.path());
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.out.startsWith(where + QLatin1Char('\n')), qPrintable(check.out));
        // The other commands still run (a rule id is not a reason to stop a deployment).
        QCOMPARE(runCli({QStringLiteral("heads")}, dir.path()).exitCode, 0);

        writeIndexProject(dir.path(), QStringLiteral("\n[lint]\npostgres = \"15\"\n"));
        const CliRun shape = runCli({QStringLiteral("heads")}, dir.path());
        QCOMPARE(shape.exitCode, 1);
        QVERIFY2(shape.err.contains(QStringLiteral("strata.toml:9: lint.postgres must be")),
                 qPrintable(shape.err));
    }

    // --json: one document with revisions, statements and their locks, findings, summary.
    void jsonDocument() {
        QTemporaryDir dir;
        writeIndexProject(dir.path());
        const CliRun run = runLint({QStringLiteral("--json")}, dir.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        const QJsonObject doc = jsonOf(run);
        QCOMPARE(doc.value(QStringLiteral("project")).toString(), QDir(dir.path()).canonicalPath());
        const QJsonArray revisions = doc.value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 2);
        const QJsonObject a1 = revisions.at(0).toObject();
        QCOMPARE(a1.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
        QCOMPARE(a1.value(QStringLiteral("file")).toString(), QStringLiteral("versions/a1.sql"));
        QCOMPARE(a1.value(QStringLiteral("linted")).toBool(), true);
        QCOMPARE(a1.value(QStringLiteral("findings")).toArray().size(), 0);
        const QJsonArray a1Statements = a1.value(QStringLiteral("statements")).toArray();
        QCOMPARE(a1Statements.size(), 3);
        const QJsonObject index = a1Statements.at(1).toObject();
        QCOMPARE(index.value(QStringLiteral("tag")).toString(), QStringLiteral("CREATE INDEX"));
        QCOMPARE(index.value(QStringLiteral("line")).toInt(), 7);
        QCOMPARE(index.value(QStringLiteral("column")).toInt(), 1);
        const QJsonObject newLock = index.value(QStringLiteral("locks")).toArray().at(0).toObject();
        QCOMPARE(newLock.value(QStringLiteral("relation")).toString(), QStringLiteral("items"));
        QCOMPARE(newLock.value(QStringLiteral("new")).toBool(), true);

        const QJsonObject b2 = revisions.at(1).toObject();
        const QJsonObject st = b2.value(QStringLiteral("statements")).toArray().at(0).toObject();
        const QJsonObject lock = st.value(QStringLiteral("locks")).toArray().at(0).toObject();
        QCOMPARE(lock.value(QStringLiteral("relation")).toString(), QStringLiteral("items"));
        QCOMPARE(lock.value(QStringLiteral("mode")).toString(), QStringLiteral("SHARE"));
        QCOMPARE(lock.value(QStringLiteral("blocks")).toString(),
                 QStringLiteral("blocks writes (reads continue)"));
        QCOMPARE(lock.value(QStringLiteral("new")).toBool(), false);
        const QJsonArray findings = b2.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject f = findings.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("rule")).toString(), kCreate);
        QCOMPARE(f.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QVERIFY(f.value(QStringLiteral("message")).toString().contains(QStringLiteral("items")));
        QCOMPARE(f.value(QStringLiteral("help")).toString(), help(kCreate));
        QCOMPARE(f.value(QStringLiteral("file")).toString(), QStringLiteral("versions/b2.sql"));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), 6);
        QCOMPARE(f.value(QStringLiteral("column")).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("endLine")).toInt(), 6);
        QCOMPARE(f.value(QStringLiteral("endColumn")).toInt(), 33); // the ';' ends it
        QCOMPARE(f.value(QStringLiteral("section")).toString(), QStringLiteral("upgrade"));
        QCOMPARE(f.value(QStringLiteral("revision")).toString(), QStringLiteral("b2"));
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("section")).toString(),
                 QStringLiteral("downgrade"));

        const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("revisions")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("linted")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("withFindings")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("warnings")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 0);
    }

    // Reads only: the project folder holds the same files afterwards, in every output mode.
    void writesNothing() {
        QTemporaryDir dir;
        writeIndexProject(dir.path());
        const QStringList before = listFiles(dir.path());
        for (const QStringList& args : {QStringList{}, QStringList{QStringLiteral("--json")},
                                        QStringList{QStringLiteral("--sarif")}})
            QCOMPARE(runLint(args, dir.path()).exitCode, 0);
        QCOMPARE(listFiles(dir.path()), before);
    }

    // An Alembic project with strata.toml beside alembic.ini: SQL-form .py revisions are
    // linted, Python ones listed as not linted (a note, never an error); [lint] applies.
    void alembicProject() {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("alembic.ini"),
                  QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"));
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\nalembic = \"alembic.ini\"\n\n[lint.levels]\n"
                                 "%1 = \"error\"\n")
                      .arg(kCreate));
        writeFile(dir.path(), QStringLiteral("migrations/versions/aa01_items.py"),
                  QStringLiteral("\"\"\"items\n\nRevision ID: aa01\nRevises:\n\"\"\"\n"
                                 "import sqlalchemy as sa\nfrom alembic import op\n\n"
                                 "revision = \"aa01\"\ndown_revision = None\n"
                                 "branch_labels = None\ndepends_on = None\n\n\n"
                                 "def upgrade():\n"
                                 "    op.create_table(\"items\", sa.Column(\"x\", sa.Integer))\n"
                                 "\n\ndef downgrade():\n    op.drop_table(\"items\")\n"));
        writeFile(dir.path(), QStringLiteral("migrations/versions/bb02_index.py"),
                  QStringLiteral("\"\"\"index\n\nRevision ID: bb02\nRevises: aa01\n\"\"\"\n"
                                 "from alembic import op\n\n"
                                 "revision = \"bb02\"\ndown_revision = \"aa01\"\n"
                                 "branch_labels = None\ndepends_on = None\n\n\n"
                                 "def upgrade():\n"
                                 "    op.execute(\"CREATE INDEX items_x ON items (x)\")\n"
                                 "\n\ndef downgrade():\n"
                                 "    op.execute(\"DROP INDEX CONCURRENTLY items_x\")\n"));
        const CliRun run = runLint({}, dir.path());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(QStringLiteral(
                     "migrations/versions/aa01_items.py: note: aa01 not linted (Python)\n")),
                 qPrintable(run.out));
        QCOMPARE(
            findingLines(run.out),
            QStringList{
                QStringLiteral("migrations/versions/bb02_index.py:15:1 error[%1]").arg(kCreate)});
        QVERIFY2(run.out.endsWith(
                     QStringLiteral("1 error in 1 of 2 revisions (1 not linted: Python)\n")),
                 qPrintable(run.out));

        const QJsonObject doc = jsonOf(runLint({QStringLiteral("--json")}, dir.path()));
        const QJsonObject aa01 = doc.value(QStringLiteral("revisions")).toArray().at(0).toObject();
        QCOMPARE(aa01.value(QStringLiteral("linted")).toBool(), false);
        QCOMPARE(aa01.value(QStringLiteral("notLinted")).toString(), QStringLiteral("python"));
        QCOMPARE(doc.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("notLinted"))
                     .toInt(),
                 1);
    }

    // The sample project's findings, exactly (kSampleFindings).
    void sampleProject() {
        const CliRun run = runCli({QStringLiteral("lint")}, sampleProjectDir());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(findingLines(run.out), kSampleFindings);
    }
};

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
