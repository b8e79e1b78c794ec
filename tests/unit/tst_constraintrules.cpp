#include "LintFixtures.h"
#include "lint/Linter.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

// Constraint rules: constraint-missing-not-valid, adding-foreign-key-constraint,
// disallowed-unique-constraint, ban-create-domain-with-constraint,
// ban-alter-domain-with-add-constraint. Each row: the upgrade SQL (starting on line 6), the
// revision's transaction mode, the rule, and its findings as "LINE:COL rule-id".
class TestConstraintRules : public QObject {
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messagesNameTheObjects_data();
    void messagesNameTheObjects();
};

namespace {

const QString kNotValid = QStringLiteral("constraint-missing-not-valid");
const QString kForeignKey = QStringLiteral("adding-foreign-key-constraint");
const QString kUnique = QStringLiteral("disallowed-unique-constraint");
const QString kCreateDomain = QStringLiteral("ban-create-domain-with-constraint");
const QString kAlterDomain = QStringLiteral("ban-alter-domain-with-add-constraint");

QStringList at(const QString& position, const QString& rule) {
    return {position + QLatin1Char(' ') + rule};
}

} // namespace

void TestConstraintRules::findings_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QStringList>("expected");

    // constraint-missing-not-valid
    QTest::newRow("not-valid: CHECK on an existing table")
        << kNotValid << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0);" << true
        << at("6:26", kNotValid);
    QTest::newRow("not-valid: unnamed CHECK")
        << kNotValid << "ALTER TABLE accounts ADD CHECK (balance >= 0);" << true
        << at("6:26", kNotValid);
    QTest::newRow("not-valid: FOREIGN KEY")
        << kNotValid
        << "ALTER TABLE emails ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);"
        << true << at("6:24", kNotValid);
    QTest::newRow("not-valid: second command on the next line")
        << kNotValid << "ALTER TABLE accounts ADD COLUMN x int,\n  ADD CONSTRAINT c CHECK (x > 0);"
        << true << at("7:7", kNotValid);
    QTest::newRow("not-valid: Transactional no is flagged too")
        << kNotValid << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0);"
        << false << at("6:26", kNotValid);
    QTest::newRow("not-valid: NOT VALID")
        << kNotValid
        << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;" << true
        << QStringList{};
    QTest::newRow("not-valid: table created earlier")
        << kNotValid
        << "CREATE TABLE accounts (balance int);\n"
           "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0);"
        << true << QStringList{};
    QTest::newRow("not-valid: schema-qualified table created earlier")
        << kNotValid
        << "CREATE TABLE public.accounts (balance int);\n"
           "ALTER TABLE accounts ADD CHECK (balance >= 0);"
        << true << QStringList{};
    QTest::newRow("not-valid: a table created later does not count")
        << kNotValid
        << "ALTER TABLE accounts ADD CHECK (balance >= 0);\nCREATE TABLE accounts2 (balance int);"
        << true << at("6:26", kNotValid);
    QTest::newRow("not-valid: UNIQUE is not this rule's")
        << kNotValid << "ALTER TABLE accounts ADD CONSTRAINT u UNIQUE (email);" << true
        << QStringList{};
    QTest::newRow("not-valid: VALIDATE CONSTRAINT alone")
        << kNotValid << "ALTER TABLE accounts VALIDATE CONSTRAINT positive;" << true
        << QStringList{};
    QTest::newRow("not-valid: NOT VALID and VALIDATE in one transaction")
        << kNotValid
        << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;\n"
           "ALTER TABLE accounts VALIDATE CONSTRAINT positive;"
        << true << at("7:1", kNotValid);
    QTest::newRow("not-valid: NOT VALID and VALIDATE, Transactional no")
        << kNotValid
        << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;\n"
           "ALTER TABLE accounts VALIDATE CONSTRAINT positive;"
        << false << QStringList{};
    QTest::newRow("not-valid: VALIDATE of another table's constraint")
        << kNotValid
        << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;\n"
           "ALTER TABLE ledgers VALIDATE CONSTRAINT positive;"
        << true << QStringList{};

    // adding-foreign-key-constraint
    QTest::newRow("fk: ADD CONSTRAINT FOREIGN KEY")
        << kForeignKey
        << "ALTER TABLE emails ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);"
        << true << at("6:24", kForeignKey);
    QTest::newRow("fk: unnamed FOREIGN KEY")
        << kForeignKey << "ALTER TABLE emails ADD FOREIGN KEY (user_id) REFERENCES users (id);"
        << true << at("6:24", kForeignKey);
    QTest::newRow("fk: ADD COLUMN ... REFERENCES")
        << kForeignKey << "ALTER TABLE emails ADD COLUMN user_id bigint REFERENCES users (id);"
        << true << at("6:46", kForeignKey);
    QTest::newRow("fk: Transactional no is flagged too")
        << kForeignKey << "ALTER TABLE emails ADD FOREIGN KEY (user_id) REFERENCES users (id);"
        << false << at("6:24", kForeignKey);
    QTest::newRow("fk: NOT VALID")
        << kForeignKey
        << "ALTER TABLE emails ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id) "
           "NOT VALID;\nALTER TABLE emails VALIDATE CONSTRAINT fk_user;"
        << true << QStringList{};
    QTest::newRow("fk: table created earlier")
        << kForeignKey
        << "CREATE TABLE emails (user_id bigint);\n"
           "ALTER TABLE emails ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);"
        << true << QStringList{};
    QTest::newRow("fk: REFERENCES in CREATE TABLE")
        << kForeignKey << "CREATE TABLE emails (user_id bigint REFERENCES users (id));" << true
        << QStringList{};
    QTest::newRow("fk: CHECK is not this rule's")
        << kForeignKey << "ALTER TABLE emails ADD CHECK (user_id > 0);" << true << QStringList{};

    // disallowed-unique-constraint
    QTest::newRow("unique: ADD CONSTRAINT UNIQUE")
        << kUnique << "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);" << true
        << at("6:23", kUnique);
    QTest::newRow("unique: ADD COLUMN ... UNIQUE")
        << kUnique << "ALTER TABLE users ADD COLUMN email text UNIQUE;" << true
        << at("6:41", kUnique);
    QTest::newRow("unique: schema-qualified existing table")
        << kUnique << "ALTER TABLE app.users ADD UNIQUE (email);" << true << at("6:27", kUnique);
    QTest::newRow("unique: USING INDEX")
        << kUnique
        << "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);\n"
           "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;"
        << false << QStringList{};
    QTest::newRow("unique: table created earlier")
        << kUnique << "CREATE TABLE users (email text);\nALTER TABLE users ADD UNIQUE (email);"
        << true << QStringList{};
    QTest::newRow("unique: PRIMARY KEY is adding-serial-primary-key-field's")
        << kUnique << "ALTER TABLE users ADD PRIMARY KEY (id);" << true << QStringList{};

    // ban-create-domain-with-constraint
    QTest::newRow("create domain: CHECK")
        << kCreateDomain << "CREATE DOMAIN positive AS numeric CHECK (VALUE > 0);" << true
        << at("6:35", kCreateDomain);
    QTest::newRow("create domain: NOT NULL")
        << kCreateDomain << "CREATE DOMAIN code AS text NOT NULL;" << true
        << at("6:28", kCreateDomain);
    QTest::newRow("create domain: two constraints, one finding")
        << kCreateDomain << "CREATE DOMAIN d AS int CHECK (VALUE > 0) NOT NULL;" << true
        << at("6:24", kCreateDomain);
    QTest::newRow("create domain: no constraint")
        << kCreateDomain << "CREATE DOMAIN code AS text;" << true << QStringList{};
    QTest::newRow("create domain: a DEFAULT is no constraint")
        << kCreateDomain << "CREATE DOMAIN code AS text DEFAULT 'x';" << true << QStringList{};

    // ban-alter-domain-with-add-constraint
    QTest::newRow("alter domain: ADD CONSTRAINT")
        << kAlterDomain << "ALTER DOMAIN positive ADD CONSTRAINT gt0 CHECK (VALUE > 0);" << true
        << at("6:27", kAlterDomain);
    QTest::newRow("alter domain: NOT VALID still validates later under lock")
        << kAlterDomain << "ALTER DOMAIN positive ADD CONSTRAINT gt0 CHECK (VALUE > 0) NOT VALID;"
        << true << at("6:27", kAlterDomain);
    QTest::newRow("alter domain: other subcommands")
        << kAlterDomain
        << "ALTER DOMAIN positive VALIDATE CONSTRAINT gt0;\nALTER DOMAIN positive SET NOT NULL;\n"
           "ALTER DOMAIN positive DROP CONSTRAINT gt0;\nALTER DOMAIN positive RENAME TO pos;"
        << true << QStringList{};
    QTest::newRow("alter domain: domain created earlier")
        << kAlterDomain
        << "CREATE DOMAIN positive AS numeric;\n"
           "ALTER DOMAIN positive ADD CONSTRAINT gt0 CHECK (VALUE > 0);"
        << true << QStringList{};
}

void TestConstraintRules::findings() {
    QFETCH(QString, rule);
    QFETCH(QString, upgrade);
    QFETCH(bool, transactional);
    QFETCH(QStringList, expected);
    QCOMPARE(lintFindings(lintRevision(upgrade, QStringLiteral("SELECT 1;"), transactional), rule),
             expected);
}

void TestConstraintRules::messagesNameTheObjects_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("not-valid names the constraint and table")
        << kNotValid << "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0);"
        << QStringList{"positive", "accounts"};
    QTest::newRow("fk names both tables")
        << kForeignKey << "ALTER TABLE emails ADD FOREIGN KEY (user_id) REFERENCES app.users (id);"
        << QStringList{"emails", "app.users"};
    QTest::newRow("unique column names table.column")
        << kUnique << "ALTER TABLE users ADD COLUMN email text UNIQUE;"
        << QStringList{"users.email"};
    QTest::newRow("domain") << kCreateDomain
                            << "CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);"
                            << QStringList{"app.positive"};
    QTest::newRow("alter domain") << kAlterDomain
                                  << "ALTER DOMAIN positive ADD CONSTRAINT gt0 CHECK (VALUE > 0);"
                                  << QStringList{"positive"};
}

void TestConstraintRules::messagesNameTheObjects() {
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

QTEST_GUILESS_MAIN(TestConstraintRules)
#include "tst_constraintrules.moc"
