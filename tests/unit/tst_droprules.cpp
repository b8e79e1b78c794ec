#include "LintFixtures.h"
#include "lint/Linter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// ban-drop-column, ban-drop-table, ban-drop-database, ban-drop-not-null: flagged in the
// upgrade on what existed before the revision; never for what the section created earlier, and
// not in the downgrade (downgrade-drops-uncreated covers it). The upgrade starts on line 6.
class TestDropRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messages_data();
    void messages();
};

namespace {

const QString kNoDowngrade = QStringLiteral("<none>");

Revision revisionFor(const QString& upgrade, const QString& downgrade, bool transactional) {
    return lintRevision(upgrade, downgrade == kNoDowngrade ? QString() : downgrade, transactional);
}

} // namespace

void TestDropRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QStringList>("expected");

    const QString col = QStringLiteral("ban-drop-column");
    QTest::newRow("drop column") << col << "ALTER TABLE items DROP COLUMN sku;"
                                 << "SELECT 1;" << true << QStringList{"6:1 " + col};
    QTest::newRow("drop column if exists, indented")
        << col << "SELECT 1;\n  ALTER TABLE items DROP COLUMN IF EXISTS sku;"
        << "SELECT 1;" << true << QStringList{"7:3 " + col};
    QTest::newRow("drop column, not transactional")
        << col << "ALTER TABLE items DROP COLUMN sku;"
        << "SELECT 1;" << false << QStringList{"6:1 " + col};
    QTest::newRow("column of a table created earlier")
        << col << "CREATE TABLE t (a int, b int);\nALTER TABLE t DROP COLUMN b;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("column added earlier")
        << col << "ALTER TABLE items ADD COLUMN tmp int;\nALTER TABLE items DROP COLUMN tmp;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("one new, one existing column")
        << col
        << "ALTER TABLE items ADD COLUMN tmp int;\n"
           "ALTER TABLE items DROP COLUMN tmp, DROP COLUMN sku;"
        << "SELECT 1;" << true << QStringList{"7:1 " + col};
    QTest::newRow("column dropped in the downgrade")
        << col << "ALTER TABLE items ADD COLUMN sku text;"
        << "ALTER TABLE items DROP COLUMN sku;" << true << QStringList{};
    QTest::newRow("uncreated column dropped in the downgrade is another rule's")
        << col << "SELECT 1;"
        << "ALTER TABLE items DROP COLUMN sku;" << true << QStringList{};
    QTest::newRow("drop constraint is not a column")
        << col << "ALTER TABLE items DROP CONSTRAINT sku;"
        << "SELECT 1;" << true << QStringList{};

    const QString table = QStringLiteral("ban-drop-table");
    QTest::newRow("drop table") << table << "DROP TABLE items;"
                                << "SELECT 1;" << true << QStringList{"6:1 " + table};
    QTest::newRow("drop table if exists cascade")
        << table << "SELECT 1;\nDROP TABLE IF EXISTS public.items CASCADE;"
        << "SELECT 1;" << true << QStringList{"7:1 " + table};
    QTest::newRow("table created earlier") << table << "CREATE TABLE tmp (a int);\nDROP TABLE tmp;"
                                           << "SELECT 1;" << true << QStringList{};
    QTest::newRow("new and existing table in one drop")
        << table << "CREATE TABLE tmp (a int);\nDROP TABLE tmp, items;"
        << "SELECT 1;" << true << QStringList{"7:1 " + table};
    QTest::newRow("created later does not count")
        << table << "DROP TABLE items;\nCREATE TABLE items (a int);"
        << "SELECT 1;" << true << QStringList{"6:1 " + table};
    QTest::newRow("drop view is not a table") << table << "DROP VIEW v;\nDROP INDEX i;"
                                              << "SELECT 1;" << true << QStringList{};
    QTest::newRow("table the upgrade created, dropped in the downgrade")
        << table << "CREATE TABLE t (a int);"
        << "DROP TABLE t;" << true << QStringList{};
    QTest::newRow("existing table dropped in the downgrade is another rule's")
        << table << "SELECT 1;"
        << "DROP TABLE items;" << true << QStringList{};

    const QString db = QStringLiteral("ban-drop-database");
    QTest::newRow("drop database") << db << "DROP DATABASE analytics;"
                                   << "SELECT 1;" << true << QStringList{"6:1 " + db};
    QTest::newRow("drop database if exists, not transactional")
        << db << "SELECT 1;\nDROP DATABASE IF EXISTS analytics;"
        << "SELECT 1;" << false << QStringList{"7:1 " + db};
    QTest::newRow("drop database in the downgrade too")
        << db << "SELECT 1;"
        << "DROP DATABASE analytics;" << true << QStringList{"8:1 " + db};
    QTest::newRow("drop schema is not a database") << db << "DROP SCHEMA analytics;"
                                                   << "SELECT 1;" << true << QStringList{};

    const QString nn = QStringLiteral("ban-drop-not-null");
    QTest::newRow("drop not null") << nn << "ALTER TABLE items ALTER COLUMN sku DROP NOT NULL;"
                                   << "SELECT 1;" << true << QStringList{"6:1 " + nn};
    QTest::newRow("drop not null among other commands")
        << nn << "ALTER TABLE items ADD COLUMN c int,\n  ALTER COLUMN sku DROP NOT NULL;"
        << "SELECT 1;" << true << QStringList{"6:1 " + nn};
    QTest::newRow("set not null") << nn << "ALTER TABLE items ALTER COLUMN sku SET NOT NULL;"
                                  << "SELECT 1;" << true << QStringList{};
    QTest::newRow("not null of a column added earlier")
        << nn
        << "ALTER TABLE items ADD COLUMN c int NOT NULL DEFAULT 0;\n"
           "ALTER TABLE items ALTER COLUMN c DROP NOT NULL;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("not null of a table created earlier")
        << nn << "CREATE TABLE t (a int NOT NULL);\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("drop not null in the downgrade")
        << nn << "ALTER TABLE items ALTER COLUMN sku SET NOT NULL;"
        << "ALTER TABLE items ALTER COLUMN sku DROP NOT NULL;" << true << QStringList{};
}

void TestDropRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(bool, transactional);
    QFETCH(QStringList, expected);
    QCOMPARE(lintFindings(revisionFor(upgrade, downgrade, transactional), rule), expected);
}

void TestDropRules::messages_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("message");
    QTest::newRow("column") << "ban-drop-column"
                            << "ALTER TABLE items ADD COLUMN tmp int;\n"
                               "ALTER TABLE items DROP COLUMN tmp, DROP COLUMN sku;"
                            << "DROP COLUMN items.sku deletes its data and breaks every query "
                               "that still uses it";
    QTest::newRow("table") << "ban-drop-table"
                           << "CREATE TABLE tmp (a int);\nDROP TABLE tmp, public.items;"
                           << "DROP TABLE public.items deletes its rows and breaks every query "
                              "that still uses it";
    QTest::newRow("database") << "ban-drop-database"
                              << "DROP DATABASE analytics;"
                              << "DROP DATABASE analytics deletes the whole database";
    QTest::newRow("not null") << "ban-drop-not-null"
                              << "ALTER TABLE items ALTER COLUMN sku DROP NOT NULL;"
                              << "DROP NOT NULL on items.sku lets NULLs in where code may assume "
                                 "there are none";
}

void TestDropRules::messages() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, message);
    const LintReport report =
        Linter::lint(lintRevision(upgrade, QStringLiteral("SELECT 1;")), LintOptions());
    QStringList messages;
    for (const LintFinding& f : report.findings) {
        if (f.rule == rule)
            messages << f.message;
    }
    QCOMPARE(messages, QStringList{message});
}

QTEST_GUILESS_MAIN(TestDropRules)
#include "tst_droprules.moc"
