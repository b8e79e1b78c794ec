// RunController: one run at a time on a worker (strata::async), events in order before
// finished(), cancel reaching the RunSource, and a controller destroyed mid-run cancelling it.
// RunnerRunSource against a real database: the plan shown must still be the plan, and a cancel
// that comes before the run starts is not lost.
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "run/RunController.h"
#include "run/RunnerRunSource.h"
#include "runner/Planner.h"

#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace strata;

namespace {

// A source that runs until it is cancelled (or released), then reports how it ended.
struct Gate {
    std::mutex mutex;
    std::condition_variable wake;
    bool open = false;
    std::atomic<int> cancels{0};
    std::atomic<int> runs{0};
};

class GatedSource final : public RunSource {
public:
    explicit GatedSource(std::shared_ptr<Gate> gate)
        : m_gate(std::move(gate)) {}
    void run(const PlannedRun& request, const std::function<void(const RunEvent&)>& sink) override {
        ++m_gate->runs;
        RunEvent started;
        started.kind = RunEvent::Kind::RunStarted;
        started.message = request.description;
        sink(started);
        std::unique_lock<std::mutex> lock(m_gate->mutex);
        m_gate->wake.wait(lock, [this] { return m_gate->open || m_cancelled; });
        RunEvent end;
        end.kind = m_cancelled ? RunEvent::Kind::RunCancelled : RunEvent::Kind::RunFinished;
        sink(end);
    }
    void cancel() override {
        ++m_gate->cancels;
        {
            std::lock_guard<std::mutex> lock(m_gate->mutex);
            m_cancelled = true;
        }
        m_gate->wake.notify_all();
    }
    bool executes() const override { return true; }

private:
    std::shared_ptr<Gate> m_gate;
    bool m_cancelled = false; // under the gate's mutex
};

RunSourceFactory factoryFor(const std::shared_ptr<Gate>& gate) {
    return [gate] { return std::make_unique<GatedSource>(gate); };
}

PlannedRun planned(const QString& description) {
    PlannedRun run;
    run.description = description;
    run.request.targets = {QStringLiteral("heads")};
    return run;
}

} // namespace

class TestRunController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneRunAtATime_data() {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("finishes") << false;
        QTest::newRow("cancelled") << true;
    }
    void oneRunAtATime() {
        QFETCH(bool, cancel);
        auto gate = std::make_shared<Gate>();
        RunController controller(factoryFor(gate));
        QList<RunEvent::Kind> kinds;
        bool finishedSeen = false;
        connect(&controller, &RunController::event, this, [&](const RunEvent& e) {
            QVERIFY(!finishedSeen); // every event comes before finished()
            kinds << e.kind;
        });
        QSignalSpy finished(&controller, &RunController::finished);
        connect(&controller, &RunController::finished, this, [&] { finishedSeen = true; });

        QVERIFY(controller.start(planned(QStringLiteral("first"))));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(planned(QStringLiteral("second")))); // refused, not queued
        QTRY_COMPARE(kinds.size(), 1);
        QCOMPARE(kinds.constFirst(), RunEvent::Kind::RunStarted);
        QVERIFY(controller.isRunning());

        if (cancel) {
            controller.cancel();
        } else {
            std::lock_guard<std::mutex> lock(gate->mutex);
            gate->open = true;
        }
        gate->wake.notify_all();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), !cancel);
        QCOMPARE(kinds.constLast(),
                 cancel ? RunEvent::Kind::RunCancelled : RunEvent::Kind::RunFinished);
        QVERIFY(!controller.isRunning());
        QCOMPARE(gate->runs.load(), 1);
        QCOMPARE(gate->cancels.load(), cancel ? 1 : 0);

        // Idle again: the next run starts.
        {
            std::lock_guard<std::mutex> lock(gate->mutex);
            gate->open = true;
        }
        finishedSeen = false;
        QVERIFY(controller.start(planned(QStringLiteral("third"))));
        QVERIFY(finished.wait(10000));
        QCOMPARE(gate->runs.load(), 2);
    }

    // Closing the window mid-run: the controller goes, the run is cancelled, nothing hangs.
    void destroyedControllerCancelsTheRun() {
        auto gate = std::make_shared<Gate>();
        auto controller = std::make_unique<RunController>(factoryFor(gate));
        QVERIFY(controller->start(planned(QStringLiteral("left running"))));
        QTRY_COMPARE(gate->runs.load(), 1);
        controller.reset();
        QVERIFY(gate->cancels.load() >= 1);
    }
    void runnerSourceRefusesAStalePlan_data() {
        QTest::addColumn<bool>("cancelFirst");
        QTest::newRow("plan changed") << false;
        QTest::newRow("cancelled before it started") << true;
    }
    void runnerSourceRefusesAStalePlan() {
        QFETCH(bool, cancelFirst);
        test::SandboxDatabase db(QStringLiteral("tst_runsource"));
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("strata.toml"),
                        QStringLiteral("[project]\nversions = \"versions\"\n[environments.dev]\n"
                                       "url = \"%1\"\n")
                            .arg(db.url()));
        test::writeFile(dir.path(), QStringLiteral("versions/r1.sql"),
                        QStringLiteral("-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\n"
                                       "CREATE TABLE src1 (id int);\n-- migrate:downgrade\n"
                                       "DROP TABLE src1;\n"));
        test::writeFile(dir.path(), QStringLiteral("versions/r2.sql"),
                        QStringLiteral("-- Revision ID: r2\n-- Revises: r1\n\n-- migrate:upgrade\n"
                                       "CREATE TABLE src2 (id int);\n-- migrate:downgrade\n"
                                       "DROP TABLE src2;\n"));
        auto project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());
        PlannedRun run;
        run.project = std::make_shared<const Project>(std::move(project).value());
        run.environment = run.project->config().environments().constFirst();
        run.request.targets = {QStringLiteral("heads")};
        run.description = QStringLiteral("Upgrade dev to heads");
        // Shown while the studio believed dev was at r1 (its status is stale: dev is empty).
        const QStringList believed =
            cancelFirst ? QStringList() : QStringList{QStringLiteral("r1")};
        auto plan = Planner::plan(run.project->graph(), run.request, believed);
        QVERIFY(plan);
        run.plan = *plan;

        RunnerRunSource source;
        if (cancelFirst)
            source.cancel();
        QList<RunEvent> events;
        source.run(run, [&events](const RunEvent& e) { events << e; });
        QVERIFY(!events.isEmpty());
        const RunEvent& last = events.constLast();
        if (cancelFirst) {
            QCOMPARE(last.kind, RunEvent::Kind::RunCancelled);
        } else {
            QCOMPARE(last.kind, RunEvent::Kind::RunFailed);
            QVERIFY2(last.message.contains(QLatin1String("changed since the plan was shown")),
                     qPrintable(last.message));
        }
        for (const RunEvent& e : events)
            QVERIFY(e.kind != RunEvent::Kind::StepStarted);
        auto c = db.connect();
        QVERIFY(c);
        auto tables = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename IN "
                                                "('src1', 'src2', 'alembic_version')"));
        QVERIFY(tables);
        QCOMPARE(tables->scalar(), QStringLiteral("0")); // nothing ran
    }
};

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
