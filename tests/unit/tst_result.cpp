#include "Result.h"

#include <QTest>

using namespace strata;

class TestResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorToString_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message only") << QString() << 0 << 0 << QString() << "boom";
        QTest::newRow("file") << "a.sql" << 0 << 0 << QString() << "a.sql: boom";
        QTest::newRow("file line") << "a.sql" << 3 << 0 << QString() << "a.sql:3: boom";
        QTest::newRow("file line col") << "a.sql" << 3 << 7 << QString() << "a.sql:3:7: boom";
        QTest::newRow("sqlstate") << QString() << 0 << 0 << "42P01" << "boom [SQLSTATE 42P01]";
    }
    void errorToString()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, sqlstate);
        QFETCH(QString, expected);
        Error e(ErrorCode::Parse, QStringLiteral("boom"));
        e.at(file, line, column);
        e.sqlstate = sqlstate;
        QCOMPARE(e.toString(), expected);
    }
    void multilineMessageIsOneLine()
    {
        Error e(ErrorCode::Parse, QStringLiteral("a\nb"));
        QVERIFY(!e.toString().contains(QLatin1Char('\n')));
    }
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(Error(ErrorCode::NotFound, QStringLiteral("x")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        Result<void> v;
        QVERIFY(v.ok());
        Result<void> w(Error(ErrorCode::Io, QStringLiteral("y")));
        QVERIFY(!w.ok());
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
