// Runner pieces that need no server: the migration lock key, history row rendering, CREATE INDEX
// progress fractions and backup file names.
#include "runner/BackupDump.h"
#include "runner/HistoryTable.h"
#include "runner/IndexProgressMonitor.h"
#include "runner/MigrationLock.h"
#include "runner/RunEvent.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace strata;

class TestRunnerParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lockKeyIsStable() {
        const qint64 key = MigrationLock::keyFor(QStringLiteral("public.alembic_version"));
        // Fixed for ever: two strata versions on one database must agree on it.
        QCOMPARE(key, MigrationLock::keyFor(QStringLiteral("public.alembic_version")));
        QCOMPARE(MigrationLock(QStringLiteral("public.alembic_version")).key(), key);
        QCOMPARE(QString::number(key), QString::number(kExpectedKey));
    }

    void lockKeyDiffers_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("other schema") << QStringLiteral("app.alembic_version");
        QTest::newRow("other table") << QStringLiteral("public.version");
        QTest::newRow("case") << QStringLiteral("public.Alembic_Version");
    }
    void lockKeyDiffers() {
        QFETCH(QString, name);
        QVERIFY(MigrationLock::keyFor(name) !=
                MigrationLock::keyFor(QStringLiteral("public.alembic_version")));
    }

    void historyRowRendering() {
        HistoryRow row;
        row.id = 7;
        row.revision = QStringLiteral("0002_x");
        row.direction = QStringLiteral("upgrade");
        row.status = HistoryRow::Status::Failed;
        row.transactional = false;
        row.startedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 11, 12), Qt::UTC);
        row.durationMs = 1500;
        row.osUser = QStringLiteral("alice");
        row.host = QStringLiteral("box");
        row.dbUser = QStringLiteral("app");
        row.errorMessage = QStringLiteral("relation \"t\" does not exist");
        row.errorSqlstate = QStringLiteral("42P01");
        row.errorLine = 12;
        QCOMPARE(row.toText(),
                 QStringLiteral("2026-01-02 10:11:12Z  upgrade    0002_x  failed  1.5 s  "
                                "alice@box (db app)  [non-transactional]\n    error at line 12: "
                                "relation \"t\" does not exist [SQLSTATE 42P01]"));
        QVERIFY(row.isDirty());
        const QJsonObject o = row.toJson();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QLatin1String("started_at")).toString(),
                 QStringLiteral("2026-01-02T10:11:12.000Z"));
        QCOMPARE(o.value(QLatin1String("error")).toObject().value(QLatin1String("line")).toInt(),
                 12);
        row.resolution = QStringLiteral("retried");
        QVERIFY(!row.isDirty());
        row.resolution.clear();
        row.transactional = true;
        QVERIFY(!row.isDirty());
    }

    void statusNamesRoundTrip() {
        for (auto s : {HistoryRow::Status::Running, HistoryRow::Status::Succeeded,
                       HistoryRow::Status::Failed, HistoryRow::Status::Cancelled})
            QCOMPARE(HistoryRow::statusFromName(HistoryRow::statusName(s)).value(), s);
        QVERIFY(!HistoryRow::statusFromName(QStringLiteral("bogus")).has_value());
    }

    void progressFraction_data() {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("nothing known") << QList<qint64>{0, 0, 0, 0, 0, 0} << -1.0;
        QTest::newRow("scanning blocks") << QList<qint64>{25, 100, 0, 0, 0, 0} << 0.25;
        QTest::newRow("loading tuples") << QList<qint64>{100, 100, 30, 40, 0, 0} << 0.75;
        QTest::newRow("blocks done, no tuples") << QList<qint64>{100, 100, 0, 0, 0, 0} << 1.0;
        QTest::newRow("partitions") << QList<qint64>{1, 2, 3, 4, 1, 4} << 0.25;
    }
    void progressFraction() {
        QFETCH(QList<qint64>, values);
        QFETCH(double, expected);
        QCOMPARE(IndexProgressMonitor::fraction(values[0], values[1], values[2], values[3],
                                                values[4], values[5]),
                 expected);
    }

    void backupFileName() {
        QCOMPARE(BackupDump::fileNameFor(QStringLiteral("/b"), QStringLiteral("prod"),
                                         QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC)),
                 QStringLiteral("/b/prod-20260304T050607Z.dump"));
    }

private:
    static constexpr qint64 kExpectedKey = 6495903566152976411LL;
};

QTEST_GUILESS_MAIN(TestRunnerParts)
#include "tst_runnerparts.moc"
