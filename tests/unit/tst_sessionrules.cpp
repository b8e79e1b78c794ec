#include "LintFixtures.h"
#include "lint/Linter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// require-lock-timeout, require-statement-timeout, transaction-nesting,
// ban-concurrent-index-creation-in-transaction, prefer-robust-stmts. The upgrade starts on
// line 6; the downgrade's first line follows its marker.
class TestSessionRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messages_data();
    void messages();
};

namespace {

const QString kNoDowngrade = QStringLiteral("<none>");

} // namespace

void TestSessionRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<bool>("environmentTimeouts"); // lock_timeout/statement_timeout configured
    QTest::addColumn<QStringList>("expected");

    const QString lt = QStringLiteral("require-lock-timeout");
    QTest::newRow("alter without lock_timeout")
        << lt << "ALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + lt};
    QTest::newRow("set before") << lt
                                << "SET lock_timeout = '2s';\nALTER TABLE items ADD COLUMN c int;"
                                << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("set local counts in a transaction")
        << lt << "SET LOCAL lock_timeout = '2s';\nALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("set local does nothing in autocommit")
        << lt << "SET LOCAL lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY i ON items (a);"
        << "SELECT 1;" << false << false << QStringList{"7:1 " + lt};
    QTest::newRow("session set in autocommit")
        << lt << "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY i ON items (a);"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("configured for the environment") << lt << "ALTER TABLE items ADD COLUMN c int;"
                                                    << "SELECT 1;" << true << true << QStringList{};
    QTest::newRow("once per section, at the first")
        << lt
        << "UPDATE items SET a = 1;\n  CREATE INDEX i ON items (a);\nALTER TABLE items ADD COLUMN "
           "c int;"
        << "SELECT 1;" << true << false << QStringList{"7:3 " + lt};
    QTest::newRow("set after the statement")
        << lt << "CREATE INDEX i ON items (a);\nSET lock_timeout = '1s';"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + lt};
    QTest::newRow("zero is no timeout")
        << lt << "SET lock_timeout = 0;\nALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + lt};
    QTest::newRow("zero as a string is no timeout")
        << lt << "SET lock_timeout TO '0s';\nALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + lt};
    QTest::newRow("reset before")
        << lt
        << "SET lock_timeout = '1s';\nRESET lock_timeout;\nALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{"8:1 " + lt};
    QTest::newRow("each section") << lt << "ALTER TABLE items ADD COLUMN c int;"
                                  << "ALTER TABLE items DROP COLUMN c;" << true << false
                                  << QStringList{"6:1 " + lt, "8:1 " + lt};
    QTest::newRow("the upgrade's SET does not reach the downgrade")
        << lt << "SET lock_timeout = '1s';\nALTER TABLE items ADD COLUMN c int;"
        << "ALTER TABLE items DROP COLUMN c;" << true << false << QStringList{"9:1 " + lt};
    QTest::newRow("row exclusive is not enough")
        << lt << "UPDATE items SET a = 1;\nINSERT INTO items VALUES (1);\nDELETE FROM items;"
        << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("table created earlier")
        << lt
        << "CREATE TABLE n (a int);\nCREATE INDEX i ON n (a);\nALTER TABLE n ADD COLUMN b int;"
        << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("statement_timeout does not count")
        << lt << "SET statement_timeout = '1min';\nALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + lt};

    const QString stt = QStringLiteral("require-statement-timeout");
    QTest::newRow("statement timeout: alter")
        << stt << "ALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + stt};
    QTest::newRow("statement timeout: set before")
        << stt << "SET statement_timeout = '1min';\nVACUUM FULL items;"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("statement timeout: set local")
        << stt << "SET LOCAL statement_timeout = '1min';\nCREATE INDEX i ON items (a);"
        << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("statement timeout: lock_timeout does not count")
        << stt << "SET lock_timeout = '1s';\nCREATE INDEX i ON items (a);"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + stt};
    QTest::newRow("statement timeout: configured") << stt << "CREATE INDEX i ON items (a);"
                                                   << "SELECT 1;" << true << true << QStringList{};
    QTest::newRow("statement timeout: default is none")
        << stt << "SET statement_timeout TO DEFAULT;\nCREATE INDEX i ON items (a);"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + stt};

    const QString tn = QStringLiteral("transaction-nesting");
    QTest::newRow("begin and commit")
        << tn << "BEGIN;\nALTER TABLE items ADD COLUMN c int;\nCOMMIT;"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + tn, "8:1 " + tn};
    QTest::newRow("start transaction") << tn << "SELECT 1;\n  START TRANSACTION;"
                                       << "SELECT 1;" << true << false << QStringList{"7:3 " + tn};
    QTest::newRow("rollback, end and abort")
        << tn << "ROLLBACK;\nEND;\nABORT;"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + tn, "7:1 " + tn, "8:1 " + tn};
    QTest::newRow("not transactional")
        << tn << "BEGIN;\nCOMMIT;"
        << "SELECT 1;" << false << false << QStringList{"6:1 " + tn, "7:1 " + tn};
    QTest::newRow("in the downgrade") << tn << "SELECT 1;"
                                      << "COMMIT;" << true << false << QStringList{"8:1 " + tn};
    QTest::newRow("savepoints are fine")
        << tn << "SAVEPOINT a;\nRELEASE SAVEPOINT a;\nSAVEPOINT b;\nROLLBACK TO SAVEPOINT b;"
        << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("a DO block's text is not looked into")
        << tn << "DO $$ BEGIN PERFORM 1; END $$;"
        << "SELECT 1;" << true << false << QStringList{};

    const QString ci = QStringLiteral("ban-concurrent-index-creation-in-transaction");
    QTest::newRow("create index concurrently in a transaction")
        << ci << "CREATE INDEX CONCURRENTLY i ON items (a);"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + ci};
    QTest::newRow("create index concurrently, not transactional")
        << ci << "CREATE INDEX CONCURRENTLY i ON items (a);"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("drop index concurrently")
        << ci << "SELECT 1;\nDROP INDEX CONCURRENTLY IF EXISTS i;"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + ci};
    QTest::newRow("reindex concurrently")
        << ci << "REINDEX INDEX CONCURRENTLY i;\nREINDEX TABLE CONCURRENTLY items;"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + ci, "7:1 " + ci};
    QTest::newRow("detach partition concurrently")
        << ci << "ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY;"
        << "SELECT 1;" << true << false << QStringList{"6:1 " + ci};
    QTest::newRow("even on a table created earlier")
        << ci << "CREATE TABLE n (a int);\nCREATE INDEX CONCURRENTLY ON n (a);"
        << "SELECT 1;" << true << false << QStringList{"7:1 " + ci};
    QTest::newRow("in the downgrade")
        << ci << "SELECT 1;"
        << "DROP INDEX CONCURRENTLY i;" << true << false << QStringList{"8:1 " + ci};
    QTest::newRow("plain index statements")
        << ci
        << "CREATE INDEX i ON items (a);\nDROP INDEX i;\nREINDEX INDEX i;\n"
           "REFRESH MATERIALIZED VIEW CONCURRENTLY mv;\nALTER TABLE m DETACH PARTITION m_2020;"
        << "SELECT 1;" << true << false << QStringList{};

    const QString rs = QStringLiteral("prefer-robust-stmts");
    QTest::newRow("create table") << rs << "CREATE TABLE t (a int);"
                                  << "SELECT 1;" << false << false << QStringList{"6:1 " + rs};
    QTest::newRow("create table, transactional")
        << rs << "CREATE TABLE t (a int);\nDROP TABLE items;\nALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << true << false << QStringList{};
    QTest::newRow("create table if not exists") << rs << "CREATE TABLE IF NOT EXISTS t (a int);"
                                                << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("create index concurrently")
        << rs << "CREATE INDEX CONCURRENTLY i ON items (a);"
        << "SELECT 1;" << false << false << QStringList{"6:1 " + rs};
    QTest::newRow("create index concurrently if not exists")
        << rs << "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON items (a);"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("drop index") << rs << "DROP INDEX CONCURRENTLY i;\nDROP TABLE IF EXISTS t;"
                                << "SELECT 1;" << false << false << QStringList{"6:1 " + rs};
    QTest::newRow("drop if exists")
        << rs << "DROP INDEX CONCURRENTLY IF EXISTS i;\nDROP TYPE IF EXISTS mood;"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("add column, at the column")
        << rs << "ALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << false << false << QStringList{"6:30 " + rs};
    QTest::newRow("add column if not exists")
        << rs << "ALTER TABLE items ADD COLUMN IF NOT EXISTS c int;"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("drop column") << rs << "ALTER TABLE items DROP COLUMN c;"
                                 << "SELECT 1;" << false << false << QStringList{"6:1 " + rs};
    QTest::newRow("drop column if exists") << rs << "ALTER TABLE items DROP COLUMN IF EXISTS c;"
                                           << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("add constraint, at the constraint")
        << rs << "ALTER TABLE items ADD CONSTRAINT c CHECK (a > 0);"
        << "SELECT 1;" << false << false << QStringList{"6:23 " + rs};
    QTest::newRow("add constraint after dropping it if exists")
        << rs
        << "ALTER TABLE items DROP CONSTRAINT IF EXISTS c;\n"
           "ALTER TABLE items ADD CONSTRAINT c CHECK (a > 0);"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("drop and add in one statement")
        << rs << "ALTER TABLE items DROP CONSTRAINT IF EXISTS c, ADD CONSTRAINT c CHECK (a > 0);"
        << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("dropped on another table")
        << rs
        << "ALTER TABLE other DROP CONSTRAINT IF EXISTS c;\n"
           "ALTER TABLE items ADD CONSTRAINT c CHECK (a > 0);"
        << "SELECT 1;" << false << false << QStringList{"7:23 " + rs};
    QTest::newRow("dropped after it is added")
        << rs
        << "ALTER TABLE items ADD CONSTRAINT c CHECK (a > 0);\n"
           "ALTER TABLE items DROP CONSTRAINT IF EXISTS c;"
        << "SELECT 1;" << false << false << QStringList{"6:23 " + rs};
    QTest::newRow("a DO block") << rs << "DO $$ BEGIN CREATE TABLE t (a int); END $$;"
                                << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("schema, extension, sequence")
        << rs
        << "CREATE SCHEMA s;\nCREATE EXTENSION pg_trgm;\nCREATE SEQUENCE q;\n"
           "CREATE SCHEMA IF NOT EXISTS s2;\nCREATE EXTENSION IF NOT EXISTS hstore;"
        << "SELECT 1;" << false << false << QStringList{"6:1 " + rs, "7:1 " + rs, "8:1 " + rs};
    QTest::newRow("data statements") << rs << "UPDATE items SET a = 1;\nVACUUM items;"
                                     << "SELECT 1;" << false << false << QStringList{};
    QTest::newRow("in the downgrade")
        << rs << "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON items (a);"
        << "DROP INDEX CONCURRENTLY i;" << false << false << QStringList{"8:1 " + rs};
}

void TestSessionRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(bool, transactional);
    QFETCH(bool, environmentTimeouts);
    QFETCH(QStringList, expected);
    LintTarget target;
    target.lockTimeoutConfigured = environmentTimeouts;
    target.statementTimeoutConfigured = environmentTimeouts;
    const Revision rev =
        lintRevision(upgrade, downgrade == kNoDowngrade ? QString() : downgrade, transactional);
    QCOMPARE(lintFindings(rev, rule, target), expected);
}

void TestSessionRules::messages_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("message");
    QTest::newRow("lock timeout")
        << "require-lock-timeout"
        << "UPDATE a SET x = 1;\nCREATE INDEX i ON items (a);" << true
        << "CREATE INDEX needs SHARE on items and has no lock_timeout: while it waits for the "
           "lock, it already blocks writes (reads continue) on items";
    QTest::newRow("statement timeout")
        << "require-statement-timeout"
        << "ALTER TABLE public.items ADD COLUMN c int;" << true
        << "ALTER TABLE holds ACCESS EXCLUSIVE on public.items with no statement_timeout: "
           "nothing bounds how long it blocks public.items";
    QTest::newRow("lock timeout of drop index names its table")
        << "require-lock-timeout"
        << "DROP INDEX items_a_idx;" << true
        << "DROP INDEX needs ACCESS EXCLUSIVE on the table of items_a_idx and has no "
           "lock_timeout: while it waits for the lock, it already blocks reads and writes on "
           "the table of items_a_idx";
    QTest::newRow("begin") << "transaction-nesting"
                           << "BEGIN;" << true
                           << "BEGIN inside the revision's transaction: Strata already opened one "
                              "(PostgreSQL only warns and goes on)";
    QTest::newRow("commit") << "transaction-nesting"
                            << "COMMIT;" << true
                            << "COMMIT ends the revision's transaction midway: the statements "
                               "after it and the version-table update run outside it";
    QTest::newRow("concurrently")
        << "ban-concurrent-index-creation-in-transaction"
        << "CREATE INDEX CONCURRENTLY items_a_idx ON items (a);" << true
        << "CREATE INDEX CONCURRENTLY items_a_idx on items cannot run inside a transaction "
           "block: the revision fails here (set 'Transactional: no')";
    QTest::newRow("robust create")
        << "prefer-robust-stmts"
        << "CREATE INDEX CONCURRENTLY items_a_idx ON items (a);" << false
        << "CREATE INDEX items_a_idx without IF NOT EXISTS fails when the revision runs again "
           "after a later statement failed";
    QTest::newRow("robust drop")
        << "prefer-robust-stmts"
        << "DROP TABLE items, other;" << false
        << "DROP TABLE items, other without IF EXISTS fails when the revision runs again after "
           "a later statement failed";
    QTest::newRow("robust constraint")
        << "prefer-robust-stmts"
        << "ALTER TABLE items ADD CONSTRAINT pos CHECK (a > 0);" << false
        << "ADD CONSTRAINT pos on items fails when the revision runs again after a later "
           "statement failed (there is no IF NOT EXISTS)";
}

void TestSessionRules::messages() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(bool, transactional);
    QFETCH(QString, message);
    const LintReport report = Linter::lint(
        lintRevision(upgrade, QStringLiteral("SELECT 1;"), transactional), LintOptions());
    QStringList messages;
    for (const LintFinding& f : report.findings) {
        if (f.rule == rule)
            messages << f.message;
    }
    QCOMPARE(messages, QStringList{message});
}

QTEST_GUILESS_MAIN(TestSessionRules)
#include "tst_sessionrules.moc"
