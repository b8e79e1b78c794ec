#include "LintFixtures.h"
#include "lint/Linter.h"
#include "revision/AlembicScript.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// missing-downgrade, downgrade-drops-uncreated, table-lock. The upgrade starts on line 6; the
// downgrade's first line follows its marker (line 8 after a one-line upgrade).
class TestRevisionRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void alembicMissingDowngrade_data();
    void alembicMissingDowngrade();
    void messages_data();
    void messages();
};

namespace {

const QString kNoDowngrade = QStringLiteral("<none>");

// An Alembic revision whose `revision = ...` is on line 10 and upgrade() on line 16.
QString alembicScript(const QString& functions) {
    return QStringLiteral("\"\"\"msg\n\nRevision ID: abc123\nRevises:\nCreate Date: 2024-01-01\n"
                          "\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                          "revision = 'abc123'\ndown_revision = None\nbranch_labels = None\n"
                          "depends_on = None\n\n\n") +
           functions;
}

QStringList messagesOf(const LintReport& report, const QString& rule) {
    QStringList out;
    for (const LintFinding& f : report.findings) {
        if (f.rule == rule)
            out << f.message;
    }
    return out;
}

} // namespace

void TestRevisionRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QStringList>("expected");

    const QString md = QStringLiteral("missing-downgrade");
    QTest::newRow("no downgrade section, at the header")
        << md << "CREATE TABLE t (a int);" << kNoDowngrade << true << QStringList{"1:1 " + md};
    QTest::newRow("no downgrade, not transactional")
        << md << "CREATE INDEX CONCURRENTLY i ON t (a);" << kNoDowngrade << false
        << QStringList{"1:1 " + md};
    QTest::newRow("empty downgrade is a no-op, not missing") << md << "CREATE TABLE t (a int);"
                                                             << "" << true << QStringList{};
    QTest::newRow("downgrade of comments only") << md << "CREATE TABLE t (a int);"
                                                << "-- nothing to undo" << true << QStringList{};
    QTest::newRow("downgrade present") << md << "CREATE TABLE t (a int);"
                                       << "DROP TABLE t;" << true << QStringList{};

    const QString dd = QStringLiteral("downgrade-drops-uncreated");
    QTest::newRow("drops the table the upgrade created")
        << dd << "CREATE TABLE t (a int);"
        << "DROP TABLE t;" << true << QStringList{};
    QTest::newRow("drops a table the upgrade did not create")
        << dd << "SELECT 1;"
        << "DROP TABLE items;" << true << QStringList{"8:1 " + dd};
    QTest::newRow("drops one created and one not")
        << dd << "CREATE TABLE t (a int);"
        << "SELECT 1;\n  DROP TABLE t, items;" << true << QStringList{"9:3 " + dd};
    QTest::newRow("qualified in the upgrade, not in the downgrade")
        << dd << "CREATE TABLE public.t (a int);"
        << "DROP TABLE t;" << true << QStringList{};
    QTest::newRow("drop table if exists still loses data")
        << dd << "SELECT 1;"
        << "DROP TABLE IF EXISTS items;" << true << QStringList{"8:1 " + dd};
    QTest::newRow("column the upgrade added")
        << dd << "ALTER TABLE items ADD COLUMN c int;"
        << "ALTER TABLE items DROP COLUMN c;" << true << QStringList{};
    QTest::newRow("column the upgrade did not add")
        << dd << "ALTER TABLE items ADD COLUMN c int;"
        << "ALTER TABLE items DROP COLUMN d;" << true << QStringList{"8:1 " + dd};
    QTest::newRow("column of a table the upgrade created")
        << dd << "CREATE TABLE t (a int);"
        << "ALTER TABLE t DROP COLUMN b;" << true << QStringList{};
    QTest::newRow("index") << dd << "CREATE INDEX i ON items (a);"
                           << "DROP INDEX i;\nDROP INDEX j;" << true << QStringList{"9:1 " + dd};
    QTest::newRow("type and domain")
        << dd << "CREATE TYPE mood AS ENUM ('a');\nCREATE DOMAIN pos AS int CHECK (VALUE > 0);"
        << "DROP TYPE mood;\nDROP DOMAIN pos;\nDROP TYPE other;" << true
        << QStringList{"11:1 " + dd};
    QTest::newRow("function") << dd << "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                              << "DROP FUNCTION f();\nDROP FUNCTION g(int);" << true
                              << QStringList{"9:1 " + dd};
    QTest::newRow("view and materialized view")
        << dd << "CREATE VIEW v AS SELECT 1;\nCREATE MATERIALIZED VIEW mv AS SELECT 1;"
        << "DROP VIEW v;\nDROP MATERIALIZED VIEW mv;\nDROP VIEW w;" << true
        << QStringList{"11:1 " + dd};
    QTest::newRow("schema and extension")
        << dd << "CREATE SCHEMA s;\nCREATE EXTENSION pg_trgm;"
        << "DROP EXTENSION pg_trgm;\nDROP SCHEMA s CASCADE;\nDROP EXTENSION hstore;\n"
           "DROP SCHEMA t;"
        << true << QStringList{"11:1 " + dd, "12:1 " + dd};
    QTest::newRow("constraint the upgrade added")
        << dd << "ALTER TABLE items ADD CONSTRAINT c CHECK (a > 0);"
        << "ALTER TABLE items DROP CONSTRAINT c;" << true << QStringList{};
    QTest::newRow("constraint the upgrade did not add")
        << dd << "SELECT 1;"
        << "ALTER TABLE items DROP CONSTRAINT c;" << true << QStringList{"8:1 " + dd};
    QTest::newRow("constraint named inline on an added column")
        << dd << "ALTER TABLE items ADD COLUMN c int CONSTRAINT c_uq UNIQUE;"
        << "ALTER TABLE items DROP CONSTRAINT c_uq, DROP COLUMN c;" << true << QStringList{};
    QTest::newRow("constraint named inline in a created table")
        << dd << "CREATE TABLE public.t (a int, CONSTRAINT t_chk CHECK (a > 0));"
        << "ALTER TABLE public.t DROP CONSTRAINT t_chk;" << true << QStringList{};
    QTest::newRow("created earlier in the downgrade")
        << dd << "SELECT 1;"
        << "CREATE TABLE tmp (a int);\nDROP TABLE tmp;" << true << QStringList{};
    QTest::newRow("what the upgrade renamed to") << dd << "ALTER TABLE items RENAME TO goods;"
                                                 << "DROP TABLE goods;" << true << QStringList{};
    QTest::newRow("after a DO block in the upgrade, IF EXISTS gets the benefit of the doubt")
        << dd << "DO $$ BEGIN EXECUTE 'CREATE TABLE t (a int)'; END $$;"
        << "DROP TABLE IF EXISTS t;\nDROP TABLE items;" << true << QStringList{"9:1 " + dd};
    QTest::newRow("after a CALL in the upgrade")
        << dd << "CALL add_columns();"
        << "ALTER TABLE items DROP COLUMN IF EXISTS c;\nALTER TABLE items DROP COLUMN d;" << true
        << QStringList{"9:1 " + dd};
    QTest::newRow("drops in the upgrade are another rule's")
        << dd << "DROP TABLE items;\nALTER TABLE a DROP COLUMN b;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("not transactional")
        << dd << "CREATE INDEX CONCURRENTLY i ON items (a);"
        << "DROP INDEX CONCURRENTLY items_a_idx;" << false << QStringList{"8:1 " + dd};

    const QString tl = QStringLiteral("table-lock");
    QTest::newRow("create index takes share") << tl << "CREATE INDEX i ON items (a);"
                                              << "SELECT 1;" << true << QStringList{"6:1 " + tl};
    QTest::newRow("every statement with a strong lock")
        << tl
        << "SELECT 1;\nALTER TABLE items ADD COLUMN c int;\n  DROP INDEX i;\n"
           "LOCK TABLE items IN SHARE MODE;\nTRUNCATE other;"
        << "SELECT 1;" << true << QStringList{"7:1 " + tl, "8:3 " + tl, "9:1 " + tl, "10:1 " + tl};
    QTest::newRow("weaker than share")
        << tl
        << "UPDATE items SET a = 1;\nALTER TABLE items VALIDATE CONSTRAINT c;\nVACUUM items;\n"
           "LOCK TABLE items IN ROW EXCLUSIVE MODE;\nSELECT * FROM items;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("concurrently, not transactional")
        << tl << "CREATE INDEX CONCURRENTLY i ON items (a);\nDROP INDEX CONCURRENTLY j;"
        << "SELECT 1;" << false << QStringList{};
    QTest::newRow("tables created earlier")
        << tl
        << "CREATE TABLE n (a int);\nCREATE INDEX i ON n (a);\nALTER TABLE n ADD COLUMN b int;"
        << "SELECT 1;" << true << QStringList{};
    QTest::newRow("a table the upgrade created exists in the downgrade")
        << tl << "CREATE TABLE n (a int);"
        << "DROP TABLE n;" << true << QStringList{"8:1 " + tl};
    QTest::newRow("foreign key on a new table locks the existing one")
        << tl << "CREATE TABLE n (a int REFERENCES items (id));"
        << "SELECT 1;" << true << QStringList{"6:1 " + tl};
}

void TestRevisionRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(bool, transactional);
    QFETCH(QStringList, expected);
    const Revision rev =
        lintRevision(upgrade, downgrade == kNoDowngrade ? QString() : downgrade, transactional);
    // table-lock steps aside where another rule flags the statement: alone here.
    QCOMPARE(rule == QLatin1String("table-lock") ? lintFindingsAlone(rev, rule)
                                                 : lintFindings(rev, rule),
             expected);
}

// SQL revisions in Python form: an absent downgrade() is missing, `pass` is an empty one; a
// revision in Python has no SQL to lint at all.
void TestRevisionRules::alembicMissingDowngrade_data() {
    QTest::addColumn<QString>("functions");
    QTest::addColumn<int>("source");
    QTest::addColumn<QStringList>("expected");
    const QString md = QStringLiteral("missing-downgrade");
    const int sqlForm = int(Revision::Source::AlembicSqlForm);
    QTest::newRow("no downgrade(), at revision =")
        << "def upgrade():\n    op.execute(\"CREATE TABLE t (a int)\")\n"
        << sqlForm << QStringList{"10:1 " + md};
    QTest::newRow("downgrade() is pass: empty, not missing")
        << "def upgrade():\n    op.execute(\"CREATE TABLE t (a int)\")\n\n\n"
           "def downgrade():\n    pass\n"
        << sqlForm << QStringList{};
    QTest::newRow("downgrade() with SQL")
        << "def upgrade():\n    op.execute(\"CREATE TABLE t (a int)\")\n\n\n"
           "def downgrade():\n    op.execute(\"DROP TABLE t\")\n"
        << sqlForm << QStringList{};
    QTest::newRow("Python revision without downgrade()")
        << "def upgrade():\n    op.create_table('t', sa.Column('a', sa.Integer))\n"
        << int(Revision::Source::AlembicPython) << QStringList{};
}

void TestRevisionRules::alembicMissingDowngrade() {
    QFETCH(QString, functions);
    QFETCH(int, source);
    QFETCH(QStringList, expected);
    const Result<Revision> rev =
        AlembicScript::parse(alembicScript(functions), QStringLiteral("versions/abc123.py"));
    QVERIFY2(rev.ok(), qPrintable(rev.ok() ? QString() : rev.error().toString()));
    QCOMPARE(int(rev->source), source);
    QCOMPARE(lintFindings(*rev, QStringLiteral("missing-downgrade")), expected);
}

void TestRevisionRules::messages_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("missing downgrade")
        << "missing-downgrade"
        << "SELECT 1;" << kNoDowngrade << true
        << QStringList{"revision r1 has no '-- migrate:downgrade' section: downgrading through "
                       "it stops with an error"};
    QTest::newRow("drops uncreated")
        << "downgrade-drops-uncreated"
        << "CREATE TABLE t (a int);"
        << "DROP TABLE t, public.items;\nALTER TABLE items DROP COLUMN a, DROP CONSTRAINT c;"
        << true
        << QStringList{"DROP TABLE public.items: not created by the upgrade, so the downgrade "
                       "destroys what existed before the revision",
                       "DROP COLUMN items.a, DROP CONSTRAINT items.c: not created by the "
                       "upgrade, so the downgrade destroys what existed before the revision"};
    QTest::newRow("lock, transactional")
        << "table-lock"
        << "CREATE INDEX i ON public.items (a);"
        << "SELECT 1;" << true
        << QStringList{"CREATE INDEX takes SHARE on public.items: blocks writes (reads "
                       "continue) until the revision commits"};
    QTest::newRow("lock, not transactional")
        << "table-lock"
        << "ALTER TABLE items ADD COLUMN c int;"
        << "SELECT 1;" << false
        << QStringList{"ALTER TABLE takes ACCESS EXCLUSIVE on items: blocks reads and writes "
                       "while the statement runs"};
    QTest::newRow("lock of drop index names its table")
        << "table-lock"
        << "DROP INDEX items_a_idx;"
        << "SELECT 1;" << true
        << QStringList{"DROP INDEX takes ACCESS EXCLUSIVE on the table of items_a_idx: blocks "
                       "reads and writes until the revision commits"};
    QTest::newRow("two locks")
        << "table-lock"
        << "ALTER TABLE a ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES b (id);"
        << "SELECT 1;" << true
        << QStringList{"ALTER TABLE takes SHARE ROW EXCLUSIVE on b: blocks writes (reads "
                       "continue) until the revision commits; SHARE ROW EXCLUSIVE on a: blocks "
                       "writes (reads continue) until the revision commits"};
}

void TestRevisionRules::messages() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(bool, transactional);
    QFETCH(QStringList, messages);
    const Revision rev =
        lintRevision(upgrade, downgrade == kNoDowngrade ? QString() : downgrade, transactional);
    QCOMPARE(rule == QLatin1String("table-lock")
                 ? lintMessagesAlone(rev, rule)
                 : messagesOf(Linter::lint(rev, LintOptions()), rule),
             messages);
}

QTEST_GUILESS_MAIN(TestRevisionRules)
#include "tst_revisionrules.moc"
