// The pre-flight's texts: counts and sizes as a DBA reads them (pg_size_pretty's units), what a
// destructive statement removes and what the target said about it, the timeouts and backup.
#include "preflight/PreFlightReport.h"

#include <QTest>

using namespace strata;

class TestPreFlightReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bytes_data() {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 bytes";
        QTest::newRow("bytes") << qint64(1023) << "1023 bytes";
        QTest::newRow("one page") << qint64(8192) << "8 kB";
        QTest::newRow("kB rounded") << qint64(40960 + 600) << "41 kB";
        QTest::newRow("MB") << qint64(1288490) << "1.2 MB";
        QTest::newRow("hundreds of MB") << qint64(300) * 1024 * 1024 << "300 MB";
        QTest::newRow("GB") << qint64(5) * 1024 * 1024 * 1024 + qint64(512) * 1024 * 1024
                            << "5.5 GB";
    }
    void bytes() {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytes(bytes), text);
    }

    void counts_data() {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(999) << "999";
        QTest::newRow("thousands") << qint64(12345) << "12,345";
        QTest::newRow("millions") << qint64(1234567) << "1,234,567";
        QTest::newRow("negative") << qint64(-4000) << "-4,000";
    }
    void counts() {
        QFETCH(qint64, n);
        QFETCH(QString, text);
        QCOMPARE(formatCount(n), text);
    }

    void describe_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("estimate");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("text");
        using D = DestructiveStatement;
        QTest::newRow("drop, read")
            << int(D::Kind::DropTable) << int(D::Estimate::Read) << qint64(1200000)
            << "DROP TABLE app.items: ≈ 1,200,000 rows (estimate), 8 kB";
        QTest::newRow("column, never analyzed")
            << int(D::Kind::DropColumn) << int(D::Estimate::Read) << qint64(-1)
            << "DROP COLUMN app.items.note: rows unknown, never analyzed; 8 kB";
        QTest::newRow("truncate, missing")
            << int(D::Kind::Truncate) << int(D::Estimate::Missing) << qint64(-1)
            << "TRUNCATE app.items: the table does not exist on the target";
        QTest::newRow("delete, created in the plan")
            << int(D::Kind::Delete) << int(D::Estimate::CreatedInPlan) << qint64(-1)
            << "DELETE FROM app.items (no WHERE: every row): created earlier in this plan: "
               "nothing on the target yet";
        QTest::newRow("not read") << int(D::Kind::DropTable) << int(D::Estimate::NotRead)
                                  << qint64(-1)
                                  << "DROP TABLE app.items: not read: prod cannot be reached";
    }
    void describe() {
        QFETCH(int, kind);
        QFETCH(int, estimate);
        QFETCH(qint64, rows);
        QFETCH(QString, text);
        DestructiveStatement d;
        d.kind = DestructiveStatement::Kind(kind);
        d.estimate = DestructiveStatement::Estimate(estimate);
        d.schema = QStringLiteral("app");
        d.table = QStringLiteral("items");
        d.column = QStringLiteral("note");
        d.rows = rows;
        d.bytes = 8192;
        if (d.estimate == DestructiveStatement::Estimate::NotRead)
            d.error = QStringLiteral("prod cannot be reached");
        QCOMPARE(d.describe(), text);
    }

    // The settings that apply, and the first broken step as the reason a run is refused.
    void settingsAndRefusal() {
        PreFlightReport report;
        report.environment = QStringLiteral("prod");
        report.lockTimeoutMs = 5000;
        report.statementTimeoutMs = 120000;
        QCOMPARE(report.timeoutsText(), QStringLiteral("lock_timeout 5s, statement_timeout 2min"));
        QCOMPARE(report.backupText(), QStringLiteral("none (backup is off for prod)"));
        report.backup = true;
        report.backupDir = QStringLiteral("/p/backups");
        QCOMPARE(report.backupText(), QStringLiteral("pg_dump -Fc into /p/backups before the run"));
        PreFlightStep fine;
        fine.revision = QStringLiteral("a");
        fine.direction = QStringLiteral("upgrade");
        PreFlightStep broken = fine;
        broken.index = 1;
        broken.revision = QStringLiteral("b");
        broken.problems << Error(ErrorCode::Parse, QStringLiteral("syntax error at or near \"X\""));
        report.steps = {fine, broken};
        QVERIFY(report.blockReason().startsWith(QStringLiteral("step 2 (upgrade b) cannot run: ")));
        QVERIFY(report.blockReason().contains(QStringLiteral("syntax error")));
        QCOMPARE(report.brokenSteps().size(), 1);
        report.steps.removeLast();
        QVERIFY(report.blockReason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreFlightReport)
#include "tst_preflightreport.moc"
