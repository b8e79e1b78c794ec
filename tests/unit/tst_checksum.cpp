#include "revision/Checksum.h"

#include <QCryptographicHash>
#include <QTest>

using namespace strata;

class TestChecksum : public QObject {
    Q_OBJECT

private slots:
    void format();
    void normalized_data();
    void normalized();
    void equal_data();
    void equal();
    void different_data();
    void different();
};

void TestChecksum::format() {
    const QString sum = sectionChecksum(u"SELECT 1;");
    const QByteArray expected =
        QCryptographicHash::hash("SELECT 1;", QCryptographicHash::Sha256).toHex();
    QCOMPARE(sum, QStringLiteral("v1:") + QString::fromLatin1(expected));
    QCOMPARE(sum.size(), 3 + 64);
    QCOMPARE(sum, sum.toLower());
}

void TestChecksum::normalized_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank lines only") << "\n \n\t\n"
                                      << "";
    QTest::newRow("crlf") << "a;\r\nb;\r\n"
                          << "a;\nb;";
    QTest::newRow("trailing spaces") << "a;   \n  b;\t\n"
                                     << "a;\n  b;";
    QTest::newRow("trailing blank lines") << "a;\n\n\n   \n"
                                          << "a;";
    QTest::newRow("leading blank kept") << "\na;"
                                        << "\na;";
    QTest::newRow("inner blank kept") << "a;\n\nb;"
                                      << "a;\n\nb;";
    QTest::newRow("unicode") << "SELECT 'Tiếng Việt';  \r\n"
                             << "SELECT 'Tiếng Việt';";
}

void TestChecksum::normalized() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizedForChecksum(input), expected);
}

void TestChecksum::equal_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("crlf vs lf") << "CREATE TABLE t (id int);\r\nDROP TABLE x;\r\n"
                                << "CREATE TABLE t (id int);\nDROP TABLE x;\n";
    QTest::newRow("trailing blanks") << "SELECT 1;\n\n\n"
                                     << "SELECT 1;";
    QTest::newRow("trailing whitespace") << "SELECT 1;   \n"
                                         << "SELECT 1;\n";
    QTest::newRow("mixed") << "A;\t\r\n\r\nB; \r\n\r\n\r\n"
                           << "A;\n\nB;";
}

void TestChecksum::equal() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(sectionChecksum(a), sectionChecksum(b));
}

void TestChecksum::different_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("changed statement") << "CREATE TABLE t (id int);"
                                       << "CREATE TABLE t (id bigint);";
    QTest::newRow("indentation") << "SELECT 1;"
                                 << "  SELECT 1;";
    QTest::newRow("inner blank line") << "A;\nB;"
                                      << "A;\n\nB;";
    QTest::newRow("leading blank line") << "A;"
                                        << "\nA;";
    QTest::newRow("case") << "select 1;"
                          << "SELECT 1;";
}

void TestChecksum::different() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(sectionChecksum(a) != sectionChecksum(b));
}

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
