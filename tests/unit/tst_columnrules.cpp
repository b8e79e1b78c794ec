#include "LintFixtures.h"
#include "lint/Linter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// Column rules: adding-field-with-default, adding-not-nullable-field, adding-required-field,
// adding-serial-primary-key-field, changing-column-type, renaming-column, renaming-table.
// Each row: the upgrade SQL (starting on line 6), the transaction mode, the PostgreSQL major the
// project targets, the rule, and its findings as "LINE:COL rule-id".
class TestColumnRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messagesNameTheObjects_data();
    void messagesNameTheObjects();
    void requiredFieldIsAnError();
};

namespace {

const QString kDefault = QStringLiteral("adding-field-with-default");
const QString kNotNull = QStringLiteral("adding-not-nullable-field");
const QString kRequired = QStringLiteral("adding-required-field");
const QString kPrimaryKey = QStringLiteral("adding-serial-primary-key-field");
const QString kType = QStringLiteral("changing-column-type");
const QString kRenameColumn = QStringLiteral("renaming-column");
const QString kRenameTable = QStringLiteral("renaming-table");

QStringList at(const QString& position, const QString& rule) {
    return {position + QLatin1Char(' ') + rule};
}

} // namespace

void TestColumnRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<int>("postgres");
    QTest::addColumn<QStringList>("expected");

    // adding-field-with-default: flagged at the volatile call (or the DEFAULT before 11).
    QTest::newRow("default: random()")
        << kDefault << "ALTER TABLE users ADD COLUMN ab int DEFAULT random();" << true << 13
        << at("6:45", kDefault);
    QTest::newRow("default: gen_random_uuid()")
        << kDefault << "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();" << true
        << 13 << at("6:49", kDefault);
    QTest::newRow("default: a call with arguments")
        << kDefault
        << "ALTER TABLE users ADD COLUMN d timestamptz DEFAULT date_trunc('day', now());" << true
        << 13 << at("6:52", kDefault);
    QTest::newRow("default: a user function")
        << kDefault << "ALTER TABLE users ADD COLUMN c int DEFAULT app.next_code();" << true << 13
        << at("6:44", kDefault);
    QTest::newRow("default: a volatile call under a cast")
        << kDefault << "ALTER TABLE users ADD COLUMN r text DEFAULT random()::text;" << true << 13
        << at("6:45", kDefault);
    QTest::newRow("default: Transactional no is flagged too")
        << kDefault << "ALTER TABLE users ADD COLUMN ab int DEFAULT random();" << false << 13
        << at("6:45", kDefault);
    QTest::newRow("default: GENERATED ... STORED")
        << kDefault
        << "ALTER TABLE users ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;"
        << true << 13 << at("6:44", kDefault);
    QTest::newRow("default: identity")
        << kDefault << "ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;" << true
        << 13 << at("6:39", kDefault);
    QTest::newRow("default: serial") << kDefault << "ALTER TABLE users ADD COLUMN n bigserial;"
                                     << true << 13 << at("6:32", kDefault);
    QTest::newRow("default: a constant before PostgreSQL 11")
        << kDefault << "ALTER TABLE users ADD COLUMN active boolean DEFAULT true;" << true << 10
        << at("6:45", kDefault);
    QTest::newRow("default: a constant from PostgreSQL 11")
        << kDefault << "ALTER TABLE users ADD COLUMN active boolean DEFAULT true;" << true << 11
        << QStringList{};
    QTest::newRow("default: NOT NULL DEFAULT constant")
        << kDefault << "ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;" << true
        << 13 << QStringList{};
    QTest::newRow("default: DEFAULT NULL before PostgreSQL 11")
        << kDefault << "ALTER TABLE users ADD COLUMN note text DEFAULT NULL;" << true << 10
        << QStringList{};
    QTest::newRow("default: now()")
        << kDefault << "ALTER TABLE users ADD COLUMN created timestamptz DEFAULT now();" << true
        << 13 << QStringList{};
    QTest::newRow("default: CURRENT_TIMESTAMP")
        << kDefault << "ALTER TABLE users ADD COLUMN created timestamptz DEFAULT CURRENT_TIMESTAMP;"
        << true << 13 << QStringList{};
    QTest::newRow("default: a cast constant")
        << kDefault << "ALTER TABLE users ADD COLUMN meta jsonb DEFAULT '{}'::jsonb;" << true << 13
        << QStringList{};
    QTest::newRow("default: constant arithmetic")
        << kDefault << "ALTER TABLE users ADD COLUMN n int DEFAULT 2 + 2;" << true << 13
        << QStringList{};
    QTest::newRow("default: table created earlier")
        << kDefault
        << "CREATE TABLE users (id bigint);\n"
           "ALTER TABLE users ADD COLUMN ab int DEFAULT random();"
        << true << 13 << QStringList{};
    QTest::newRow("default: SET DEFAULT rewrites nothing")
        << kDefault << "ALTER TABLE users ALTER COLUMN ab SET DEFAULT random();" << true << 13
        << QStringList{};

    // adding-not-nullable-field: flagged at the statement (SET NOT NULL has no location).
    QTest::newRow("not null: SET NOT NULL")
        << kNotNull << "ALTER TABLE users ALTER COLUMN email SET NOT NULL;" << true << 13
        << at("6:1", kNotNull);
    QTest::newRow("not null: on a later line")
        << kNotNull << "SELECT 1;\n  ALTER TABLE users ALTER COLUMN email SET NOT NULL;" << true
        << 13 << at("7:3", kNotNull);
    QTest::newRow("not null: Transactional no is flagged too")
        << kNotNull << "ALTER TABLE users ALTER COLUMN email SET NOT NULL;" << false << 13
        << at("6:1", kNotNull);
    QTest::newRow("not null: table created earlier")
        << kNotNull
        << "CREATE TABLE users (email text);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;"
        << true << 13 << QStringList{};
    const QString rewrite =
        QStringLiteral("ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT "
                       "VALID;\nALTER TABLE users VALIDATE CONSTRAINT email_nn;\n"
                       "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
    QTest::newRow("not null: the safe rewrite on PostgreSQL 12+")
        << kNotNull << rewrite << false << 12 << QStringList{};
    QTest::newRow("not null: the safe rewrite still scans on PostgreSQL 11")
        << kNotNull << rewrite << false << 11 << at("8:1", kNotNull);
    QTest::newRow("not null: a NOT VALID check that was never validated")
        << kNotNull
        << "ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
           "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"
        << false << 13 << at("7:1", kNotNull);
    QTest::newRow("not null: a validated check of another column")
        << kNotNull
        << "ALTER TABLE users ADD CONSTRAINT name_nn CHECK (name IS NOT NULL);\n"
           "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"
        << false << 13 << at("7:1", kNotNull);
    QTest::newRow("not null: a check added valid")
        << kNotNull
        << "ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);\n"
           "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"
        << false << 13 << QStringList{};
    QTest::newRow("not null: DROP NOT NULL")
        << kNotNull << "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;" << true << 13
        << QStringList{};
    QTest::newRow("not null: ADD COLUMN NOT NULL is another rule's")
        << kNotNull << "ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '';" << true << 13
        << QStringList{};

    // adding-required-field: flagged at the column name.
    QTest::newRow("required: NOT NULL without DEFAULT")
        << kRequired << "ALTER TABLE users ADD COLUMN email text NOT NULL;" << true << 13
        << at("6:30", kRequired);
    QTest::newRow("required: PRIMARY KEY without DEFAULT")
        << kRequired << "ALTER TABLE users ADD COLUMN code text PRIMARY KEY;" << true << 13
        << at("6:30", kRequired);
    QTest::newRow("required: Transactional no is flagged too")
        << kRequired << "ALTER TABLE users ADD COLUMN email text NOT NULL;" << false << 13
        << at("6:30", kRequired);
    QTest::newRow("required: NOT NULL DEFAULT")
        << kRequired << "ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '';" << true << 13
        << QStringList{};
    QTest::newRow("required: nullable")
        << kRequired << "ALTER TABLE users ADD COLUMN email text;" << true << 13 << QStringList{};
    QTest::newRow("required: table created earlier")
        << kRequired
        << "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN email text NOT NULL;"
        << true << 13 << QStringList{};
    QTest::newRow("required: serial fills itself")
        << kRequired << "ALTER TABLE users ADD COLUMN n bigserial NOT NULL;" << true << 13
        << QStringList{};
    QTest::newRow("required: GENERATED ... STORED NOT NULL")
        << kRequired
        << "ALTER TABLE users ADD COLUMN t numeric GENERATED ALWAYS AS (a + b) STORED NOT NULL;"
        << true << 13 << QStringList{};
    QTest::newRow("required: identity")
        << kRequired << "ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;"
        << true << 13 << QStringList{};

    // adding-serial-primary-key-field: flagged at PRIMARY KEY.
    QTest::newRow("pk: ADD COLUMN serial PRIMARY KEY")
        << kPrimaryKey << "ALTER TABLE items ADD COLUMN id serial PRIMARY KEY;" << true << 13
        << at("6:40", kPrimaryKey);
    QTest::newRow("pk: ADD PRIMARY KEY") << kPrimaryKey << "ALTER TABLE items ADD PRIMARY KEY (id);"
                                         << true << 13 << at("6:23", kPrimaryKey);
    QTest::newRow("pk: ADD CONSTRAINT ... PRIMARY KEY")
        << kPrimaryKey << "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY (id);" << false
        << 13 << at("6:23", kPrimaryKey);
    QTest::newRow("pk: USING INDEX")
        << kPrimaryKey
        << "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_pkey_idx;"
        << true << 13 << QStringList{};
    QTest::newRow("pk: table created earlier")
        << kPrimaryKey << "CREATE TABLE items (id bigint);\nALTER TABLE items ADD PRIMARY KEY (id);"
        << true << 13 << QStringList{};
    QTest::newRow("pk: UNIQUE is another rule's")
        << kPrimaryKey << "ALTER TABLE items ADD UNIQUE (id);" << true << 13 << QStringList{};

    // changing-column-type: flagged at the column name.
    QTest::newRow("type: ALTER COLUMN TYPE")
        << kType << "ALTER TABLE recipes ALTER COLUMN edits TYPE text USING edits::text;" << true
        << 13 << at("6:34", kType);
    QTest::newRow("type: SET DATA TYPE")
        << kType << "ALTER TABLE recipes ALTER COLUMN edits SET DATA TYPE bigint;" << false << 13
        << at("6:34", kType);
    QTest::newRow("type: two columns in one statement")
        << kType << "ALTER TABLE recipes ALTER COLUMN a TYPE bigint,\n  ALTER COLUMN b TYPE bigint;"
        << true << 13 << QStringList{"6:34 " + kType, "7:16 " + kType};
    QTest::newRow("type: table created earlier")
        << kType
        << "CREATE TABLE recipes (edits int);\nALTER TABLE recipes ALTER COLUMN edits TYPE bigint;"
        << true << 13 << QStringList{};
    QTest::newRow("type: SET DEFAULT")
        << kType << "ALTER TABLE recipes ALTER COLUMN edits SET DEFAULT 0;" << true << 13
        << QStringList{};

    // renaming-column / renaming-table: flagged at the statement.
    QTest::newRow("rename column")
        << kRenameColumn << "ALTER TABLE users RENAME COLUMN name TO full_name;" << true << 13
        << at("6:1", kRenameColumn);
    QTest::newRow("rename column: Transactional no")
        << kRenameColumn << "SELECT 1;\nALTER TABLE users RENAME name TO full_name;" << false << 13
        << at("7:1", kRenameColumn);
    QTest::newRow("rename column: table created earlier")
        << kRenameColumn
        << "CREATE TABLE users (name text);\nALTER TABLE users RENAME COLUMN name TO full_name;"
        << true << 13 << QStringList{};
    QTest::newRow("rename column: column added earlier")
        << kRenameColumn
        << "ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO "
           "handle;"
        << true << 13 << QStringList{};
    QTest::newRow("rename column: a view's column")
        << kRenameColumn << "ALTER VIEW v RENAME COLUMN a TO b;" << true << 13 << QStringList{};
    QTest::newRow("rename column: renaming the table is another rule's")
        << kRenameColumn << "ALTER TABLE users RENAME TO accounts;" << true << 13 << QStringList{};
    QTest::newRow("rename table") << kRenameTable << "ALTER TABLE users RENAME TO accounts;" << true
                                  << 13 << at("6:1", kRenameTable);
    QTest::newRow("rename table: schema-qualified")
        << kRenameTable << "ALTER TABLE app.users RENAME TO accounts;" << false << 13
        << at("6:1", kRenameTable);
    QTest::newRow("rename table: created earlier")
        << kRenameTable
        << "CREATE TABLE app.users (id bigint);\nALTER TABLE users RENAME TO accounts;" << true
        << 13 << QStringList{};
    QTest::newRow("rename table: an index or a column")
        << kRenameTable
        << "ALTER INDEX users_idx RENAME TO accounts_idx;\n"
           "ALTER TABLE users RENAME COLUMN a TO b;"
        << true << 13 << QStringList{};
}

void TestColumnRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(bool, transactional);
    QFETCH(int, postgres);
    QFETCH(QStringList, expected);
    LintTarget target;
    target.postgresMajor = postgres;
    QCOMPARE(lintFindings(lintRevision(upgrade, QStringLiteral("SELECT 1;"), transactional), rule,
                          target),
             expected);
}

void TestColumnRules::messagesNameTheObjects_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("default names the column and the call")
        << kDefault << "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();"
        << QStringList{"users.token", "gen_random_uuid()"};
    QTest::newRow("not null names the column")
        << kNotNull << "ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;"
        << QStringList{"app.users.email"};
    QTest::newRow("required names the column")
        << kRequired << "ALTER TABLE users ADD COLUMN email text NOT NULL;"
        << QStringList{"users.email"};
    QTest::newRow("primary key names the table")
        << kPrimaryKey << "ALTER TABLE items ADD PRIMARY KEY (id);" << QStringList{"items"};
    QTest::newRow("type names the column")
        << kType << "ALTER TABLE recipes ALTER COLUMN edits TYPE text;"
        << QStringList{"recipes.edits"};
    QTest::newRow("rename column names both names")
        << kRenameColumn << "ALTER TABLE users RENAME COLUMN name TO full_name;"
        << QStringList{"users.name", "full_name"};
    QTest::newRow("rename table names both names")
        << kRenameTable << "ALTER TABLE users RENAME TO accounts;"
        << QStringList{"users", "accounts"};
}

void TestColumnRules::messagesNameTheObjects() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(QStringList, names);
    const LintReport report = Linter::lint(lintRevision(upgrade), LintOptions());
    QStringList messages;
    for (const LintFinding& f : report.findings) {
        if (f.rule == rule)
            messages << f.message;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(!messages.first().contains(QLatin1Char('\n')), qPrintable(messages.first()));
    for (const QString& name : names)
        QVERIFY2(messages.first().contains(name), qPrintable(messages.first()));
}

void TestColumnRules::requiredFieldIsAnError() {
    // It fails on any table with a row: error level, so `strata lint` exits 3.
    const LintReport report = Linter::lint(
        lintRevision(QStringLiteral("ALTER TABLE users ADD COLUMN email text NOT NULL;")),
        LintOptions());
    QVERIFY(!report.findings.isEmpty());
    bool found = false;
    for (const LintFinding& f : report.findings) {
        if (f.rule == kRequired) {
            QCOMPARE(f.level, LintLevel::Error);
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(report.hasErrorLevel());
}

QTEST_GUILESS_MAIN(TestColumnRules)
#include "tst_columnrules.moc"
