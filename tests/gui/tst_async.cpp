// strata::async() (ui/common/Async.h), the studio's one way to work off the GUI thread: the
// result arrives on the context's (GUI) thread; a destroyed context gets no callback and its
// destruction does not wait for the work; cancel() runs the registered interrupt once; work
// cancelled before it ends delivers nothing.
#include "GuiThreadGuard.h"
#include "common/Async.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace strata;

namespace {

// Waits (bounded) until `handle`'s work has returned.
bool waitUntilDone(const AsyncHandle& handle) {
    for (int i = 0; i < 1000 && handle.isRunning(); ++i)
        QTest::qWait(10);
    return !handle.isRunning();
}

} // namespace

class TestAsync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::forbidGuiThreadConnections(); }

    void resultOnTheContextThread() {
        QObject context;
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        int result = 0;
        const AsyncHandle handle = async(
            &context,
            [&workThread](const CancelToken&) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                doneThread = QThread::currentThread();
                result = value;
            });
        QTRY_COMPARE_WITH_TIMEOUT(result, 42, 10000);
        QCOMPARE(doneThread, QThread::currentThread()); // the GUI thread
        QVERIFY(workThread && workThread != QThread::currentThread());
        QVERIFY(!handle.isRunning());
    }

    void voidWork() {
        QObject context;
        int calls = 0;
        async(
            &context, [](const CancelToken&) {}, [&calls] { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    }

    void destroyedContextGetsNothingAndDoesNotBlock() {
        auto context = std::make_unique<QObject>();
        auto release = std::make_shared<QSemaphore>();
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        int calls = 0;
        const AsyncHandle handle = async(
            context.get(),
            [release, sawCancel](const CancelToken& token) {
                // Held here until the test lets go: the context dies meanwhile.
                release->tryAcquire(1, 10000);
                sawCancel->store(token.cancelled());
                return 1;
            },
            [&calls](int) { ++calls; });
        QVERIFY(handle.isRunning());
        context.reset(); // returns at once although the work still runs (it waits for us)
        QVERIFY(handle.isRunning());
        release->release();
        QVERIFY(waitUntilDone(handle));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(calls, 0);
        QVERIFY(sawCancel->load()); // the context's end cancelled the work
    }

    void cancelRunsTheInterruptOnce() {
        QObject context;
        auto interrupts = std::make_shared<std::atomic<int>>(0);
        auto registered = std::make_shared<QSemaphore>();
        const AsyncHandle handle = async(
            &context,
            [interrupts, registered](const CancelToken& token) {
                token.onCancel([interrupts] { ++*interrupts; });
                registered->release();
                for (int i = 0; i < 1000 && !token.cancelled(); ++i)
                    QThread::msleep(10);
                return token.cancelled();
            },
            [](bool) {});
        QVERIFY(registered->tryAcquire(1, 10000));
        handle.cancel();
        handle.cancel();
        handle.token().cancel();
        QVERIFY(waitUntilDone(handle));
        QCOMPARE(interrupts->load(), 1);
        // Registered after the cancel: called at once, still only for that registration.
        auto late = std::make_shared<std::atomic<int>>(0);
        handle.token().onCancel([late] { ++*late; });
        QCOMPARE(late->load(), 1);
        QCOMPARE(interrupts->load(), 1);
    }

    void cancelledWorkDeliversNothing_data() {
        QTest::addColumn<bool>("beforeItStarts");
        QTest::newRow("cancelled while it runs") << false;
        QTest::newRow("cancelled before it starts") << true;
    }
    void cancelledWorkDeliversNothing() {
        QFETCH(bool, beforeItStarts);
        QObject context;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        auto gate = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        auto ran = std::make_shared<std::atomic<bool>>(false);
        if (beforeItStarts) // the pool's only thread is busy until the gate opens
            pool.start([gate] { gate->tryAcquire(1, 10000); });
        int calls = 0;
        const AsyncHandle handle = async(
            &context,
            [gate, started, ran, beforeItStarts](const CancelToken&) {
                ran->store(true);
                started->release();
                if (!beforeItStarts)
                    gate->tryAcquire(1, 10000);
                return 7; // finishes normally: only the cancel stops the delivery
            },
            [&calls](int) { ++calls; }, &pool);
        if (!beforeItStarts)
            QVERIFY(started->tryAcquire(1, 10000));
        handle.cancel();
        gate->release();
        QVERIFY(waitUntilDone(handle));
        pool.waitForDone(10000);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(calls, 0);
        QVERIFY(ran->load());
        QVERIFY(handle.token().cancelled());
    }

    void independentTasksDeliverIndependently() {
        QObject context;
        QList<int> results;
        QList<AsyncHandle> handles;
        for (int i = 0; i < 4; ++i)
            handles << async(
                &context, [i](const CancelToken&) { return i; },
                [&results](int v) { results << v; });
        handles[2].cancel(); // before the GUI thread saw any result: 2 is never delivered
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
        for (const AsyncHandle& h : handles)
            QVERIFY(waitUntilDone(h));
        QCoreApplication::processEvents();
        std::sort(results.begin(), results.end());
        QCOMPARE(results, (QList<int>{0, 1, 3}));
    }
};

QTEST_MAIN(TestAsync)
#include "tst_async.moc"
