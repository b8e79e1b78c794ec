#include "LintFixtures.h"
#include "lint/Linter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// ban-truncate-cascade, prefer-repack, backfill-with-ddl. The upgrade starts on line 6; the
// downgrade's first line follows its marker.
class TestDataRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messages_data();
    void messages();
};

void TestDataRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QStringList>("expected");

    const QString tc = QStringLiteral("ban-truncate-cascade");
    QTest::newRow("truncate cascade") << tc << "TRUNCATE items CASCADE;"
                                      << "SELECT 1;" << true << QStringList{"6:1 " + tc};
    QTest::newRow("truncate table two cascade") << tc << "SELECT 1;\n  TRUNCATE TABLE a, b CASCADE;"
                                                << "SELECT 1;" << false << QStringList{"7:3 " + tc};
    QTest::newRow("truncate cascade in the downgrade")
        << tc << "SELECT 1;"
        << "TRUNCATE items CASCADE;" << true << QStringList{"8:1 " + tc};
    QTest::newRow("truncate restrict")
        << tc << "TRUNCATE items;\nTRUNCATE a, b RESTRICT;\nTRUNCATE c RESTART IDENTITY;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("drop cascade is not truncate") << tc << "DROP TABLE items CASCADE;"
                                                  << "SELECT 1;" << true << QStringList{};

    const QString rp = QStringLiteral("prefer-repack");
    QTest::newRow("vacuum full, at the table") << rp << "VACUUM FULL items;"
                                               << "SELECT 1;" << false << QStringList{"6:13 " + rp};
    QTest::newRow("vacuum (full, analyze)") << rp << "VACUUM (FULL, ANALYZE) public.items;"
                                            << "SELECT 1;" << false << QStringList{"6:24 " + rp};
    QTest::newRow("vacuum full of two tables")
        << rp << "VACUUM FULL a, b;"
        << "SELECT 1;" << false << QStringList{"6:13 " + rp, "6:16 " + rp};
    QTest::newRow("vacuum full of the whole database")
        << rp << "VACUUM FULL;"
        << "SELECT 1;" << false << QStringList{"6:1 " + rp};
    QTest::newRow("cluster") << rp << "CLUSTER items USING items_pkey;"
                             << "SELECT 1;" << true << QStringList{"6:9 " + rp};
    QTest::newRow("cluster everything") << rp << "CLUSTER;"
                                        << "SELECT 1;" << false << QStringList{"6:1 " + rp};
    QTest::newRow("in the downgrade") << rp << "SELECT 1;"
                                      << "VACUUM FULL items;" << false << QStringList{"8:13 " + rp};
    QTest::newRow("a table created earlier")
        << rp << "CREATE TABLE n (a int);\nCLUSTER n USING n_pkey;\nVACUUM FULL n, items;"
        << "SELECT 1;" << false << QStringList{"8:16 " + rp};
    QTest::newRow("plain vacuum, analyze, full off")
        << rp
        << "VACUUM items;\nVACUUM ANALYZE items;\nANALYZE items;\nVACUUM (FULL false) items;"
           "\nVACUUM (FULL 0) items;"
        << "SELECT 1;" << false << QStringList{};

    const QString bf = QStringLiteral("backfill-with-ddl");
    QTest::newRow("update without where after add column")
        << bf << "ALTER TABLE items ADD COLUMN c int;\nUPDATE items SET c = 0;"
        << "SELECT 1;" << true << QStringList{"7:1 " + bf};
    QTest::newRow("update where is null")
        << bf << "ALTER TABLE items ADD COLUMN c int;\nUPDATE items SET c = 0 WHERE c IS NULL;"
        << "SELECT 1;" << true << QStringList{"7:1 " + bf};
    QTest::newRow("update where several is null")
        << bf
        << "CREATE INDEX i ON items (a);\n"
           "UPDATE items SET c = 0 WHERE c IS NULL OR (d IS NULL AND e IS NULL);"
        << "SELECT 1;" << true << QStringList{"7:1 " + bf};
    QTest::newRow("delete without where before the ddl")
        << bf << "DELETE FROM items;\nCREATE INDEX i ON items (a);"
        << "SELECT 1;" << true << QStringList{"6:1 " + bf};
    QTest::newRow("ddl on another existing table")
        << bf << "ALTER TABLE other ADD COLUMN c int;\nSELECT 1;\n  UPDATE items SET a = 1;"
        << "SELECT 1;" << true << QStringList{"8:3 " + bf};
    QTest::newRow("two backfills") << bf
                                   << "ALTER TABLE items ADD COLUMN c int;\n"
                                      "UPDATE items SET c = 0;\nDELETE FROM other;"
                                   << "SELECT 1;" << true << QStringList{"7:1 " + bf, "8:1 " + bf};
    QTest::newRow("in the downgrade")
        << bf << "SELECT 1;"
        << "ALTER TABLE items DROP COLUMN c;\nUPDATE items SET d = NULL;" << true
        << QStringList{"9:1 " + bf};
    QTest::newRow("batched update") << bf
                                    << "ALTER TABLE items ADD COLUMN c int;\n"
                                       "UPDATE items SET c = 0 WHERE id < 1000 AND c IS NULL;"
                                    << "SELECT 1;" << true << QStringList{};
    QTest::newRow("delete where is null is targeted")
        << bf << "ALTER TABLE items ADD COLUMN c int;\nDELETE FROM items WHERE c IS NULL;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("where is not null") << bf
                                       << "ALTER TABLE items ADD COLUMN c int;\n"
                                          "UPDATE items SET c = 0 WHERE c IS NOT NULL;"
                                       << "SELECT 1;" << true << QStringList{};
    QTest::newRow("not null tests") << bf
                                    << "ALTER TABLE items ADD COLUMN c int;\n"
                                       "UPDATE items SET c = 0 WHERE NOT (c IS NULL);"
                                    << "SELECT 1;" << true << QStringList{};
    QTest::newRow("backfill alone") << bf << "UPDATE items SET c = 0;\nDELETE FROM other;"
                                    << "SELECT 1;" << true << QStringList{};
    QTest::newRow("not transactional")
        << bf << "ALTER TABLE items ADD COLUMN c int;\nUPDATE items SET c = 0;"
        << "SELECT 1;" << false << QStringList{};
    QTest::newRow("backfill of a table created earlier")
        << bf << "CREATE TABLE n (a int);\nALTER TABLE items ADD COLUMN c int;\nUPDATE n SET a = 1;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("ddl only on new tables")
        << bf << "CREATE TABLE n (a int);\nCREATE INDEX i ON n (a);\nUPDATE items SET a = 1;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("ddl and backfill in different sections")
        << bf << "ALTER TABLE items ADD COLUMN c int;"
        << "UPDATE items SET c = 0;" << true << QStringList{};
    QTest::newRow("insert is not a backfill")
        << bf << "ALTER TABLE items ADD COLUMN c int;\nINSERT INTO items (c) SELECT 1;"
        << "SELECT 1;" << true << QStringList{};
}

void TestDataRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(bool, transactional);
    QFETCH(QStringList, expected);
    QCOMPARE(lintFindings(lintRevision(upgrade, downgrade, transactional), rule), expected);
}

void TestDataRules::messages_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncate")
        << "ban-truncate-cascade"
        << "TRUNCATE a, public.b CASCADE;"
        << "TRUNCATE a, public.b CASCADE also empties every table that references it, "
           "recursively, whichever they are at run time";
    QTest::newRow("vacuum full") << "prefer-repack"
                                 << "VACUUM FULL public.items;"
                                 << "VACUUM FULL public.items holds ACCESS EXCLUSIVE on "
                                    "public.items (no reads, no writes) for the whole rewrite";
    QTest::newRow("cluster") << "prefer-repack"
                             << "CLUSTER;"
                             << "CLUSTER without a table rewrites every table of the database, "
                                "each under ACCESS EXCLUSIVE";
    QTest::newRow("backfill")
        << "backfill-with-ddl"
        << "ALTER TABLE items ADD COLUMN c int;\nUPDATE items SET c = 0;"
        << "UPDATE of every row of items runs in one transaction with ALTER TABLE (line 6, "
           "ACCESS EXCLUSIVE on items): the lock and the changed rows stay held until the "
           "revision commits";
}

void TestDataRules::messages() {
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

QTEST_GUILESS_MAIN(TestDataRules)
#include "tst_datarules.moc"
