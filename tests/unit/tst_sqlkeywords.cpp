#include "sql/SqlKeywords.h"

#include <QTest>

using namespace strata;

class TestSqlKeywords : public QObject {
    Q_OBJECT

private slots:
    void listIsPostgres();
    void categories_data();
    void categories();
    void notKeywords();
};

void TestSqlKeywords::listIsPostgres() {
    const QStringList words = postgresKeywords();
    // PostgreSQL 15's kwlist.h has about 460 keywords (libpg_query 15-4.x).
    QVERIFY2(words.size() > 400 && words.size() < 600, qPrintable(QString::number(words.size())));
    for (const char* w :
         {"SELECT", "CONCURRENTLY", "MATERIALIZED", "VACUUM", "RETURNING", "TABLESPACE", "LATERAL"})
        QVERIFY2(words.contains(QLatin1String(w)), w);
    QVERIFY(std::is_sorted(words.begin(), words.end()));
    QCOMPARE(QStringList(words).removeDuplicates(), qsizetype(0));
}

void TestSqlKeywords::categories_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("category");
    QTest::newRow("select") << "select" << int(KeywordCategory::Reserved);
    QTest::newRow("table") << "TABLE" << int(KeywordCategory::Reserved);
    QTest::newRow("concurrently") << "concurrently" << int(KeywordCategory::TypeFunctionName);
    QTest::newRow("materialized") << "Materialized" << int(KeywordCategory::Unreserved);
    QTest::newRow("index") << "index" << int(KeywordCategory::Unreserved);
    QTest::newRow("integer") << "integer" << int(KeywordCategory::ColumnName);
    QTest::newRow("varchar") << "varchar" << int(KeywordCategory::ColumnName);
    QTest::newRow("left") << "left" << int(KeywordCategory::TypeFunctionName);
}

void TestSqlKeywords::categories() {
    QFETCH(QString, word);
    QFETCH(int, category);
    const auto c = postgresKeywordCategory(word);
    QVERIFY(c.has_value());
    QCOMPARE(int(*c), category);
    bool found = false;
    for (const SqlKeyword& k : postgresKeywordList())
        if (k.word == word.toUpper()) {
            QCOMPARE(int(k.category), category);
            found = true;
        }
    QVERIFY(found);
}

void TestSqlKeywords::notKeywords() {
    QVERIFY(!postgresKeywordCategory(u"chunk_embeddings"));
    QVERIFY(!postgresKeywordCategory(u"jsonb")); // a type name, not a keyword
    QVERIFY(!postgresKeywordCategory(u""));
    QVERIFY(postgresBuiltinTypes().contains(QStringLiteral("jsonb")));
}

QTEST_GUILESS_MAIN(TestSqlKeywords)
#include "tst_sqlkeywords.moc"
