#include "LintFixtures.h"
#include "lint/LintRegistry.h"
#include "lint/Linter.h"

#include "sql/SqlGrammar.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// The engine: statement positions, what counts as created earlier, ignore comments, settings,
// locks. Each rule group has its own table (tst_indexrules, ...).
class TestLinter : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void locks_data();
    void locks();
    void settings();
    void lockNoteStepsAside();
    void parseErrorIsReported();
    void everyRuleHasIdHelpAndDoc();
};

void TestLinter::findings_data() {
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("expected");

    const QString rule = QStringLiteral("require-concurrent-index-creation");
    QTest::newRow("flagged at its line") << "SELECT 1;\n\n  CREATE INDEX i ON items (a);\n"
                                         << true << rule << QStringList{"8:3 " + rule};
    QTest::newRow("table created earlier")
        << "CREATE TABLE items (a int);\nCREATE INDEX i ON items (a);\n"
        << true << rule << QStringList{};
    QTest::newRow("schema-qualified table created earlier")
        << "CREATE TABLE public.items (a int);\nCREATE INDEX i ON items (a);\n"
        << true << rule << QStringList{};
    QTest::newRow("created later does not count")
        << "CREATE INDEX i ON items (a);\nCREATE TABLE items2 (a int);\n"
        << true << rule << QStringList{"6:1 " + rule};
    QTest::newRow("ignored by the comment above")
        << "-- strata:ignore require-concurrent-index-creation\nCREATE INDEX i ON items (a);\n"
        << true << rule << QStringList{};
    QTest::newRow("ignore names another rule")
        << "-- strata:ignore prefer-text-field\nCREATE INDEX i ON items (a);\n"
        << true << rule << QStringList{"7:1 " + rule};
    QTest::newRow("ignore list with commas, over a second comment line")
        << "-- strata:ignore prefer-text-field, require-concurrent-index-creation\n-- why: tiny\n"
           "CREATE INDEX i ON items (a);\n"
        << true << rule << QStringList{};
    QTest::newRow("ignore does not reach past a statement")
        << "-- strata:ignore require-concurrent-index-creation\nSELECT 1;\n"
           "CREATE INDEX i ON items (a);\n"
        << true << rule << QStringList{"8:1 " + rule};
}

void TestLinter::findings() {
    QFETCH(QString, upgrade);
    QFETCH(bool, transactional);
    QFETCH(QString, rule);
    QFETCH(QStringList, expected);
    QCOMPARE(lintFindings(lintRevision(upgrade, QStringLiteral("SELECT 1;"), transactional), rule),
             expected);
}

void TestLinter::locks_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("create index") << "CREATE INDEX i ON items (a);"
                                  << "SHARE on items";
    QTest::newRow("create index concurrently") << "CREATE INDEX CONCURRENTLY i ON items (a);"
                                               << "SHARE UPDATE EXCLUSIVE on items";
    QTest::newRow("add column") << "ALTER TABLE items ADD COLUMN b int;"
                                << "ACCESS EXCLUSIVE on items";
    QTest::newRow("add foreign key locks both")
        << "ALTER TABLE a ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES b (id);"
        << "SHARE ROW EXCLUSIVE on b, SHARE ROW EXCLUSIVE on a";
    QTest::newRow("validate") << "ALTER TABLE a VALIDATE CONSTRAINT f;"
                              << "SHARE UPDATE EXCLUSIVE on a";
    QTest::newRow("update") << "UPDATE public.items SET a = 1;"
                            << "ROW EXCLUSIVE on public.items";
    QTest::newRow("truncate two") << "TRUNCATE a, b;"
                                  << "ACCESS EXCLUSIVE on a, ACCESS EXCLUSIVE on b";
    QTest::newRow("vacuum full") << "VACUUM FULL items;"
                                 << "ACCESS EXCLUSIVE on items";
    QTest::newRow("plain vacuum") << "VACUUM items;"
                                  << "SHARE UPDATE EXCLUSIVE on items";
    QTest::newRow("lock table") << "LOCK TABLE items IN SHARE MODE;"
                                << "SHARE on items";
    QTest::newRow("select") << "SELECT 1;"
                            << "";
    QTest::newRow("new table is new") << "CREATE TABLE n (a int);\nCREATE INDEX i ON n (a);"
                                      << "SHARE on n (new)";
}

void TestLinter::locks() {
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const LintReport report = Linter::lint(lintRevision(sql), LintOptions());
    QVERIFY(report.errors.isEmpty());
    QVERIFY(!report.statements.isEmpty());
    QStringList parts;
    for (const TableLock& lock : report.statements.constLast().locks)
        parts << lockModeName(lock.mode) + QLatin1String(" on ") + lock.relation +
                     (lock.newRelation ? QLatin1String(" (new)") : QLatin1String(""));
    QCOMPARE(parts.join(QLatin1String(", ")), expected);
}

void TestLinter::settings() {
    const Revision rev = lintRevision(QStringLiteral("CREATE INDEX i ON items (a);"));
    const QString rule = QStringLiteral("require-concurrent-index-creation");
    // The rule's findings (other rules flag the statement too: locks, timeouts, the downgrade).
    const auto findings = [&](const LintOptions& options) {
        QList<LintFinding> out;
        for (const LintFinding& f : Linter::lint(rev, options).findings) {
            if (f.rule == rule)
                out.append(f);
        }
        return out;
    };
    LintOptions options;
    QCOMPARE(findings(options).size(), 1);
    QCOMPARE(findings(options).first().level, LintLevel::Warning);
    QVERIFY(!Linter::lint(rev, options).hasErrorLevel());
    options.settings.levels.insert(rule, QStringLiteral("error"));
    QCOMPARE(findings(options).first().level, LintLevel::Error);
    QVERIFY(Linter::lint(rev, options).hasErrorLevel());
    options.settings.levels.insert(rule, QStringLiteral("off"));
    QCOMPARE(findings(options).size(), 0);
    options.settings.levels.clear();
    options.settings.disable = {rule};
    QCOMPARE(findings(options).size(), 0);
    options.settings.disable.clear();
    options.disabled = {rule};
    QCOMPARE(findings(options).size(), 0);
    options.disabled.clear();
    options.onlyRules = {QStringLiteral("prefer-text-field")};
    QCOMPARE(Linter::lint(rev, options).findings.size(), 0);
    QCOMPARE(Linter::unknownRules({rule, QStringLiteral("no-such-rule")}),
             QStringList{QStringLiteral("no-such-rule")});
}

// table-lock notes a strong lock only where no other rule flags the statement (whose finding
// carries the same locks).
void TestLinter::lockNoteStepsAside() {
    const QString rule = QStringLiteral("table-lock");
    const Revision rev = lintRevision(QStringLiteral("SET lock_timeout = '1s';\n"
                                                     "SET statement_timeout = '1min';\n"
                                                     "CREATE INDEX i ON items (a);\n"
                                                     "ALTER TABLE items ADD COLUMN b text;\n"),
                                      QStringLiteral("ALTER TABLE items DROP COLUMN b;"));
    // CREATE INDEX is flagged by require-concurrent-index-creation: no note; ADD COLUMN only
    // by the note.
    QCOMPARE(lintFindings(rev, rule), QStringList{QStringLiteral("9:1 table-lock")});
    QCOMPARE(lintFindingsAlone(rev, rule),
             (QStringList{QStringLiteral("8:1 table-lock"), QStringLiteral("9:1 table-lock"),
                          QStringLiteral("11:1 table-lock")}));
    const LintReport report = Linter::lint(rev, LintOptions());
    for (const LintFinding& f : report.findings)
        if (f.rule == QLatin1String("require-concurrent-index-creation"))
            QCOMPARE(strongestExistingLock(f.locks), LockMode::Share);
}

void TestLinter::parseErrorIsReported() {
    // Targeting the grammar's own major: the rejection is an error (unknown or newer: a
    // newer-syntax finding, tst_newersyntax).
    LintOptions options;
    options.target.serverMajor = SqlGrammar::major();
    const LintReport report =
        Linter::lint(lintRevision(QStringLiteral("SELECT 1;\nCREATE TABLEX t ();")), options);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().toString().startsWith(QLatin1String("versions/r1.sql:7:")),
             qPrintable(report.errors.first().toString()));
    QVERIFY(report.findings.isEmpty());
}

void TestLinter::everyRuleHasIdHelpAndDoc() {
    QVERIFY(!LintRegistry::all().isEmpty());
    QFile readme(QStringLiteral(STRATA_SOURCE_DIR "/docs/lint/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString index = QString::fromUtf8(readme.readAll());
    for (const LintRule* rule : LintRegistry::all()) {
        QVERIFY2(!rule->summary().isEmpty() && !rule->help().isEmpty(), qPrintable(rule->id()));
        QVERIFY2(!rule->summary().contains(QLatin1Char('\n')), qPrintable(rule->id()));
        const QString page =
            QStringLiteral(STRATA_SOURCE_DIR "/docs/lint/") + rule->id() + QStringLiteral(".md");
        QVERIFY2(QFile::exists(page), qPrintable(page + QLatin1String(" is missing")));
        // The index lists it with its default level.
        const QString row = QStringLiteral("| [%1](%1.md) | %2 |")
                                .arg(rule->id(), lintLevelName(rule->defaultLevel()));
        QVERIFY2(index.contains(row),
                 qPrintable(row + QLatin1String(" not in docs/lint/README.md")));
    }
}

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
