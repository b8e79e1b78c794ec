#include "LintFixtures.h"
#include "lint/Linter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// Index rules: require-concurrent-index-creation, require-concurrent-index-deletion. Each row:
// the upgrade SQL (starting on line 6), the transaction mode, the rule, and its findings as
// "LINE:COL rule-id".
class TestIndexRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messagesNameTheObjects_data();
    void messagesNameTheObjects();
};

namespace {

const QString kCreate = QStringLiteral("require-concurrent-index-creation");
const QString kDrop = QStringLiteral("require-concurrent-index-deletion");

QStringList at(const QString& position, const QString& rule) {
    return {position + QLatin1Char(' ') + rule};
}

} // namespace

void TestIndexRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("create: plain CREATE INDEX")
        << kCreate << "CREATE INDEX items_sku_idx ON items (sku);" << true << at("6:1", kCreate);
    QTest::newRow("create: UNIQUE")
        << kCreate << "CREATE UNIQUE INDEX items_sku_key ON items (sku);" << true
        << at("6:1", kCreate);
    QTest::newRow("create: schema-qualified table")
        << kCreate << "CREATE INDEX items_sku_idx ON app.items (sku);" << true
        << at("6:1", kCreate);
    QTest::newRow("create: Transactional no without CONCURRENTLY")
        << kCreate << "CREATE INDEX items_sku_idx ON items (sku);" << false << at("6:1", kCreate);
    QTest::newRow("create: indented on a later line")
        << kCreate << "SELECT 1;\n\n    CREATE INDEX ON items (sku);" << true << at("8:5", kCreate);
    QTest::newRow("create: a same-named table of another schema created earlier")
        << kCreate << "CREATE TABLE app.items (sku text);\nCREATE INDEX ON other.items (sku);"
        << true << at("7:1", kCreate);
    QTest::newRow("create: CONCURRENTLY")
        << kCreate << "CREATE INDEX CONCURRENTLY items_sku_idx ON items (sku);" << false
        << QStringList{};
    QTest::newRow("create: UNIQUE CONCURRENTLY IF NOT EXISTS")
        << kCreate << "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS k ON items (sku);" << false
        << QStringList{};
    QTest::newRow("create: table created earlier")
        << kCreate << "CREATE TABLE items (sku text);\nCREATE INDEX items_sku_idx ON items (sku);"
        << true << QStringList{};
    QTest::newRow("create: schema-qualified table created earlier")
        << kCreate
        << "CREATE TABLE app.items (sku text);\nCREATE INDEX items_sku_idx ON items (sku);" << true
        << QStringList{};
    QTest::newRow("create: created unqualified, indexed qualified")
        << kCreate
        << "CREATE TABLE items (sku text);\nCREATE INDEX items_sku_idx ON public.items (sku);"
        << true << QStringList{};
    QTest::newRow("create: materialized view created earlier")
        << kCreate
        << "CREATE MATERIALIZED VIEW totals AS SELECT 1 AS n;\nCREATE INDEX ON totals (n);" << true
        << QStringList{};

    QTest::newRow("drop: plain DROP INDEX")
        << kDrop << "DROP INDEX items_sku_idx;" << true << at("6:1", kDrop);
    QTest::newRow("drop: IF EXISTS, schema-qualified")
        << kDrop << "DROP INDEX IF EXISTS app.items_sku_idx;" << true << at("6:1", kDrop);
    QTest::newRow("drop: Transactional no without CONCURRENTLY")
        << kDrop << "DROP INDEX items_sku_idx;" << false << at("6:1", kDrop);
    QTest::newRow("drop: CONCURRENTLY")
        << kDrop << "DROP INDEX CONCURRENTLY IF EXISTS items_sku_idx;" << false << QStringList{};
    QTest::newRow("drop: index created earlier")
        << kDrop << "CREATE INDEX items_sku_idx ON items (sku);\nDROP INDEX items_sku_idx;" << true
        << QStringList{};
    QTest::newRow("drop: DROP TABLE is another rule's")
        << kDrop << "DROP TABLE items;" << true << QStringList{};
}

void TestIndexRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(bool, transactional);
    QFETCH(QStringList, expected);
    QCOMPARE(lintFindings(lintRevision(upgrade, QStringLiteral("SELECT 1;"), transactional), rule),
             expected);
}

void TestIndexRules::messagesNameTheObjects_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("name");
    QTest::newRow("create names the table") << kCreate << "CREATE INDEX i ON app.items (sku);"
                                            << "app.items";
    QTest::newRow("drop names the index") << kDrop << "DROP INDEX app.items_sku_idx;"
                                          << "app.items_sku_idx";
}

void TestIndexRules::messagesNameTheObjects() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, name);
    const LintReport report = Linter::lint(lintRevision(upgrade), LintOptions());
    QStringList messages;
    for (const LintFinding& f : report.findings) {
        if (f.rule == rule)
            messages << f.message;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(name), qPrintable(messages.first()));
}

QTEST_GUILESS_MAIN(TestIndexRules)
#include "tst_indexrules.moc"
