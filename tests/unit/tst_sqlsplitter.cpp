#include "sql/SqlSplitter.h"

#include <QTest>

using namespace strata;

class TestSqlSplitter : public QObject {
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void positions();
    void utf8Offsets();
    void surrogatePairs();
    void errors_data();
    void errors();
    void sampleFunctionBody();
};

void TestSqlSplitter::split_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("whitespace") << "  \n\n\t" << QStringList{};
    QTest::newRow("comments only") << "-- nothing here\n/* nor here */\n-- still\n"
                                   << QStringList{};
    QTest::newRow("two") << "SELECT 1;\nSELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("no final semicolon") << "SELECT 1;\n  SELECT 2  \n"
                                        << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("empty statements") << ";;SELECT 1;;\n;" << QStringList{"SELECT 1"};
    QTest::newRow("leading comments skipped")
        << "-- first\n/* block /* nested */ still */ SELECT 1;\n-- c\nSELECT 2;"
        << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("semicolon in string")
        << "INSERT INTO t VALUES ('a;b');SELECT ';'"
        << QStringList{"INSERT INTO t VALUES ('a;b')", "SELECT ';'"};
    QTest::newRow("E string") << "SELECT E'it\\'s; fine';\nSELECT 2;"
                              << QStringList{"SELECT E'it\\'s; fine'", "SELECT 2"};
    QTest::newRow("dollar quote") << "SELECT $$a; b; c$$;\nSELECT 2;"
                                  << QStringList{"SELECT $$a; b; c$$", "SELECT 2"};
    QTest::newRow("tagged dollar quote") << "SELECT $fn$ x; $$ y; $$ $fn$;SELECT 3;"
                                         << QStringList{"SELECT $fn$ x; $$ y; $$ $fn$", "SELECT 3"};
    QTest::newRow("comment with semicolon")
        << "SELECT 1 -- not; a split\n, 2;\nSELECT /* ; */ 3;"
        << QStringList{"SELECT 1 -- not; a split\n, 2", "SELECT /* ; */ 3"};
    const QString doBlock = QStringLiteral("DO $$\nBEGIN\n    IF true THEN\n        RAISE NOTICE "
                                           "'x;y';\n    END IF;\nEND\n$$");
    QTest::newRow("DO block") << doBlock + ";\nCREATE TABLE t (id int);"
                              << QStringList{doBlock, "CREATE TABLE t (id int)"};
    const QString fn = QStringLiteral(
        "CREATE OR REPLACE FUNCTION chunks_tsv() RETURNS trigger\nLANGUAGE plpgsql AS $fn$\n"
        "BEGIN\n  NEW.content_tsv := to_tsvector('simple', NEW.content);\n  RETURN NEW;\n"
        "END;\n$fn$");
    QTest::newRow("function") << fn + ";\n\nCREATE TRIGGER trg BEFORE INSERT ON chunks FOR EACH "
                                      "ROW EXECUTE FUNCTION chunks_tsv();"
                              << QStringList{fn, "CREATE TRIGGER trg BEFORE INSERT ON chunks FOR "
                                                 "EACH ROW EXECUTE FUNCTION chunks_tsv()"};
    QTest::newRow("sql function body")
        << "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1; SELECT 2';SELECT f();"
        << QStringList{"CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1; SELECT 2'",
                       "SELECT f()"};
    QTest::newRow("begin atomic") << "CREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                                     "  SELECT 1;\n  SELECT 2;\nEND;\nSELECT g();"
                                  << QStringList{"CREATE FUNCTION g() RETURNS int LANGUAGE "
                                                 "sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT "
                                                 "2;\nEND",
                                                 "SELECT g()"};
    QTest::newRow("quoted identifier") << "CREATE TABLE \"a;b\" (id int);SELECT 1"
                                       << QStringList{"CREATE TABLE \"a;b\" (id int)", "SELECT 1"};
    QTest::newRow("crlf") << "SELECT 1;\r\nSELECT 2;\r\n" << QStringList{"SELECT 1", "SELECT 2"};
}

void TestSqlSplitter::split() {
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    const Result<QList<SqlStatement>> result = SqlSplitter::split(sql);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QStringList texts;
    for (const SqlStatement& s : *result) {
        texts.append(s.text);
        QCOMPARE(s.length, s.text.size());
        QCOMPARE(sql.mid(s.offset, s.length), s.text); // offsets index the input
    }
    QCOMPARE(texts, statements);
}

void TestSqlSplitter::positions() {
    const QString sql = QStringLiteral("-- comment\n"               // file line 10
                                       "CREATE TABLE a (id int);\n" // 11
                                       "\n"                         // 12
                                       "   UPDATE a SET id = 1;  "  // 13
                                       "DELETE FROM a;\n"           // 13, col 29
                                       "/* x */\n"                  // 14
                                       "  DO $$ BEGIN END $$;\n");  // 15
    const Result<QList<SqlStatement>> r = SqlSplitter::split(sql, 10, QStringLiteral("f.sql"));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 4);
    QCOMPARE(r->at(0).line, 11);
    QCOMPARE(r->at(0).column, 1);
    QCOMPARE(r->at(1).line, 13);
    QCOMPARE(r->at(1).column, 4);
    QCOMPARE(r->at(1).text, QStringLiteral("UPDATE a SET id = 1"));
    QCOMPARE(r->at(2).line, 13);
    QCOMPARE(r->at(2).column, 26);
    QCOMPARE(r->at(2).text, QStringLiteral("DELETE FROM a"));
    QCOMPARE(r->at(3).line, 15);
    QCOMPARE(r->at(3).column, 3);
    QCOMPARE(r->at(3).text, QStringLiteral("DO $$ BEGIN END $$"));
}

void TestSqlSplitter::utf8Offsets() {
    // Multi-byte characters before later statements: byte offsets must not leak into positions.
    const QString sql = QStringLiteral("INSERT INTO t VALUES ('Tiếng Việt có dấu');\n"
                                       "SELECT 'Đặng';   SELECT 3;\n"
                                       "-- bình luận; không tách\n"
                                       "SELECT 'cuối';");
    const Result<QList<SqlStatement>> r = SqlSplitter::split(sql, 1);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 4);
    QCOMPARE(r->at(0).text, QStringLiteral("INSERT INTO t VALUES ('Tiếng Việt có dấu')"));
    QCOMPARE(r->at(1).text, QStringLiteral("SELECT 'Đặng'"));
    QCOMPARE(r->at(1).line, 2);
    QCOMPARE(r->at(1).column, 1);
    QCOMPARE(r->at(2).text, QStringLiteral("SELECT 3"));
    QCOMPARE(r->at(2).column, 18);
    QCOMPARE(r->at(3).text, QStringLiteral("SELECT 'cuối'"));
    QCOMPARE(r->at(3).line, 4);
    for (const SqlStatement& s : *r)
        QCOMPARE(sql.mid(s.offset, s.length), s.text);
}

void TestSqlSplitter::surrogatePairs() {
    // Four-byte UTF-8 (two QChars) before a statement and before an error.
    const QString sql = QStringLiteral("SELECT '😀😀';SELECT 2;");
    const Result<QList<SqlStatement>> r = SqlSplitter::split(sql);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(1).text, QStringLiteral("SELECT 2"));
    QCOMPARE(r->at(1).column, sql.indexOf(QLatin1String("SELECT 2")) + 1);

    const QString bad = QStringLiteral("SELECT '😀'; SELEC 2;");
    const Result<QList<SqlStatement>> e = SqlSplitter::split(bad, 1, QStringLiteral("f.sql"));
    QVERIFY(!e.ok());
    QCOMPARE(e.error().column, bad.indexOf(QLatin1String("SELEC ")) + 1);
}

void TestSqlSplitter::errors_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad keyword") << "SELECT 1;\nCREATE TABLEX foo (id int);\n"
                                 << 10 << "up.sql:11:8: syntax error at or near \"TABLEX\"";
    QTest::newRow("after utf8") << "SELECT 'Tiếng Việt';\n  SELECT 'ồ' FROM t x y;" << 1
                                << "up.sql:2:23: syntax error at or near \"y\"";
    QTest::newRow("end of input") << "SELECT 1;\nSELECT (" << 5
                                  << "up.sql:6:9: syntax error at end of input";
    QTest::newRow("unterminated dollar")
        << "SELECT 1;\nDO $$ BEGIN\n"
        << 3 << "up.sql:4:4: unterminated dollar-quoted string at or near \"$$ BEGIN\n\"";
    QTest::newRow("nul character") << QStringLiteral("SELECT 1;\nSELECT ") + QChar(0) + "2;" << 7
                                   << "up.sql:8:8: NUL character in SQL text";
    QTest::newRow("unterminated string") << "\n\nSELECT 'abc" << 1
                                         << "up.sql:3:8: unterminated quoted string at or near "
                                            "\"'abc\"";
}

void TestSqlSplitter::errors() {
    QFETCH(QString, sql);
    QFETCH(int, firstLine);
    QFETCH(QString, error);
    const Result<QList<SqlStatement>> r =
        SqlSplitter::split(sql, firstLine, QStringLiteral("up.sql"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Parse);
    QString expected = error;
    expected.replace(QLatin1Char('\n'), QLatin1Char(' ')); // toString() keeps one line
    QCOMPARE(r.error().toString(), expected);
}

void TestSqlSplitter::sampleFunctionBody() {
    // The sample project's 0002 shape: EXECUTE format($ddl$ ... $ddl$) inside DO $$ ... $$.
    const QString sql = QStringLiteral(
        "DO $$\nDECLARE\n    t text := 'vector(1536)';\nBEGIN\n    EXECUTE format($ddl$\n"
        "        CREATE TABLE x (v %s NOT NULL);\n    $ddl$, t);\nEND\n$$;\n\n"
        "CREATE UNIQUE INDEX i ON x (v);\n");
    const Result<QList<SqlStatement>> r = SqlSplitter::split(sql, 9);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QVERIFY(r->at(0).text.startsWith(QLatin1String("DO $$")));
    QVERIFY(r->at(0).text.endsWith(QLatin1String("END\n$$")));
    QCOMPARE(r->at(1).line, 19);
}

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
