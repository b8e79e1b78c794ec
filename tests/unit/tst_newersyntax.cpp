// No false rejections: a statement the build's grammar rejects is "not checked" (a warning, run
// as written) when the project's server ([project] postgres) may be newer than the grammar, and
// an error when the grammar covers it. The expectations follow the grammar linked
// (SqlGrammar::major()), so the test holds with libpg_query 17 and with Debian's 15.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "config/ProjectConfig.h"
#include "lint/Linter.h"
#include "revision/RevisionFile.h"
#include "sql/RevisionChecker.h"
#include "sql/SqlGrammar.h"
#include "sql/SqlSplitter.h"

#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;

namespace {

// The grammar's major for a `target` column: kGrammar is "the grammar's own major".
constexpr int kGrammar = -1;
int resolve(int target) {
    return target == kGrammar ? SqlGrammar::major() : target;
}

QString notChecked() {
    return QStringLiteral("not checked: newer syntax than this build's PostgreSQL %1 grammar")
        .arg(SqlGrammar::major());
}

Revision revisionOf(const QString& upgrade, bool transactional = true) {
    const QString text =
        QStringLiteral("-- Revision ID: r1\n-- Revises:\n-- Transactional: %1\n"
                       "\n-- migrate:upgrade\n%2")
            .arg(transactional ? QStringLiteral("yes") : QStringLiteral("no"), upgrade);
    Result<Revision> rev = RevisionFile::parse(text, QStringLiteral("versions/r1.sql"));
    if (!rev)
        qFatal("fixture does not parse: %s", qPrintable(rev.error().toString()));
    return *rev;
}

const QString kNotNull = QStringLiteral("ALTER TABLE t ADD CONSTRAINT n NOT NULL c");
const QString kVirtual =
    QStringLiteral("CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)");
const QString kWithoutOverlaps = QStringLiteral(
    "CREATE TABLE b (r int4range, d tstzrange, PRIMARY KEY (r, d WITHOUT OVERLAPS))");

} // namespace

class TestNewerSyntax : public QObject {
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void splitKeepsRealErrors_data();
    void splitKeepsRealErrors();
    void review_data();
    void review();
    void runnerRunsUncheckedAsWritten();
    void lintFindsNewerSyntax();
    void unparsedUpgradeMayCreateAnything_data();
    void unparsedUpgradeMayCreateAnything();
    void projectPostgres_data();
    void projectPostgres();
    void checkFixtureProject();
};

// Each statement alone, after a checked one, with the grammar major from which it parses.
void TestNewerSyntax::split_data() {
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("sinceMajor");

    QTest::newRow("18: named NOT NULL constraint") << kNotNull << 18;
    QTest::newRow("18: virtual generated column") << kVirtual << 18;
    QTest::newRow("18: WITHOUT OVERLAPS") << kWithoutOverlaps << 18;
    // old/new in RETURNING read as column references of relations named old and new: every
    // grammar parses them (only an 18 server resolves them).
    QTest::newRow("18: OLD/NEW in RETURNING")
        << QStringLiteral("UPDATE t SET c = c + 1 RETURNING old.c, new.c") << 13;
    QTest::newRow("16: subquery in FROM without an alias")
        << QStringLiteral("SELECT n FROM (SELECT 1 AS n)") << 16;
    QTest::newRow("17: MERGE ... RETURNING")
        << QStringLiteral("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE "
                          "RETURNING merge_action()")
        << 17;
    QTest::newRow("15: MERGE")
        << QStringLiteral("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE") << 15;
}

void TestNewerSyntax::split() {
    QFETCH(QString, statement);
    QFETCH(int, sinceMajor);
    const bool parses = SqlGrammar::major() >= sinceMajor;
    // A dollar-quoted body with semicolons first: the scanner must not split inside it.
    const QString sql =
        QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
                       "-- the newer one\n  %1;\nSELECT 2;\n")
            .arg(statement);
    const Result<QList<SqlStatement>> strict = SqlSplitter::split(sql, 10);
    QCOMPARE(strict.ok(), parses);

    const Result<QList<SqlStatement>> r = SqlSplitter::splitAllowingNewerSyntax(sql, 10);
    QVERIFY2(r, strata::test::describe(r).constData());
    QCOMPARE(r->size(), 3);
    QCOMPARE(r->at(0).text,
             QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$"));
    QVERIFY(r->at(0).checked);
    QCOMPARE(r->at(1).text, statement);
    QCOMPARE(r->at(1).line, 12);
    QCOMPARE(r->at(1).column, 3);
    QCOMPARE(r->at(1).checked, parses);
    QCOMPARE(r->at(1).parseError.startsWith(QLatin1String("syntax error at or near")), !parses);
    QCOMPARE(r->at(2).text, QStringLiteral("SELECT 2"));
    QCOMPARE(r->at(2).line, 13);
    QVERIFY(r->at(2).checked);
}

// What is wrong in every version stays an error even where the server may be newer.
void TestNewerSyntax::splitKeepsRealErrors_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("error");
    QTest::newRow("unterminated quote")
        << QStringLiteral("SELECT 1;\nALTER TABLE t ADD CONSTRAINT n NOT NULL c;\nSELECT 'x;\n")
        << QStringLiteral("syntax error at or near \"NOT\""); // the parser's first error
    QTest::newRow("unterminated comment")
        << QStringLiteral("SELECT 1; /* never closed\n")
        << QStringLiteral("unterminated /* comment at or near \"/* never closed\n\"");
    QTest::newRow("NUL") << QStringLiteral("SELECT 1;\nSELECT 'a") + QChar(0) + QStringLiteral("';")
                         << QStringLiteral("NUL character in SQL text");
}

void TestNewerSyntax::splitKeepsRealErrors() {
    QFETCH(QString, sql);
    QFETCH(QString, error);
    const Result<QList<SqlStatement>> r = SqlSplitter::splitAllowingNewerSyntax(sql);
    QVERIFY(!r);
    QCOMPARE(r.error().message, error);
}

void TestNewerSyntax::review_data() {
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<int>("target");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QStringList>("warnings");

    const QString at6 = QStringLiteral("versions/r1.sql:6:1: ");
    const QString newer18 = QStringLiteral("versions/r1.sql:6:1: %1 (syntax error at or near ");
    const bool grammarHas18 = SqlGrammar::major() >= 18;
    const auto newerWarning = [&](const QString& token) {
        return grammarHas18 ? QStringList{}
                            : QStringList{newer18.arg(notChecked()) + token + QLatin1Char(')')};
    };
    QTest::newRow("18 syntax, postgres = 18")
        << kNotNull + ";\n"
        << 18 << QStringList{} << newerWarning(QStringLiteral("\"NOT\""));
    QTest::newRow("18 syntax, target unknown")
        << kVirtual + ";\n"
        << 0 << QStringList{} << newerWarning(QStringLiteral("\"VIRTUAL\""));
    QTest::newRow("18 syntax, postgres = 99")
        << kWithoutOverlaps + ";\n"
        << 99 << QStringList{} << newerWarning(QStringLiteral("\"WITHOUT\""));
    QTest::newRow("a typo, target unknown: the server decides")
        << QStringLiteral("CREATE TABLEX b (id int);\n") << 0 << QStringList{}
        << QStringList{at6 + notChecked() +
                       QStringLiteral(" (syntax error at or near \"TABLEX\")")};
    QTest::newRow("a typo, postgres = the grammar's major: an error")
        << QStringLiteral("CREATE TABLEX b (id int);\n") << kGrammar
        << QStringList{QStringLiteral("versions/r1.sql:6:8: syntax error at or near \"TABLEX\"")}
        << QStringList{};
    QTest::newRow("a typo, postgres older than the grammar: an error")
        << QStringLiteral("SELECT 1;\nSELEC 2;\n") << SqlGrammar::major() - 1
        << QStringList{QStringLiteral("versions/r1.sql:7:1: syntax error at or near \"SELEC\"")}
        << QStringList{};
    // The statements the grammar reads are still checked: CONCURRENTLY in a transactional
    // revision is a problem next to the warning.
    QTest::newRow("checked statements keep their rules")
        << QStringLiteral("CREATE TABLEX b (id int);\nCREATE INDEX CONCURRENTLY i ON t (c);\n") << 0
        << QStringList{QStringLiteral("versions/r1.sql:7: CREATE INDEX CONCURRENTLY cannot run "
                                      "inside a transaction block; set 'Transactional: no' in "
                                      "the header")}
        << QStringList{at6 + notChecked() +
                       QStringLiteral(" (syntax error at or near \"TABLEX\")")};
}

void TestNewerSyntax::review() {
    QFETCH(QString, upgrade);
    QFETCH(int, target);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, warnings);
    const Revision rev = revisionOf(upgrade);
    const RevisionChecker::Review review = RevisionChecker::review(rev, resolve(target));
    QCOMPARE(test::errorTexts(review.problems), problems);
    QCOMPARE(test::errorTexts(review.warnings), warnings);
    QCOMPARE(test::errorTexts(RevisionChecker::check(rev, resolve(target))), problems);
    QCOMPARE(RevisionChecker::runnable(rev, resolve(target)).ok(), problems.isEmpty());
    for (const Error& w : review.warnings)
        QCOMPARE(w.revision, QStringLiteral("r1"));
}

// The runner's statements: the one not checked is run as written (kind Normal, its first word
// as its tag); the others are classified.
void TestNewerSyntax::runnerRunsUncheckedAsWritten() {
    const Revision rev =
        revisionOf(QStringLiteral("CREATE TABLEX b (id int);\nVACUUM t;\n"), false);
    const Result<QList<SqlStatement>> st =
        RevisionChecker::statementsFor(rev, RevisionChecker::Direction::Upgrade);
    QVERIFY2(st, strata::test::describe(st).constData());
    QCOMPARE(st->size(), 2);
    QCOMPARE(st->at(0).text, QStringLiteral("CREATE TABLEX b (id int)"));
    QVERIFY(!st->at(0).checked);
    QCOMPARE(st->at(0).kind, StatementKind::Normal);
    QCOMPARE(st->at(0).tag, QStringLiteral("CREATE"));
    QVERIFY(st->at(1).checked);
    QCOMPARE(st->at(1).kind, StatementKind::NoTransaction);
    QCOMPARE(st->at(1).tag, QStringLiteral("VACUUM"));
    // With a target the grammar covers, the runner refuses the section.
    QVERIFY(!RevisionChecker::statementsFor(rev, RevisionChecker::Direction::Upgrade,
                                            SqlGrammar::major()));
}

// strata lint: a newer-syntax finding (not an error that stops the lint); the other statements
// are linted.
void TestNewerSyntax::lintFindsNewerSyntax() {
    const Revision rev =
        revisionOf(QStringLiteral("CREATE TABLEX b (id int);\nCREATE INDEX i ON t (c);\n\n"
                                  "-- migrate:downgrade\nDROP INDEX i;\n"));
    LintOptions options;
    options.target.serverMajor = 0;
    const LintReport report = Linter::lint(rev, options);
    QCOMPARE(test::errorTexts(report.errors), QStringList{});
    QStringList rules;
    for (const LintFinding& f : report.findings)
        rules << QStringLiteral("%1:%2").arg(f.rule).arg(f.line);
    QVERIFY2(rules.contains(QLatin1String("newer-syntax:6")), qPrintable(rules.join(", ")));
    QVERIFY2(rules.contains(QLatin1String("require-concurrent-index-creation:7")),
             qPrintable(rules.join(", ")));
    const auto it = std::find_if(report.findings.cbegin(), report.findings.cend(),
                                 [](const LintFinding& f) { return f.rule == "newer-syntax"; });
    QCOMPARE(it->message, notChecked() + QStringLiteral(" (syntax error at or near \"TABLEX\")"));
    QCOMPARE(it->level, LintLevel::Warning);

    options.target.serverMajor = SqlGrammar::major();
    const LintReport strict = Linter::lint(rev, options);
    QCOMPARE(
        test::errorTexts(strict.errors),
        QStringList{QStringLiteral("versions/r1.sql:6:8: syntax error at or near \"TABLEX\"")});
}

// A downgrade that drops what an unparsed (newer-syntax) upgrade statement made is not blamed
// with downgrade-drops-uncreated: what that statement created is not known.
void TestNewerSyntax::unparsedUpgradeMayCreateAnything_data() {
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<bool>("blamed");
    QTest::newRow("newer syntax")
        << QStringLiteral("ALTER TABLE items ADD CONSTRAINT items_sku_not_null NOT NULL sku;")
        << false;
    QTest::newRow("parsed, creates something else")
        << QStringLiteral("ALTER TABLE items ADD COLUMN note text;") << true;
}

void TestNewerSyntax::unparsedUpgradeMayCreateAnything() {
    QFETCH(QString, upgrade);
    QFETCH(bool, blamed);
    const Revision rev = revisionOf(
        upgrade +
        QStringLiteral(
            "\n\n-- migrate:downgrade\nALTER TABLE items DROP CONSTRAINT items_sku_not_null;\n"));
    LintOptions options;
    options.target.serverMajor = 0;
    const LintReport report = Linter::lint(rev, options);
    QCOMPARE(test::errorTexts(report.errors), QStringList{});
    const bool found =
        std::any_of(report.findings.cbegin(), report.findings.cend(), [](const LintFinding& f) {
            return f.rule == QLatin1String("downgrade-drops-uncreated");
        });
    QCOMPARE(found, blamed);
}

void TestNewerSyntax::projectPostgres_data() {
    QTest::addColumn<QString>("toml");
    QTest::addColumn<int>("major");
    QTest::addColumn<QString>("error");
    QTest::newRow("absent: unknown") << QStringLiteral("[project]\n") << 0 << QString();
    QTest::newRow("string") << QStringLiteral("[project]\npostgres = \"18\"\n") << 18 << QString();
    QTest::newRow("integer") << QStringLiteral("[project]\npostgres = 16\n") << 16 << QString();
    const QString bad = QStringLiteral(
        "/p/strata.toml:3: project.postgres must be a PostgreSQL major version like \"17\"");
    QTest::newRow("not a number") << QStringLiteral("[project]\n\npostgres = \"eighteen\"\n") << 0
                                  << bad;
    QTest::newRow("a full version")
        << QStringLiteral("[project]\n\npostgres = \"18.1\"\n") << 0 << bad;
    QTest::newRow("too old") << QStringLiteral("[project]\n\npostgres = 8\n") << 0 << bad;
    QTest::newRow("a boolean") << QStringLiteral("[project]\n\npostgres = true\n") << 0 << bad;
}

void TestNewerSyntax::projectPostgres() {
    QFETCH(QString, toml);
    QFETCH(int, major);
    QFETCH(QString, error);
    const Result<ProjectConfig> config =
        ProjectConfig::fromText(toml.toUtf8(), QStringLiteral("/p/strata.toml"));
    if (!error.isEmpty()) {
        QVERIFY(!config);
        QCOMPARE(config.error().toString(), error);
        return;
    }
    QVERIFY2(config, strata::test::describe(config).constData());
    QCOMPARE(config->postgresMajor(), major);
    QCOMPARE(Linter::optionsFor(*config).target.serverMajor, major);
}

// tests/fixtures/pg18_syntax (postgres = "18"): `strata check` exits 0 with a warning naming
// file:line for each statement newer than the grammar; with postgres = the grammar's major the
// same statements are problems (exit 3).
void TestNewerSyntax::checkFixtureProject() {
    QTemporaryDir dir;
    strata::test::copyTree(QStringLiteral(STRATA_FIXTURES_DIR "/pg18_syntax"), dir.path());
    const CliRun run = runCli({QStringLiteral("check")}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList expected =
        SqlGrammar::major() >= 18
            ? QStringList{}
            : QStringList{
                  QStringLiteral("versions/d1800001_items.sql:6:1: %1 (syntax error at or near "
                                 "\"VIRTUAL\")"),
                  QStringLiteral("versions/d1800002_sku_not_null.sql:6:1: %1 (syntax error at or "
                                 "near \"NOT\")"),
                  QStringLiteral("versions/d1800003_bookings.sql:6:1: %1 (syntax error at or "
                                 "near \"WITHOUT\")")};
    QStringList warnings;
    for (const QString& line : run.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("warning: ")))
            warnings << line.mid(9).remove(dir.path() + QLatin1Char('/'));
    QStringList want;
    for (const QString& e : expected)
        want << e.arg(notChecked());
    QCOMPARE(warnings, want);
    QVERIFY2(run.out.contains(QStringLiteral("4 revisions, 0 problems")), qPrintable(run.out));

    if (SqlGrammar::major() >= 18)
        return; // nothing is newer than the grammar
    strata::test::writeFile(
        dir.path(), QStringLiteral("strata.toml"),
        QStringLiteral("[project]\nversions = \"versions\"\npostgres = \"%1\"\n")
            .arg(SqlGrammar::major()));
    const CliRun strict = runCli({QStringLiteral("check")}, dir.path());
    QCOMPARE(strict.exitCode, 3);
    QVERIFY2(strict.out.contains(QStringLiteral("3 problems")), qPrintable(strict.out));
    QVERIFY2(strict.out.contains(QStringLiteral(
                 "versions/d1800002_sku_not_null.sql:6:53: syntax error at or near \"NOT\"")),
             qPrintable(strict.out));
}

QTEST_GUILESS_MAIN(TestNewerSyntax)
#include "tst_newersyntax.moc"
