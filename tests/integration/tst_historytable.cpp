// HistoryTable's paged, filtered read (issue 14 item 7): count() and page() cover every row
// (no cap), pages follow each other without overlap or gap, newest first; the filter's parts
// select in SQL; a table whose name needs quoting works; a missing table counts 0; lastApplied()
// finds a revision's newest succeeded upgrade or stamp, however old.
#include "HistoryRows.h"
#include "SandboxDatabase.h"

#include "db/Connection.h"
#include "runner/HistoryTable.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace strata;
using namespace strata::test;

namespace {
constexpr int kRows = 1222;
}

Q_DECLARE_METATYPE(strata::HistoryFilter)

class TestHistoryTable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("tst_histtable"));
        auto c = m_db->connect();
        QVERIFY2(c, describe(c).constData());
        m_conn = std::move(c).value();
        QVERIFY(m_conn->exec(QStringLiteral("CREATE SCHEMA \"Odd Schema\"")));
        QVERIFY(m_table.create(*m_conn));
        auto filled = m_conn->exec(generatedHistorySql(m_table.quotedName(*m_conn), kRows));
        QVERIFY2(filled, describe(filled).constData());
    }

    void cleanupTestCase() {
        m_conn.reset();
        m_db.reset();
    }

    void pagesCoverEveryRowOnce_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("200") << 200;
        QTest::newRow("500 (the old cap)") << 500;
        QTest::newRow("1 more than all") << kRows + 1;
        QTest::newRow("7") << 7;
    }

    void pagesCoverEveryRowOnce() {
        QFETCH(int, pageSize);
        auto total = m_table.count(*m_conn);
        QVERIFY2(total, describe(total).constData());
        QCOMPARE(*total, qint64(kRows));
        QSet<qint64> ids;
        QDateTime previous;
        for (qint64 offset = 0; offset < kRows; offset += pageSize) {
            auto page = m_table.page(*m_conn, {}, offset, pageSize);
            QVERIFY2(page, describe(page).constData());
            QCOMPARE(page->size(), int(qMin<qint64>(pageSize, kRows - offset)));
            for (const HistoryRow& row : *page) {
                QVERIFY(!previous.isValid() || row.startedAt <= previous);
                previous = row.startedAt;
                ids.insert(row.id);
            }
        }
        QCOMPARE(ids.size(), kRows);
        auto past = m_table.page(*m_conn, {}, kRows, pageSize);
        QVERIFY(past && past->isEmpty());
    }

    void filterSelects_data() {
        QTest::addColumn<HistoryFilter>("filter");
        QTest::addColumn<int>("expected");
        const auto count = [](auto predicate) {
            int n = 0;
            for (int g = 1; g <= kRows; ++g)
                n += predicate(generatedRow(g)) ? 1 : 0;
            return n;
        };
        HistoryFilter failed;
        failed.outcome = HistoryFilter::Outcome::Failed;
        QTest::newRow("failed") << failed << count([](const GeneratedRow& r) {
            return r.status == "failed";
        });
        HistoryFilter resolved;
        resolved.outcome = HistoryFilter::Outcome::Resolved;
        QTest::newRow("resolved") << resolved
                                  << count([](const GeneratedRow& r) { return r.resolved; });
        HistoryFilter stamps;
        stamps.direction = QStringLiteral("stamp");
        QTest::newRow("stamp") << stamps << count([](const GeneratedRow& r) {
            return r.direction == "stamp";
        });
        HistoryFilter user;
        user.user = QStringLiteral("DBA5@HOST");
        QTest::newRow("user@host")
            << user << count([](const GeneratedRow& r) { return r.osUser == "dba5"; });
        HistoryFilter days;
        days.from = QDateTime(QDate(2024, 1, 10), QTime(0, 0), Qt::UTC);
        days.to = QDateTime(QDate(2024, 1, 12), QTime(0, 0), Qt::UTC);
        QTest::newRow("two days") << days << 48;
        HistoryFilter text;
        text.text = QStringLiteral("G03");
        QTest::newRow("revision text") << text << count([](const GeneratedRow& r) {
            return r.revision.startsWith(QLatin1String("g03"));
        });
        HistoryFilter listed;
        listed.text = QStringLiteral("no such text");
        listed.revisions = QStringList{QStringLiteral("g001"), QStringLiteral("g002")};
        QTest::newRow("revisions whose message matched")
            << listed << count([](const GeneratedRow& r) {
                   return r.revision == "g001" || r.revision == "g002";
               });
        HistoryFilter quote;
        quote.text = QStringLiteral("'; DROP TABLE x; --");
        QTest::newRow("a quote is only text") << quote << 0;
    }

    void filterSelects() {
        QFETCH(HistoryFilter, filter);
        QFETCH(int, expected);
        auto total = m_table.count(*m_conn, filter);
        QVERIFY2(total, describe(total).constData());
        QCOMPARE(*total, qint64(expected));
        auto rows = m_table.page(*m_conn, filter, 0, 0);
        QVERIFY2(rows, describe(rows).constData());
        QCOMPARE(rows->size(), expected);
    }

    void missingTableIsEmpty() {
        const HistoryTable missing(QStringLiteral("public"), QStringLiteral("no_such_history"));
        auto total = missing.count(*m_conn);
        QVERIFY2(total, describe(total).constData());
        QCOMPARE(*total, qint64(0));
        auto rows = missing.page(*m_conn, {}, 0, 10);
        QVERIFY(rows && rows->isEmpty());
        auto applied = missing.lastApplied(*m_conn, QStringLiteral("g001"));
        QVERIFY(applied && !applied->has_value());
    }

    void lastAppliedFindsTheNewestSucceededUpgradeOrStamp_data() {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<int>("g"); // the generated row expected (0: none)
        // g001 (g % 40 == 1): the newest succeeded upgrade or stamp among its rows. g020
        // (g % 40 == 20) has rows, all failed: none.
        int newest001 = 0;
        int newest020 = 0;
        for (int g = 1; g <= kRows; ++g) {
            const GeneratedRow r = generatedRow(g);
            const bool applied = r.status == "succeeded" && r.direction != "downgrade";
            if (applied && r.revision == "g001")
                newest001 = g;
            if (applied && r.revision == "g020")
                newest020 = g;
        }
        QTest::newRow("g001") << QStringLiteral("g001") << newest001;
        QTest::newRow("g020") << QStringLiteral("g020") << newest020;
        QTest::newRow("unknown") << QStringLiteral("nope") << 0;
    }

    void lastAppliedFindsTheNewestSucceededUpgradeOrStamp() {
        QFETCH(QString, revision);
        QFETCH(int, g);
        auto applied = m_table.lastApplied(*m_conn, revision);
        QVERIFY2(applied, describe(applied).constData());
        QCOMPARE(applied->has_value(), g > 0);
        if (g > 0) {
            QCOMPARE((*applied)->id, qint64(g)); // ids follow g (one insert, in order)
            QCOMPARE((*applied)->startedAt, generatedRow(g).startedAt);
            QCOMPARE((*applied)->osUser, generatedRow(g).osUser);
        }
    }

private:
    std::unique_ptr<SandboxDatabase> m_db;
    std::unique_ptr<Connection> m_conn;
    HistoryTable m_table{QStringLiteral("Odd Schema"), QStringLiteral("Strata History")};
};

QTEST_GUILESS_MAIN(TestHistoryTable)
#include "tst_historytable.moc"
