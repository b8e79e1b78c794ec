#include "sql/StatementClassifier.h"

#include <QTest>

using namespace strata;

Q_DECLARE_METATYPE(strata::StatementKind)

class TestStatementClassifier : public QObject {
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void sizeAndDepth_data();
    void sizeAndDepth();
    void reasons_data();
    void reasons();
    void parseError();
    void empty();
};

void TestStatementClassifier::classify_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<StatementKind>("kind");
    QTest::addColumn<QString>("tag");

    const auto N = StatementKind::Normal;
    const auto X = StatementKind::NoTransaction;
    const auto T = StatementKind::TransactionControl;
    const auto S = StatementKind::SessionReset;

    // Cannot run inside a transaction block.
    QTest::newRow("create index concurrently")
        << "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c)" << X << "CREATE INDEX";
    QTest::newRow("create unique index concurrently")
        << "create unique index concurrently i on t (c)" << X << "CREATE INDEX";
    QTest::newRow("drop index concurrently")
        << "DROP INDEX CONCURRENTLY IF EXISTS i" << X << "DROP INDEX";
    QTest::newRow("reindex concurrently") << "REINDEX INDEX CONCURRENTLY i" << X << "REINDEX";
    QTest::newRow("reindex table concurrently")
        << "REINDEX (VERBOSE) TABLE CONCURRENTLY t" << X << "REINDEX";
    QTest::newRow("reindex database") << "REINDEX DATABASE app" << X << "REINDEX";
    QTest::newRow("reindex schema") << "REINDEX SCHEMA public" << X << "REINDEX";
    QTest::newRow("detach concurrently")
        << "ALTER TABLE m DETACH PARTITION m_2024 CONCURRENTLY" << X << "ALTER TABLE";
    QTest::newRow("create database") << "CREATE DATABASE app" << X << "CREATE DATABASE";
    QTest::newRow("drop database") << "DROP DATABASE IF EXISTS app" << X << "DROP DATABASE";
    QTest::newRow("alter database set tablespace")
        << "ALTER DATABASE app SET TABLESPACE fast" << X << "ALTER DATABASE";
    QTest::newRow("create tablespace")
        << "CREATE TABLESPACE fast LOCATION '/ssd'" << X << "CREATE TABLESPACE";
    QTest::newRow("drop tablespace") << "DROP TABLESPACE fast" << X << "DROP TABLESPACE";
    QTest::newRow("vacuum") << "VACUUM" << X << "VACUUM";
    QTest::newRow("vacuum analyze") << "VACUUM (ANALYZE) chunks" << X << "VACUUM";
    QTest::newRow("vacuum full") << "VACUUM FULL chunks" << X << "VACUUM";
    QTest::newRow("alter system") << "ALTER SYSTEM SET work_mem = '64MB'" << X << "ALTER SYSTEM";

    // Transaction control.
    QTest::newRow("begin") << "BEGIN" << T << "BEGIN";
    QTest::newRow("begin isolation") << "BEGIN ISOLATION LEVEL SERIALIZABLE" << T << "BEGIN";
    QTest::newRow("start transaction") << "START TRANSACTION" << T << "START TRANSACTION";
    QTest::newRow("commit") << "COMMIT" << T << "COMMIT";
    QTest::newRow("end") << "END" << T << "COMMIT";
    QTest::newRow("rollback") << "ROLLBACK" << T << "ROLLBACK";
    QTest::newRow("abort") << "ABORT" << T << "ROLLBACK";
    QTest::newRow("prepare transaction") << "PREPARE TRANSACTION 'x'" << T << "PREPARE TRANSACTION";
    QTest::newRow("commit prepared") << "COMMIT PREPARED 'x'" << T << "COMMIT PREPARED";
    QTest::newRow("rollback prepared") << "ROLLBACK PREPARED 'x'" << T << "ROLLBACK PREPARED";

    // Negative cases: these run fine inside a transaction.
    QTest::newRow("create index") << "CREATE INDEX i ON t (c)" << N << "CREATE INDEX";
    QTest::newRow("drop index") << "DROP INDEX IF EXISTS i" << N << "DROP INDEX";
    QTest::newRow("reindex index") << "REINDEX INDEX i" << N << "REINDEX";
    QTest::newRow("detach partition")
        << "ALTER TABLE m DETACH PARTITION m_2024" << N << "ALTER TABLE";
    QTest::newRow("analyze") << "ANALYZE chunks" << N << "ANALYZE";
    QTest::newRow("alter database set")
        << "ALTER DATABASE app SET work_mem = '1MB'" << N << "ALTER DATABASE";
    QTest::newRow("savepoint") << "SAVEPOINT s1" << N << "SAVEPOINT";
    QTest::newRow("rollback to savepoint")
        << "ROLLBACK TO SAVEPOINT s1" << N << "ROLLBACK TO SAVEPOINT";
    QTest::newRow("release") << "RELEASE SAVEPOINT s1" << N << "RELEASE";
    QTest::newRow("alter type add value") << "ALTER TYPE mood ADD VALUE 'meh'" << N << "ALTER TYPE";
    QTest::newRow("concurrently in a string")
        << "CREATE INDEX i ON t ((c || ' CONCURRENTLY'))" << N << "CREATE INDEX";
    QTest::newRow("concurrently as quoted name")
        << "CREATE TABLE \"concurrently\" (id int)" << N << "CREATE TABLE";

    // Tags of ordinary statements.
    QTest::newRow("update") << "UPDATE chunks SET hash = NULL" << N << "UPDATE";
    QTest::newRow("insert") << "INSERT INTO t VALUES (1)" << N << "INSERT";
    QTest::newRow("delete") << "DELETE FROM t" << N << "DELETE";
    QTest::newRow("select") << "SELECT 1" << N << "SELECT";
    QTest::newRow("create table") << "CREATE TABLE t (id int)" << N << "CREATE TABLE";
    QTest::newRow("drop table") << "DROP TABLE t" << N << "DROP TABLE";
    QTest::newRow("drop mview") << "DROP MATERIALIZED VIEW v" << N << "DROP MATERIALIZED VIEW";
    QTest::newRow("alter table") << "ALTER TABLE t ADD COLUMN c int" << N << "ALTER TABLE";
    QTest::newRow("alter index") << "ALTER INDEX i SET (fillfactor = 70)" << N << "ALTER INDEX";
    QTest::newRow("create extension")
        << "CREATE EXTENSION IF NOT EXISTS pg_trgm" << N << "CREATE EXTENSION";
    QTest::newRow("do") << "DO $$ BEGIN END $$" << N << "DO";
    QTest::newRow("create function")
        << "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'" << N << "CREATE FUNCTION";
    QTest::newRow("create procedure")
        << "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'" << N << "CREATE PROCEDURE";
    QTest::newRow("create trigger")
        << "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()" << N
        << "CREATE TRIGGER";
    QTest::newRow("create view") << "CREATE VIEW v AS SELECT 1" << N << "CREATE VIEW";
    QTest::newRow("comment") << "COMMENT ON TABLE t IS 'x'" << N << "COMMENT";
    QTest::newRow("grant") << "GRANT SELECT ON t TO app" << N << "GRANT";
    QTest::newRow("revoke") << "REVOKE SELECT ON t FROM app" << N << "REVOKE";
    QTest::newRow("rename") << "ALTER TABLE t RENAME TO u" << N << "ALTER TABLE";
    QTest::newRow("set") << "SET lock_timeout = '5s'" << N << "SET";
    QTest::newRow("reset one") << "RESET work_mem" << N << "RESET";
    QTest::newRow("set local") << "SET LOCAL search_path = app" << N << "SET";
    QTest::newRow("discard plans") << "DISCARD PLANS" << N << "DISCARD";
    QTest::newRow("discard temp") << "DISCARD TEMP" << N << "DISCARD";
    // What would drop Strata's migration lock or its session settings (issue 11, defect 7).
    QTest::newRow("discard all") << "DISCARD ALL" << S << "DISCARD";
    QTest::newRow("reset all") << "RESET ALL" << S << "RESET";
    QTest::newRow("set session authorization")
        << "SET SESSION AUTHORIZATION app_owner" << S << "SET";
    QTest::newRow("reset session authorization") << "RESET SESSION AUTHORIZATION" << S << "RESET";
    QTest::newRow("unlock all") << "SELECT pg_advisory_unlock_all()" << S << "SELECT";
    QTest::newRow("unlock all qualified")
        << "SELECT 1 FROM pg_catalog.pg_advisory_unlock_all()" << S << "SELECT";
    QTest::newRow("unlock all nested")
        << "INSERT INTO t SELECT CASE WHEN true THEN (SELECT PG_ADVISORY_UNLOCK_ALL()) END" << S
        << "INSERT";
    QTest::newRow("other advisory call") << "SELECT pg_advisory_xact_lock(1)" << N << "SELECT";
    QTest::newRow("create type enum") << "CREATE TYPE mood AS ENUM ('a')" << N << "CREATE TYPE";
    QTest::newRow("truncate") << "TRUNCATE t" << N << "TRUNCATE";
    QTest::newRow("create schema") << "CREATE SCHEMA s" << N << "CREATE SCHEMA";
    QTest::newRow("create sequence") << "CREATE SEQUENCE s" << N << "CREATE SEQUENCE";
    QTest::newRow("refresh mview")
        << "REFRESH MATERIALIZED VIEW v" << N << "REFRESH MATERIALIZED VIEW";
}

void TestStatementClassifier::classify() {
    QFETCH(QString, sql);
    QFETCH(StatementKind, kind);
    QFETCH(QString, tag);
    const Result<StatementClass> c = StatementClassifier::classify(sql);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->kind, kind);
    QCOMPARE(c->tag, tag);
    QCOMPARE(c->reason.isEmpty(), kind == StatementKind::Normal);
}

void TestStatementClassifier::reasons_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("reason");
    QTest::newRow("cic") << "CREATE INDEX CONCURRENTLY i ON t (c)"
                         << "CREATE INDEX CONCURRENTLY cannot run inside a transaction block";
    QTest::newRow("dic") << "DROP INDEX CONCURRENTLY i"
                         << "DROP INDEX CONCURRENTLY cannot run inside a transaction block";
    QTest::newRow("vacuum") << "VACUUM t"
                            << "VACUUM cannot run inside a transaction block";
    QTest::newRow("detach") << "ALTER TABLE m DETACH PARTITION p CONCURRENTLY"
                            << "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY cannot run "
                               "inside a transaction block";
    QTest::newRow("commit") << "COMMIT"
                            << "COMMIT is transaction control: Strata manages transactions";
}

void TestStatementClassifier::reasons() {
    QFETCH(QString, sql);
    QFETCH(QString, reason);
    const Result<StatementClass> c = StatementClassifier::classify(sql);
    QVERIFY(c.ok());
    QCOMPARE(c->reason, reason);
}

void TestStatementClassifier::parseError() {
    const Result<StatementClass> c = StatementClassifier::classify(u"CREATE TABLEX t");
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::Parse);
    QCOMPARE(c.error().message, QStringLiteral("syntax error at or near \"TABLEX\""));
}

void TestStatementClassifier::empty() {
    const Result<StatementClass> c = StatementClassifier::classify(u"-- nothing");
    QVERIFY(c.ok());
    QCOMPARE(c->kind, StatementKind::Normal);
    QVERIFY(c->tag.isEmpty());
}

// libpg_query writes its tree recursively: 100,000 nested terms used to overflow the stack
// (exit 139). Deep statements are an error naming the cause; large shallow ones classify.
void TestStatementClassifier::sizeAndDepth_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("tag");   // expected tag when it classifies ...
    QTest::addColumn<QString>("error"); // ... or the start of the expected error
    const auto terms = [](int n) {
        return QStringLiteral("SELECT 1") + QStringLiteral("+1").repeated(n);
    };
    QString values = QStringLiteral("INSERT INTO t (a, b) VALUES ");
    for (int i = 0; i < 20000; ++i)
        values += QStringLiteral("(%1, 'row %1'),").arg(i);
    values.chop(1);
    QTest::newRow("300 terms") << terms(300) << "SELECT" << QString();
    QTest::newRow("100,000 terms")
        << terms(100000) << QString() << "statement too deeply nested to check";
    QTest::newRow("1,000,000 terms")
        << terms(1000000) << QString() << "statement too deeply nested to check";
    QTest::newRow("large shallow insert (400 KB)") << values << "INSERT" << QString();
    QTest::newRow("deep CIC predicate")
        << QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a) WHERE a > 0") +
               QStringLiteral(" AND a > 0").repeated(5000)
        << "CREATE INDEX" << QString();
    QTest::newRow("over 4 MB") << QStringLiteral("SELECT '%1'").arg(QString(5 * 1024 * 1024, u'x'))
                               << QString() << "statement too large to check";
}

void TestStatementClassifier::sizeAndDepth() {
    QFETCH(QString, sql);
    QFETCH(QString, tag);
    QFETCH(QString, error);
    const Result<StatementClass> c = StatementClassifier::classify(sql);
    if (error.isEmpty()) {
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->tag, tag);
    } else {
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Parse);
        QVERIFY2(c.error().message.startsWith(error), qPrintable(c.error().message));
    }
}

QTEST_GUILESS_MAIN(TestStatementClassifier)
#include "tst_statementclassifier.moc"
