// Runner pieces that need no server: the migration lock key, history row rendering, CREATE INDEX
// progress fractions, backup file names, and the planner (plans and their comparison).
#include "RunnerBuilders.h"
#include "runner/BackupDump.h"
#include "runner/HistoryTable.h"
#include "runner/IndexProgressMonitor.h"
#include "runner/MigrationLock.h"
#include "runner/Planner.h"
#include "runner/RunEvent.h"

#include <QCryptographicHash>

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace strata;

class TestRunnerParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lockKeyIsStable() {
        // Fixed for ever: two strata versions on one database must agree on it.
        const qint64 key = MigrationLock::keyFor(QStringLiteral("public.alembic_version"));
        QCOMPARE(QString::number(key), QString::number(kExpectedKey));
        QCOMPARE(MigrationLock(QStringLiteral("public.alembic_version")).key(), kExpectedKey);
    }

    // The documented derivation, computed here another way: the first 8 bytes of the SHA-256,
    // big-endian, as hex digits.
    void lockKeyIsTheDocumentedHash_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("default") << QStringLiteral("public.alembic_version");
        QTest::newRow("schema") << QStringLiteral("app.alembic_version");
        QTest::newRow("unicode") << QStringLiteral("s\u00e9ma.versi\u00f3n");
        QTest::newRow("empty") << QString();
    }
    void lockKeyIsTheDocumentedHash() {
        QFETCH(QString, name);
        const QByteArray digest = QCryptographicHash::hash(
            QByteArray("strata-migration-lock:") + name.toUtf8(), QCryptographicHash::Sha256);
        const quint64 key = quint64(MigrationLock::keyFor(name));
        QCOMPARE(QByteArray::number(key, 16).rightJustified(16, '0'), digest.left(8).toHex());
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

    void progressMessage_data() {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<qint64>("tuplesDone");
        QTest::addColumn<qint64>("tuplesTotal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no tuples yet")
            << QStringLiteral("building index: loading tuples") << qint64(0) << qint64(0)
            << QStringLiteral("building index: loading tuples");
        // pgvector's HNSW build counts the tuples it inserted but gives no total.
        QTest::newRow("hnsw: done, no total")
            << QStringLiteral("building index: loading tuples") << qint64(2999) << qint64(0)
            << QStringLiteral("building index: loading tuples, 2999 tuples");
        // A btree sort knows its total: the fraction says it, the message is the phase.
        QTest::newRow("btree: done of total")
            << QStringLiteral("building index: loading tuples in tree") << qint64(30) << qint64(40)
            << QStringLiteral("building index: loading tuples in tree");
    }
    void progressMessage() {
        QFETCH(QString, phase);
        QFETCH(qint64, tuplesDone);
        QFETCH(qint64, tuplesTotal);
        QFETCH(QString, expected);
        QCOMPARE(IndexProgressMonitor::message(phase, tuplesDone, tuplesTotal), expected);
    }

    void backupFileName() {
        QCOMPARE(BackupDump::stemFor(QStringLiteral("prod"),
                                     QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC)),
                 QStringLiteral("prod-20260304T050607Z"));
    }

    // --- Planner -------------------------------------------------------------------------

    void plannerPlansEachKind_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("heads");
        QTest::addColumn<QStringList>("revisions");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QStringList>("resulting");
        QTest::newRow("upgrade from base")
            << int(RunRequest::Kind::Upgrade) << QStringList{"heads"} << QStringList()
            << QStringList{"a", "b", "c"} << QStringList{"INSERT a", "UPDATE a->b", "UPDATE b->c"}
            << QStringList{"c"};
        QTest::newRow("downgrade one")
            << int(RunRequest::Kind::Downgrade) << QStringList{"-1"} << QStringList{"c"}
            << QStringList{"c"} << QStringList{"UPDATE c->b"} << QStringList{"b"};
        QTest::newRow("downgrade to base")
            << int(RunRequest::Kind::Downgrade) << QStringList{"base"} << QStringList{"b"}
            << QStringList{"b", "a"} << QStringList{"UPDATE b->a", "DELETE a"} << QStringList();
        QTest::newRow("stamp") << int(RunRequest::Kind::Stamp) << QStringList{"b"}
                               << QStringList{"a"} << QStringList{"b"} << QStringList{"UPDATE a->b"}
                               << QStringList{"b"};
    }
    void plannerPlansEachKind() {
        QFETCH(int, kind);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, heads);
        QFETCH(QStringList, revisions);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, resulting);
        const RevisionGraph graph = linear();
        Result<StepPlan> plan =
            Planner::plan(graph, test::request(RunRequest::Kind(kind), targets), heads);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->revisions(), revisions);
        QCOMPARE(plan->rowsText(), rows);
        QCOMPARE(plan->resultingHeads, resulting);
        // Each step carries the heads after it, and the last one is where the plan ends.
        for (qsizetype i = 0; i < plan->steps.size(); ++i)
            QCOMPARE(sorted(plan->steps.at(i).headsAfter), sorted(plan->headsAfter(i)));
        QCOMPARE(sorted(plan->steps.constLast().headsAfter), sorted(resulting));
    }

    void plannerRefusesUnknownHeadsAndBadTargets_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("heads");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("head not in project")
            << int(RunRequest::Kind::Upgrade) << QStringList{"heads"} << QStringList{"zz9"}
            << int(ErrorCode::Target) << QStringLiteral("environment 'dev' is at revision zz9");
        QTest::newRow("unknown target")
            << int(RunRequest::Kind::Upgrade) << QStringList{"nope"} << QStringList()
            << int(ErrorCode::Target) << QStringLiteral("nope");
        QTest::newRow("two targets for upgrade")
            << int(RunRequest::Kind::Upgrade) << QStringList{"a", "b"} << QStringList()
            << int(ErrorCode::Usage) << QStringLiteral("exactly one target");
        QTest::newRow("stamp without target")
            << int(RunRequest::Kind::Stamp) << QStringList() << QStringList()
            << int(ErrorCode::Usage) << QStringLiteral("stamp");
    }
    void plannerRefusesUnknownHeadsAndBadTargets() {
        QFETCH(int, kind);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, heads);
        QFETCH(int, code);
        QFETCH(QString, says);
        Result<StepPlan> plan =
            Planner::plan(linear(), test::request(RunRequest::Kind(kind), targets), heads);
        QVERIFY(!plan);
        QCOMPARE(int(plan.error().code), code);
        QVERIFY2(plan.error().message.contains(says), qPrintable(plan.error().message));
    }

    // Planner::difference: every field of a step counts, not only the revision list.
    void planDifference_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("says");
        QTest::newRow("same") << QString() << QString();
        QTest::newRow("rows") << QStringLiteral("rows") << QStringLiteral("rows");
        QTest::newRow("from/to") << QStringLiteral("from") << QStringLiteral("goes");
        QTest::newRow("direction") << QStringLiteral("direction") << QStringLiteral("downgrade");
        QTest::newRow("stamp") << QStringLiteral("stamp") << QStringLiteral("stamp");
        QTest::newRow("heads after") << QStringLiteral("headsAfter") << QStringLiteral("leaves");
        QTest::newRow("initial heads") << QStringLiteral("initial") << QStringLiteral("heads are");
        QTest::newRow("one step more") << QStringLiteral("extra") << QStringLiteral("step(s)");
        QTest::newRow("purge") << QStringLiteral("purge") << QStringLiteral("purge");
    }
    void planDifference() {
        QFETCH(QString, change);
        QFETCH(QString, says);
        const RevisionGraph graph = linear();
        const Result<StepPlan> shown = Planner::plan(
            graph, test::request(RunRequest::Kind::Upgrade, {QStringLiteral("heads")}), {"a"});
        QVERIFY(shown);
        StepPlan now = *shown;
        QCOMPARE(now.revisions(), QStringList({"b", "c"}));
        PlanStep& first = now.steps.first();
        if (change == QLatin1String("rows"))
            first.rows = {VersionRowOp::insert(QStringLiteral("b"))}; // same revisions
        else if (change == QLatin1String("from"))
            first.fromRevisions = {QStringLiteral("x")};
        else if (change == QLatin1String("direction"))
            first.direction = StepDirection::Downgrade;
        else if (change == QLatin1String("stamp"))
            first.stamp = true;
        else if (change == QLatin1String("headsAfter"))
            first.headsAfter = {QStringLiteral("a"), QStringLiteral("b")};
        else if (change == QLatin1String("initial"))
            now.initialHeads = {QStringLiteral("b")};
        else if (change == QLatin1String("extra"))
            now.steps << now.steps.constLast();
        else if (change == QLatin1String("purge"))
            now.purge = true;
        const QString difference = Planner::difference(*shown, now);
        QCOMPARE(difference.isEmpty(), says.isEmpty());
        QVERIFY2(difference.contains(says), qPrintable(difference));
        QCOMPARE(Planner::difference(*shown, *shown), QString());
    }

    // Heads in another order are the same heads.
    void planDifferenceIgnoresHeadOrder() {
        StepPlan a;
        a.initialHeads = {QStringLiteral("x"), QStringLiteral("y")};
        StepPlan b = a;
        b.initialHeads = {QStringLiteral("y"), QStringLiteral("x")};
        QCOMPARE(Planner::difference(a, b), QString());
    }

private:
    static RevisionGraph linear() {
        return test::graphOf({test::revision(QStringLiteral("a")),
                              test::revision(QStringLiteral("b"), {QStringLiteral("a")}),
                              test::revision(QStringLiteral("c"), {QStringLiteral("b")})});
    }
    static QStringList sorted(QStringList list) {
        list.sort();
        return list;
    }

    static constexpr qint64 kExpectedKey = 6495903566152976411LL;
};

QTEST_GUILESS_MAIN(TestRunnerParts)
#include "tst_runnerparts.moc"
