// SnapshotReader on three connections (SnapshotOptions::helperConnection): the same snapshot as
// on one, whether the helpers open, fail to open, or cannot join the exported snapshot; the
// columns (read on a helper, unsorted) keep their attnum order in the table's text.
#include "SandboxDatabase.h"
#include "SchemaKindsFixture.h"
#include "db/Connection.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <QStringList>
#include <QTest>

#include <memory>

using namespace strata;
using strata::test::describe;

namespace {

// Columns out of name order, a dropped one in the middle, one added later, and the first one's
// type changed (its pg_attribute row moves elsewhere in the heap): the order is attnum's, never
// the names'. (The columns query does not sort; ColumnReader does.)
const char* const kOrderSql = R"(
CREATE SCHEMA ord;
CREATE TABLE ord.t (zeta int NOT NULL, alpha text DEFAULT 'a', gone int, mid numeric(4, 1));
ALTER TABLE ord.t DROP COLUMN gone;
ALTER TABLE ord.t ADD COLUMN added timestamptz DEFAULT now();
ALTER TABLE ord.t ALTER COLUMN zeta TYPE bigint;
CREATE TABLE ord.empty ();
CREATE TABLE ord.parted (b int, a int) PARTITION BY RANGE (a);
CREATE TABLE ord.parted_1 PARTITION OF ord.parted FOR VALUES FROM (0) TO (10);
CREATE INDEX t_mid_idx ON ord.t (mid);
)";

} // namespace

class TestSnapshotHelpers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_db = std::make_unique<test::SandboxDatabase>(QStringLiteral("helpers"));
        auto conn = m_db->connect();
        QVERIFY2(conn, describe(conn).constData());
        m_conn = std::move(*conn);
        auto made =
            m_conn->exec(test::schemaKindsSql(m_conn->serverVersion()) + QLatin1String(kOrderSql));
        QVERIFY2(made, describe(made).constData());
        auto one = SnapshotReader::read(*m_conn);
        QVERIFY2(one, describe(one).constData());
        m_oneConnection = std::move(*one);
        QVERIFY(m_oneConnection.size() > 40);
    }

    void sameAsOneConnection_data() {
        QTest::addColumn<QString>("helpers"); // one letter per call: o opens, f fails, x elsewhere
        QTest::newRow("both open") << "oo";
        QTest::newRow("neither opens") << "ff";
        QTest::newRow("columns helper fails") << "fo";
        QTest::newRow("others helper fails") << "of";
        QTest::newRow("cannot join the snapshot") << "xx";
        QTest::newRow("one joins, one cannot") << "xo";
    }
    void sameAsOneConnection() {
        QFETCH(QString, helpers);
        test::SandboxDatabase elsewhere(QStringLiteral("helpers_other"));
        int calls = 0;
        SnapshotOptions options;
        options.helperConnection = [&]() -> Result<std::unique_ptr<Connection>> {
            const QChar what = helpers.at(std::min<int>(calls, helpers.size() - 1));
            ++calls;
            if (what == QLatin1Char('f'))
                return Error(ErrorCode::Connection, QStringLiteral("no helper here"));
            // A snapshot cannot be imported from another database: the helper is dropped.
            return what == QLatin1Char('x') ? elsewhere.connect() : m_db->connect();
        };
        auto read = SnapshotReader::read(*m_conn, options);
        QVERIFY2(read, describe(read).constData());
        QCOMPARE(calls, 2);
        QCOMPARE(read->size(), m_oneConnection.size());
        QVERIFY(*read == m_oneConnection);
        QCOMPARE(m_conn->transactionStatus(), Connection::TransactionStatus::Idle);
    }

    void columnsInAttnumOrder_data() {
        QTest::addColumn<bool>("withHelpers");
        QTest::newRow("one connection") << false;
        QTest::newRow("helpers") << true;
    }
    void columnsInAttnumOrder() {
        QFETCH(bool, withHelpers);
        SnapshotOptions options;
        if (withHelpers)
            options.helperConnection = [this] { return m_db->connect(); };
        auto read = SnapshotReader::read(*m_conn, options);
        QVERIFY2(read, describe(read).constData());
        const SchemaObject* t = read->find(ObjectKind::Table, QStringLiteral("ord.t"));
        QVERIFY(t);
        QCOMPARE(t->attribute(QLatin1String(kColumnOrderAttribute)),
                 QStringLiteral("zeta,alpha,mid,added"));
        const qsizetype zeta = t->definition.indexOf(QStringLiteral("zeta bigint NOT NULL"));
        const qsizetype alpha = t->definition.indexOf(QStringLiteral("alpha text DEFAULT"));
        const qsizetype mid = t->definition.indexOf(QStringLiteral("mid numeric(4,1)"));
        const qsizetype added = t->definition.indexOf(QStringLiteral("added timestamp"));
        QVERIFY2(zeta > 0 && zeta < alpha && alpha < mid && mid < added, qPrintable(t->definition));
        QVERIFY(!t->definition.contains(QStringLiteral("gone")));
        const SchemaObject* empty = read->find(ObjectKind::Table, QStringLiteral("ord.empty"));
        QVERIFY(empty);
        QVERIFY2(empty->definition.startsWith(QStringLiteral("CREATE TABLE ord.empty ();")),
                 qPrintable(empty->definition));
        // A partition's columns come from its parent: none of its own, no "()".
        const SchemaObject* part = read->find(ObjectKind::Table, QStringLiteral("ord.parted_1"));
        QVERIFY(part);
        QVERIFY2(part->definition.startsWith(
                     QStringLiteral("CREATE TABLE ord.parted_1 PARTITION OF ord.parted FOR")),
                 qPrintable(part->definition));
        const SchemaObject* parted = read->find(ObjectKind::Table, QStringLiteral("ord.parted"));
        QVERIFY(parted);
        QCOMPARE(parted->attribute(QLatin1String(kColumnOrderAttribute)), QStringLiteral("b,a"));
    }

    void cleanupTestCase() {
        m_conn.reset();
        m_db.reset();
    }

private:
    std::unique_ptr<test::SandboxDatabase> m_db;
    std::unique_ptr<Connection> m_conn;
    SchemaSnapshot m_oneConnection;
};

QTEST_GUILESS_MAIN(TestSnapshotHelpers)
#include "tst_snapshothelpers.moc"
