// UrlElider: a URL shortened to a width keeps the user, the start and end of the host, the
// port and the database; the query and scheme go first; conninfo is elided in the middle.
#include "config/UrlElider.h"

#include <QTest>

using namespace strata;

class TestUrlElider : public QObject {
    Q_OBJECT

private slots:
    void elide_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("available"); // in characters
        QTest::addColumn<QString>("expected");
        const QString longUrl =
            QStringLiteral("postgresql://user@very-long-host.eu-west-1.example.com:5432/db");
        QTest::newRow("fits") << longUrl << 80 << longUrl;
        QTest::newRow("scheme dropped")
            << longUrl << 50 << QStringLiteral("user@very-long-host.eu-west-1.example.com:5432/db");
        QTest::newRow("host middle elided")
            << longUrl << 37 << QStringLiteral("user@very-long-ho…example.com:5432/db");
        QTest::newRow("query dropped before the scheme")
            << QStringLiteral("postgresql://app@db.internal:5432/app?sslmode=require") << 40
            << QStringLiteral("postgresql://app@db.internal:5432/app");
        QTest::newRow("redacted password kept as ***")
            << QStringLiteral("postgresql://app:***@database-primary.prod.example.org/app") << 30
            << QStringLiteral("app:***@database-…mple.org/app");
        QTest::newRow("no user, no port")
            << QStringLiteral("postgres://averyveryverylonghostname.example.com/db") << 20
            << QStringLiteral("averyver…mple.com/db");
        QTest::newRow("host short, database elided")
            << QStringLiteral("postgresql://u@h1.x/a_really_long_database_name") << 16
            << QStringLiteral("u@h1.x/a_re…name");
        QTest::newRow("a short host is kept, the long database elided")
            << QStringLiteral("postgresql://postgres@127.0.0.1:44055/tst_cards_a_long_name_1_63546")
            << 40 << QStringLiteral("postgres@127.0.0.1:44055/tst_car…1_63546");
        QTest::newRow("conninfo: the middle")
            << QStringLiteral("host=db.example.com port=5432 dbname=app user=me") << 21
            << QStringLiteral("host=db.ex…pp user=me");
    }
    void elide() {
        QFETCH(QString, url);
        QFETCH(int, available);
        QFETCH(QString, expected);
        auto length = [](const QString& s) { return int(s.size()); };
        const QString out = UrlElider::elide(url, available, length);
        QCOMPARE(out, expected);
        QVERIFY(out.size() <= available);
    }
};

QTEST_GUILESS_MAIN(TestUrlElider)
#include "tst_urlelider.moc"
