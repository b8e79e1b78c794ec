#include "config/Duration.h"

#include <QTest>

using namespace strata;

class TestDuration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("zero seconds") << "0s" << qint64(0);
        QTest::newRow("bare integer is ms") << "250" << qint64(250);
        QTest::newRow("ms") << "500ms" << qint64(500);
        QTest::newRow("seconds") << "5s" << qint64(5000);
        QTest::newRow("sec") << "30sec" << qint64(30000);
        QTest::newRow("fraction") << "1.5s" << qint64(1500);
        QTest::newRow("fraction rounds") << "0.0004s" << qint64(0);
        QTest::newRow("min") << "2min" << qint64(120000);
        QTest::newRow("m") << "3m" << qint64(180000);
        QTest::newRow("minutes word") << "1 minute" << qint64(60000);
        QTest::newRow("hour") << "1h" << qint64(3600000);
        QTest::newRow("hours word") << "2 hours" << qint64(7200000);
        QTest::newRow("day") << "1d" << qint64(86400000);
        QTest::newRow("compound") << "1h30min" << qint64(5400000);
        QTest::newRow("compound spaced") << "1min 30s" << qint64(90000);
        QTest::newRow("space before unit") << "5 s" << qint64(5000);
        QTest::newRow("upper case") << "10S" << qint64(10000);
        QTest::newRow("surrounding space") << "  7ms  " << qint64(7);
        QTest::newRow("int max") << "2147483647" << qint64(2147483647);
    }
    void valid() {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const Result<qint64> r = parseDurationMs(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, ms);
    }

    void invalid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("blank") << "   "
                               << "empty";
        QTest::newRow("negative") << "-5s"
                                  << "negative";
        QTest::newRow("negative bare") << "-1"
                                       << "negative";
        QTest::newRow("unknown unit") << "5 fortnights"
                                      << "unknown unit 'fortnights'";
        QTest::newRow("microseconds") << "5us"
                                      << "unknown unit 'us'";
        QTest::newRow("unit only") << "s"
                                   << "invalid duration 's'";
        QTest::newRow("missing unit in compound") << "1h 30"
                                                  << "a unit is missing after 30";
        QTest::newRow("word") << "yes"
                              << "invalid duration 'yes'";
        QTest::newRow("too long") << "30d"
                                  << "longer than 2147483647ms";
        QTest::newRow("too long bare") << "2147483648"
                                       << "longer than";
        QTest::newRow("double dot") << "1.2.3s"
                                    << "invalid duration";
    }
    void invalid() {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const Result<qint64> r = parseDurationMs(text);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted '%1'").arg(text)));
        QCOMPARE(r.error().code, ErrorCode::Config);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("5s")));
    }

    void format_data() {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0";
        QTest::newRow("ms") << qint64(1500) << "1500ms";
        QTest::newRow("s") << qint64(5000) << "5s";
        QTest::newRow("min") << qint64(120000) << "2min";
        QTest::newRow("h") << qint64(3600000) << "1h";
        QTest::newRow("d") << qint64(86400000) << "1d";
    }
    void format() {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDurationMs(ms), text);
        QCOMPARE(*parseDurationMs(text), ms); // round trip
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
