#include "TestSupport.h"
#include "revision/AlembicScript.h"

#include <QTest>

using namespace strata;

namespace {

QString fixture(const QString& name) {
    return QStringLiteral(STRATA_FIXTURES_DIR "/files/alembic/") + name;
}

} // namespace

class TestAlembicScript : public QObject {
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void inlineShapes_data();
    void inlineShapes();
    void errors_data();
    void errors();
    void missingFile();
    void nonLiteral_data();
    void nonLiteral();
    void parseWithAlembicMetadata();
};

void TestAlembicScript::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("createDate");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QString>("upgradeSql"); // SQL form: the upgrade SQL; null: Python

    QTest::newRow("classic") << "1975ea83b712_add_users_table.py"
                             << "1975ea83b712" << QStringList{} << QStringList{} << QStringList{}
                             << "add users table"
                             << "2011-11-08 11:40:27.089406" << 10 << QString();
    QTest::newRow("typed") << "ae1027a6acf_add_account.py"
                           << "ae1027a6acf" << QStringList{"1975ea83b712"} << QStringList{}
                           << QStringList{} << "add account"
                           << "2023-05-01 10:00:00.123456" << 15 << QString();
    QTest::newRow("merge tuple") << "53fffde5ad5_merge_heads.py"
                                 << "53fffde5ad5" << QStringList{"ae1027a6acf", "27c6a30d7c24"}
                                 << QStringList{} << QStringList{} << "merge heads"
                                 << "2024-01-02 03:04:05.000001" << 13 << QStringLiteral("");
    QTest::newRow("labels, multi-line list, raw docstring")
        << "55af2cb1c267_networking_branch.py"
        << "55af2cb1c267" << QStringList{} << QStringList{"networking"}
        << QStringList{"ae1027a6acf", "1975ea83b712"} << "create networking branch: Tiếng Việt ok"
        << "2024-02-03 09:10:11.000000+07:00" << 12
        << QStringLiteral("CREATE TABLE ip (addr inet)");
    QTest::newRow("double quotes, no labels") << "27c6a30d7c24_no_message.py"
                                              << "27c6a30d7c24" << QStringList{"1975ea83b712"}
                                              << QStringList{} << QStringList{} << "empty message"
                                              << "2015-06-07 08:09:10.111213" << 10 << QString();
}

void TestAlembicScript::fixtures() {
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QString, message);
    QFETCH(QString, createDate);
    QFETCH(int, headerLine);
    QFETCH(QString, upgradeSql);

    const Result<Revision> rev = AlembicScript::load(fixture(file));
    QVERIFY2(rev.ok(), qPrintable(rev.ok() ? QString() : rev.error().toString()));
    QCOMPARE(rev->id, id);
    QCOMPARE(rev->parents, parents);
    QCOMPARE(rev->branchLabels, labels);
    QCOMPARE(rev->dependsOn, dependsOn);
    QCOMPARE(rev->message, message);
    QCOMPARE(rev->createDate, createDate);
    QCOMPARE(rev->headerLine, headerLine);
    QCOMPARE(rev->fileName, file);
    QCOMPARE(rev->filePath, fixture(file));
    QVERIFY(rev->reversible()); // every fixture has a downgrade()
    if (upgradeSql.isNull()) {
        QCOMPARE(rev->source, Revision::Source::AlembicPython);
        QVERIFY(!rev->upgrade.present);
        QVERIFY(!rev->downgrade.present);
    } else { // only op.execute(<literal>) / pass: an SQL revision in Python form
        QCOMPARE(rev->source, Revision::Source::AlembicSqlForm);
        QVERIFY(rev->upgrade.present);
        QVERIFY(rev->downgrade.present);
        QCOMPARE(rev->upgrade.sql, upgradeSql);
        QVERIFY(rev->upgrade.checksum.startsWith(QLatin1String("v1:")));
    }
}

void TestAlembicScript::inlineShapes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("message");

    QTest::newRow("list syntax") << "revision = 'a'\ndown_revision = ['b', 'c']\n"
                                 << "a" << QStringList{"b", "c"} << QStringList{} << "";
    QTest::newRow("one-tuple trailing comma") << "revision = 'a'\ndown_revision = ('b',)\n"
                                              << "a" << QStringList{"b"} << QStringList{} << "";
    QTest::newRow("label as string") << "revision='a'\nbranch_labels='core'\n"
                                     << "a" << QStringList{} << QStringList{"core"} << "";
    QTest::newRow("tuple over lines with comments")
        << "revision = 'm'\ndown_revision = (\n    'x',  # first\n    # nothing\n    'y'\n)\n"
        << "m" << QStringList{"x", "y"} << QStringList{} << "";
    QTest::newRow("single-quoted docstring")
        << "'''one line message'''\nrevision = u'a'\n"
        << "a" << QStringList{} << QStringList{} << "one line message";
    QTest::newRow("docstring without message")
        << "\"\"\"\nRevision ID: a\nRevises:\n\"\"\"\nrevision = 'a'\n"
        << "a" << QStringList{} << QStringList{} << "";
    QTest::newRow("annotation with equals default")
        << "revision: str = 'a'\ndown_revision: Optional[str] = None\n"
        << "a" << QStringList{} << QStringList{} << "";
    QTest::newRow("indented assignment ignored")
        << "revision = 'a'\ndef f():\n    revision = 'b'\n    down_revision = 'z'\n"
        << "a" << QStringList{} << QStringList{} << "";
    QTest::newRow("string not docstring after code")
        << "import x\n\"\"\"not a docstring\"\"\"\nrevision = 'a'\n"
        << "a" << QStringList{} << QStringList{} << "";
    QTest::newRow("40-character id")
        << "revision = '" + QString(40, 'a') + "'\ndown_revision = '" + QString(33, 'b') + "'\n"
        << QString(40, 'a') << QStringList{QString(33, 'b')} << QStringList{} << "";
    QTest::newRow("crlf") << "\"\"\"msg\r\n\r\nCreate Date: d\r\n\"\"\"\r\nrevision = 'a'\r\n"
                             "down_revision = 'b'\r\n"
                          << "a" << QStringList{"b"} << QStringList{} << "msg";
}

void TestAlembicScript::inlineShapes() {
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, labels);
    QFETCH(QString, message);
    const Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("v/x.py"));
    QVERIFY2(rev.ok(), qPrintable(rev.ok() ? QString() : rev.error().toString()));
    QCOMPARE(rev->id, id);
    QCOMPARE(rev->parents, parents);
    QCOMPARE(rev->branchLabels, labels);
    QCOMPARE(rev->message, message);
}

void TestAlembicScript::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no revision") << "\"\"\"doc\"\"\"\ndown_revision = None\n"
                                 << "v/x.py:1: no 'revision = ...' assignment in Alembic script";
    QTest::newRow("computed value")
        << "revision = 'a'\n\ndown_revision = previous()\n"
        << "v/x.py:3: cannot read the value of 'down_revision' without Python (only None, "
           "strings and tuples or lists of strings are read)";
    QTest::newRow("revision None") << "revision = None\n"
                                   << "v/x.py:1: 'revision' must be one string";
    QTest::newRow("bad id") << "\n\nrevision = 'a-b'\n"
                            << "v/x.py:3: invalid revision id 'a-b': '-' is not allowed (it is "
                               "target syntax); use letters, digits and '_'";
    QTest::newRow("bad parent") << "revision = 'a'\ndown_revision = ('b', 'c@d')\n"
                                << "v/x.py:2: invalid revision id 'c@d': '@' is not allowed (it "
                                   "is target syntax); use letters, digits and '_'";
    QTest::newRow("unterminated") << "revision = 'abc\n"
                                  << "v/x.py:1: unterminated string";
    QTest::newRow("unclosed tuple") << "revision = 'a'\ndown_revision = ('b',\n"
                                    << "v/x.py:3: unclosed ')' in down_revision";
}

void TestAlembicScript::errors() {
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("v/x.py"));
    QVERIFY(!rev.ok());
    QCOMPARE(rev.error().code, ErrorCode::Parse);
    QCOMPARE(rev.error().toString(), error);
}

void TestAlembicScript::missingFile() {
    const Result<Revision> rev = AlembicScript::load(QStringLiteral("/nonexistent/a.py"));
    QVERIFY(!rev.ok());
    QCOMPARE(rev.error().code, ErrorCode::NotFound);
}

// Which errors are a value only Python can read (then the project's Alembic is asked).
void TestAlembicScript::nonLiteral_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nonLiteral");
    QTest::newRow("imported constant") << "revision = 'a'\nbranch_labels = (cli.EXPAND_BRANCH,)\n"
                                       << true;
    QTest::newRow("name as parent") << "revision = 'a'\ndown_revision = base.PARENT\n" << true;
    QTest::newRow("call in a list") << "revision = 'a'\ndepends_on = [rev()]\n" << true;
    QTest::newRow("unterminated string") << "revision = 'abc\n" << false;
    QTest::newRow("bad id") << "revision = 'a-b'\n" << false;
    QTest::newRow("no revision") << "down_revision = None\n" << false;
}

void TestAlembicScript::nonLiteral() {
    QFETCH(QString, text);
    QFETCH(bool, nonLiteral);
    bool seen = !nonLiteral; // must be overwritten
    const Result<Revision> rev = AlembicScript::parse(text, QStringLiteral("v/x.py"), &seen);
    QVERIFY(!rev.ok());
    QCOMPARE(seen, nonLiteral);
}

// What Alembic reported replaces the metadata; the docstring, Create Date and the SQL form
// still come from the text.
void TestAlembicScript::parseWithAlembicMetadata() {
    const QString text = QStringLiteral(
        "\"\"\"expand things\n\nCreate Date: 2026-02-01\n\"\"\"\nfrom alembic import op\n"
        "from myapp import cli\n\nrevision = 'bb01'\ndown_revision = cli.BASE\n"
        "branch_labels = (\n    cli.EXPAND,\n)\n\n\ndef upgrade():\n    op.execute(\"SELECT "
        "1\")\n");
    AlembicMetadata m;
    m.revision = QStringLiteral("bb01");
    m.downRevision = {QStringLiteral("aa01")};
    m.branchLabels = {QStringLiteral("expand")};
    const Result<Revision> rev = AlembicScript::parseWith(text, QStringLiteral("v/bb01.py"), m);
    QVERIFY2(rev.ok(), rev.ok() ? "" : qPrintable(rev.error().toString()));
    QCOMPARE(rev->id, QStringLiteral("bb01"));
    QCOMPARE(rev->parents, QStringList{QStringLiteral("aa01")});
    QCOMPARE(rev->branchLabels, QStringList{QStringLiteral("expand")});
    QCOMPARE(rev->message, QStringLiteral("expand things"));
    QCOMPARE(rev->createDate, QStringLiteral("2026-02-01"));
    QCOMPARE(rev->headerLine, 8);
    QCOMPARE(rev->source, Revision::Source::AlembicSqlForm);
    QCOMPARE(rev->upgrade.sql.trimmed(), QStringLiteral("SELECT 1"));
    // A bad id from Alembic is still refused, at the line of `revision`.
    m.revision = QStringLiteral("b@d");
    QCOMPARE(AlembicScript::parseWith(text, QStringLiteral("v/bb01.py"), m).error().line, 8);
}

QTEST_GUILESS_MAIN(TestAlembicScript)
#include "tst_alembicscript.moc"
