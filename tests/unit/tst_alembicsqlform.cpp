#include "TestSupport.h"
#include "revision/AlembicScript.h"
#include "revision/AlembicSqlForm.h"
#include "revision/PythonLiterals.h"
#include "sql/RevisionChecker.h"

#include <QTest>

using namespace strata;

namespace {

QString script(const QString& up,
               const QString& down = QStringLiteral("def downgrade():\n    pass\n")) {
    return QStringLiteral(
               "\"\"\"msg\n\nRevision ID: abc123\nRevises:\nCreate Date: 2024-01-01\n\"\"\"\n"
               "from alembic import op\nimport sqlalchemy as sa\n\n"
               "revision = 'abc123'\ndown_revision = None\nbranch_labels = None\n"
               "depends_on = None\n\n\n") +
           up + QStringLiteral("\n\n") + down;
}

} // namespace

class TestAlembicSqlForm : public QObject {
    Q_OBJECT

private slots:
    void literals_data();
    void literals();
    void renderRoundTrips_data();
    void renderRoundTrips();
    void bodies_data();
    void bodies();
    void sectionLines();
    void commitIdiom();
    void checkerMessages();
    void rewriteLiterals_data();
    void rewriteLiterals();
};

void TestAlembicSqlForm::literals_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("value");
    const int ok = int(PythonLiterals::Status::Ok);
    const int unsupported = int(PythonLiterals::Status::Unsupported);
    const int unterminated = int(PythonLiterals::Status::Unterminated);
    QTest::newRow("double") << R"("SELECT 1")" << ok << "SELECT 1";
    QTest::newRow("single with escaped quote") << R"('it\'s')" << ok << "it's";
    QTest::newRow("escapes") << R"("a\nb\tc\\d\"e")" << ok << "a\nb\tc\\d\"e";
    QTest::newRow("unknown escape kept") << R"("\d+")" << ok << "\\d+";
    QTest::newRow("hex, unicode, octal") << R"("\x41\u00e9\101\U0001F600")" << ok
                                         << QString::fromUtf8("A\xc3\xa9"
                                                              "A\xf0\x9f\x98\x80");
    QTest::newRow("backslash newline") << "\"ab\\\ncd\"" << ok << "abcd";
    QTest::newRow("raw keeps backslashes") << R"(r"\d+\n")" << ok << "\\d+\\n";
    QTest::newRow("raw escaped quote stays") << R"(r'a\'b')" << ok << "a\\'b";
    QTest::newRow("triple double")
        << "\"\"\"\nCREATE TABLE \"t\" (a int);\n\"\"\"" << ok << "\nCREATE TABLE \"t\" (a int);\n";
    QTest::newRow("triple single with quotes")
        << "'''it's ''quoted'' '''" << ok << "it's ''quoted'' ";
    QTest::newRow("u prefix") << R"(u"x")" << ok << "x";
    QTest::newRow("bytes") << R"(b"x")" << unsupported << "x";
    QTest::newRow("f-string") << R"(f"{x}")" << unsupported << "{x}";
    QTest::newRow("named escape") << R"("\N{BULLET}")" << unsupported << "";
    QTest::newRow("bad hex") << R"("\xZZ")" << unsupported << "";
    QTest::newRow("unterminated") << "\"abc\nd\"" << unterminated << "";
    QTest::newRow("unterminated triple") << "'''abc" << unterminated << "";
}

void TestAlembicSqlForm::literals() {
    QFETCH(QString, source);
    QFETCH(int, status);
    QFETCH(QString, value);
    PythonStringLiteral lit;
    QCOMPARE(int(PythonLiterals::read(source, 0, lit)), status);
    if (status == int(PythonLiterals::Status::Ok)) {
        QCOMPARE(lit.value, value);
        QCOMPARE(lit.end, source.size());
    }
}

void TestAlembicSqlForm::renderRoundTrips_data() {
    QTest::addColumn<QString>("like");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: only the round trip is checked
    QTest::newRow("keeps single quotes") << "'x'"
                                         << "SELECT 2"
                                         << "'SELECT 2'";
    QTest::newRow("triple stays triple") << "\"\"\"x\"\"\""
                                         << "\nSELECT 1;\n"
                                         << "\"\"\"\nSELECT 1;\n\"\"\"";
    QTest::newRow("newline makes triple") << "\"x\""
                                          << "a\nb"
                                          << "\"\"\"a\nb\"\"\"";
    QTest::newRow("raw kept") << "r'x'"
                              << "a\\d"
                              << "r'a\\d'";
    QTest::newRow("raw left when it cannot") << "r'x'"
                                             << "it's"
                                             << "";
    QTest::newRow("quotes in triple") << "\"\"\"x\"\"\""
                                      << "say \"\"\"hi\"\"\" \""
                                      << "";
    QTest::newRow("backslashes") << "\"x\""
                                 << "a\\b\\"
                                 << "";
    QTest::newRow("quote at the end of triple") << "'''x'''"
                                                << "it's'"
                                                << "";
    QTest::newRow("carriage return") << "\"x\""
                                     << "a\r\nb\t"
                                     << "";
}

void TestAlembicSqlForm::renderRoundTrips() {
    QFETCH(QString, like);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    PythonStringLiteral style;
    QCOMPARE(PythonLiterals::read(like, 0, style), PythonLiterals::Status::Ok);
    const QString rendered = PythonLiterals::render(value, style);
    if (!expected.isEmpty())
        QCOMPARE(rendered, expected);
    PythonStringLiteral back;
    QCOMPARE(PythonLiterals::read(rendered, 0, back), PythonLiterals::Status::Ok);
    QCOMPARE(back.value, value);
    QCOMPARE(back.end, rendered.size());
}

void TestAlembicSqlForm::bodies_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sqlForm");
    QTest::addColumn<QStringList>("upgradeCalls");

    QTest::newRow("alembic template with pass")
        << script("def upgrade() -> None:\n    # ### commands auto generated ###\n    pass\n    # "
                  "### end ###\n")
        << true << QStringList{};
    QTest::newRow("one execute")
        << script("def upgrade():\n    op.execute(\"CREATE TABLE a (id int)\")\n") << true
        << QStringList{"CREATE TABLE a (id int)"};
    QTest::newRow("docstring, comments, triple, concatenation, trailing comma")
        << script(
               "def upgrade():\n    \"\"\"Create things.\"\"\"\n    # first\n"
               "    op.execute(\n        \"CREATE TABLE a \"  # part one\n"
               "        '(id int)',\n    )\n\n    op.execute(r'''\nCREATE INDEX ON a (id)\n''')\n")
        << true << QStringList{"CREATE TABLE a (id int)", "\nCREATE INDEX ON a (id)\n"};
    QTest::newRow("semicolons and inline def")
        << script("def upgrade(): op.execute('SELECT 1'); op.execute(\"SELECT 2\");  # c\n") << true
        << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("unindented SQL inside a triple-quoted literal")
        << script(
               "def upgrade():\n    op.execute(\"\"\"\nUPDATE a\nSET id = 1\n\"\"\")\n    pass\n")
        << true << QStringList{"\nUPDATE a\nSET id = 1\n"};
    QTest::newRow("backslash continuation")
        << script("def upgrade():\n    op.execute \\\n        ('SELECT 1')\n") << true
        << QStringList{"SELECT 1"};
    QTest::newRow("create_table is Python")
        << script("def upgrade():\n    op.create_table('a', sa.Column('id', sa.Integer))\n")
        << false << QStringList{};
    QTest::newRow("get_bind is Python")
        << script("def upgrade():\n    conn = op.get_bind()\n    op.execute('SELECT 1')\n") << false
        << QStringList{};
    QTest::newRow("sa.text is Python")
        << script("def upgrade():\n    op.execute(sa.text('SELECT 1'))\n") << false
        << QStringList{};
    QTest::newRow("keyword argument is Python")
        << script("def upgrade():\n    op.execute('SELECT 1', execution_options=None)\n") << false
        << QStringList{};
    QTest::newRow("f-string is Python")
        << script("def upgrade():\n    op.execute(f'SELECT {n}')\n") << false << QStringList{};
    QTest::newRow("a name is Python")
        << script("def upgrade():\n    op.execute(SQL)\n") << false << QStringList{};
    QTest::newRow("an if is Python")
        << script("def upgrade():\n    if True:\n        op.execute('SELECT 1')\n") << false
        << QStringList{};
    QTest::newRow("downgrade in Python makes the revision Python")
        << script("def upgrade():\n    op.execute('SELECT 1')\n",
                  "def downgrade():\n    op.drop_table('a')\n")
        << false << QStringList{};
    QTest::newRow("def upgrade inside a docstring is not the function")
        << QStringLiteral("\"\"\"m\ndef upgrade():\n    pass\n\"\"\"\nrevision = 'abc123'\n"
                          "down_revision = None\n\ndef upgrade():\n    op.bulk_insert(t, [])\n")
        << false << QStringList{};
    QTest::newRow("no upgrade function")
        << QStringLiteral("revision = 'abc123'\ndown_revision = None\n") << false << QStringList{};
}

void TestAlembicSqlForm::bodies() {
    QFETCH(QString, text);
    QFETCH(bool, sqlForm);
    QFETCH(QStringList, upgradeCalls);
    Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("/p/versions/abc123_x.py"));
    QVERIFY2(rev.ok(), rev.ok() ? "" : qPrintable(rev.error().message));
    QCOMPARE(rev->source == Revision::Source::AlembicSqlForm, sqlForm);
    if (!sqlForm) {
        QCOMPARE(rev->source, Revision::Source::AlembicPython);
        QVERIFY(!rev->upgrade.present);
        return;
    }
    QStringList values;
    for (const SqlFormCall& call : AlembicSqlForm::read(text, u"upgrade").calls)
        values << call.value;
    QCOMPARE(values, upgradeCalls);
    QVERIFY(rev->upgrade.present);
    QVERIFY(rev->downgrade.present);
    QVERIFY(rev->transactional);
}

void TestAlembicSqlForm::sectionLines() {
    // Line numbers in errors are the .py file's.
    const QString text = script("def upgrade():\n"                              // 16
                                "    op.execute(\"CREATE TABLE a (id int)\")\n" // 17
                                "    # a comment\n"                             // 18
                                "    op.execute(\"\"\"\n"                       // 19
                                "    INSERT INTO a VALUES (1);\n"               // 20
                                "    SELEC broken\n"                            // 21
                                "    \"\"\")\n",
                                "");
    QVERIFY(text.split('\n').at(16).startsWith("    op.execute(\"CREATE"));
    Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("/p/versions/abc123_x.py"));
    QVERIFY(rev.ok());
    QCOMPARE(rev->source, Revision::Source::AlembicSqlForm);
    QVERIFY(!rev->downgrade.present); // no downgrade(): irreversible
    QVERIFY(!rev->reversible());
    QCOMPARE(rev->upgrade.firstLine, 17);
    const QList<Error> problems = RevisionChecker::check(*rev);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 21);
    QCOMPARE(problems.first().file, QStringLiteral("/p/versions/abc123_x.py"));

    const QString good = script("def upgrade():\n    op.execute('CREATE TABLE a (id int)')\n"
                                "    op.execute(\"\"\"\n    INSERT INTO a VALUES (1)\n\"\"\")\n");
    Result<Revision> ok = AlembicScript::parse(good, QStringLiteral("/p/x.py"));
    QVERIFY(ok.ok());
    QVERIFY(RevisionChecker::check(*ok).isEmpty());
    Result<QList<SqlStatement>> st =
        RevisionChecker::statementsFor(*ok, RevisionFile::Section::Upgrade);
    QVERIFY(st.ok());
    QCOMPARE(st->size(), 2);
    QCOMPARE(st->at(0).text, QStringLiteral("CREATE TABLE a (id int)"));
    QCOMPARE(st->at(0).line, 17);
    QCOMPARE(st->at(1).text, QStringLiteral("INSERT INTO a VALUES (1)"));
    QCOMPARE(st->at(1).line, 19); // the INSERT line, after the opening quotes
}

void TestAlembicSqlForm::commitIdiom() {
    const QString text = script("def upgrade():\n    op.execute('CREATE TABLE a (id int)')\n"
                                "    op.execute(\"COMMIT\")\n"
                                "    op.execute('CREATE INDEX CONCURRENTLY a_id ON a (id)')\n",
                                "def downgrade():\n    op.execute('commit;')\n"
                                "    op.execute('DROP INDEX CONCURRENTLY a_id')\n"
                                "    op.execute('DROP TABLE a')\n");
    Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("/p/x.py"));
    QVERIFY(rev.ok());
    QCOMPARE(rev->source, Revision::Source::AlembicSqlForm);
    QVERIFY(!rev->transactional);
    QVERIFY(RevisionChecker::isSqlFormCommitRevision(*rev));
    QVERIFY(RevisionChecker::check(*rev).isEmpty());
    Result<QList<SqlStatement>> up =
        RevisionChecker::statementsFor(*rev, RevisionFile::Section::Upgrade);
    QVERIFY(up.ok());
    QCOMPARE(up->size(), 2);
    QCOMPARE(up->at(1).kind, StatementKind::NoTransaction);
    Result<QList<SqlStatement>> down =
        RevisionChecker::statementsFor(*rev, RevisionFile::Section::Downgrade);
    QVERIFY(down.ok());
    QCOMPARE(down->size(), 2);

    // The same COMMIT in a .sql revision stays an error.
    Revision sql = *rev;
    sql.source = Revision::Source::Sql;
    sql.transactional = false;
    QVERIFY(!RevisionChecker::check(sql).isEmpty());
}

void TestAlembicSqlForm::checkerMessages() {
    // CONCURRENTLY without the COMMIT idiom fails in Alembic too: say how Alembic users fix it.
    const QString text =
        script("def upgrade():\n    op.execute('CREATE INDEX CONCURRENTLY a_id ON a (id)')\n");
    Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("/p/x.py"));
    QVERIFY(rev.ok());
    QVERIFY(rev->transactional);
    const QList<Error> problems = RevisionChecker::check(*rev);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains("op.execute(\"COMMIT\")"),
             qPrintable(problems.first().message));
    QCOMPARE(problems.first().line, 17);
    // A BEGIN stays an error.
    const QString begin = script("def upgrade():\n    op.execute('BEGIN')\n");
    Result<Revision> b = AlembicScript::parse(begin, QStringLiteral("/p/x.py"));
    QVERIFY(b.ok());
    QCOMPARE(RevisionChecker::check(*b).size(), 1);
}

void TestAlembicSqlForm::rewriteLiterals_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("after"); // empty: refused

    const QString head = QStringLiteral("revision = 'abc123'\ndown_revision = None\n\n");
    QTest::newRow("single quotes kept, comment kept")
        << head + "def upgrade():\n    # keep me\n    op.execute('SELECT 1')  # and me\n"
        << 0 << "SELECT 2"
        << head + "def upgrade():\n    # keep me\n    op.execute('SELECT 2')  # and me\n";
    QTest::newRow("second call, triple, indentation kept")
        << head + "def upgrade():\n\top.execute(\"A\")\n\top.execute(\"\"\"\n  B\n\"\"\")\n"
        << 1 << "\n  C;\n  D\n"
        << head + "def upgrade():\n\top.execute(\"A\")\n\top.execute(\"\"\"\n  C;\n  D\n\"\"\")\n";
    QTest::newRow("concatenated parts become one")
        << head + "def upgrade():\n    op.execute(\n        'A '\n        'B',\n    )\n"
        << 0 << "A C" << head + "def upgrade():\n    op.execute(\n        'A C',\n    )\n";
    QTest::newRow("quote in value escaped")
        << head + "def upgrade():\n    op.execute('x')\n"
        << 0 << "SELECT 'a'" << head + "def upgrade():\n    op.execute('SELECT \\'a\\'')\n";
    QTest::newRow("no such call") << head + "def upgrade():\n    op.execute('x')\n"
                                  << 1 << "y" << QString();
    QTest::newRow("Python body refused")
        << head + "def upgrade():\n    op.execute('x')\n    op.get_bind()\n"
        << 0 << "y" << QString();
}

void TestAlembicSqlForm::rewriteLiterals() {
    QFETCH(QString, before);
    QFETCH(int, index);
    QFETCH(QString, value);
    QFETCH(QString, after);
    const std::optional<QString> out =
        AlembicSqlForm::replaceCall(before, u"upgrade", index, value);
    if (after.isEmpty()) {
        QVERIFY(!out);
        return;
    }
    QVERIFY(out);
    QCOMPARE(*out, after);
    const SqlFormFunction back = AlembicSqlForm::read(*out, u"upgrade");
    QVERIFY(back.sqlForm);
    QCOMPARE(back.calls.at(index).value, value);
    // The section save: only with exactly one call.
    QCOMPARE(AlembicSqlForm::replaceSection(before, u"upgrade", value).has_value(),
             AlembicSqlForm::read(before, u"upgrade").calls.size() == 1);
}

QTEST_GUILESS_MAIN(TestAlembicSqlForm)
#include "tst_alembicsqlform.moc"
