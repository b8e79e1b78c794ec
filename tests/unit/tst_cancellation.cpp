// Cancellation (core/drift): the flag, the interrupt of the current step, its scope.
#include "drift/Cancellation.h"

#include <QTest>

#include <thread>

using namespace strata;

class TestCancellation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cancelRunsTheCurrentInterruptOnce() {
        auto c = Cancellation::create();
        int interrupted = 0;
        {
            const Cancellation::Scope scope = c->interruptWith([&] { ++interrupted; });
            QVERIFY(!c->cancelled());
            c->cancel();
            c->cancel();
        }
        QVERIFY(c->cancelled());
        QCOMPARE(interrupted, 1);
    }

    void alreadyCancelledInterruptsAtOnce() {
        auto c = Cancellation::create();
        c->cancel();
        int interrupted = 0;
        const Cancellation::Scope scope = c->interruptWith([&] { ++interrupted; });
        QCOMPARE(interrupted, 1);
    }

    void anEndedScopeIsNotInterrupted() {
        auto c = Cancellation::create();
        int interrupted = 0;
        {
            const Cancellation::Scope scope = c->interruptWith([&] { ++interrupted; });
        }
        c->cancel();
        QCOMPARE(interrupted, 0);
        QVERIFY(c->cancelled());
    }

    void nullCancellation() {
        std::shared_ptr<Cancellation> none;
        QVERIFY(!Cancellation::isCancelled(none));
        int interrupted = 0;
        const Cancellation::Scope scope = Cancellation::interrupt(none, [&] { ++interrupted; });
        QCOMPARE(interrupted, 0);
        QCOMPARE(Cancellation::error().code, ErrorCode::Cancelled);
    }

    // From another thread: the interrupt runs there, and the job sees the flag.
    void fromAnotherThread() {
        auto c = Cancellation::create();
        std::atomic<bool> interrupted{false};
        const Cancellation::Scope scope = c->interruptWith([&] { interrupted = true; });
        std::thread other([c] { c->cancel(); });
        other.join();
        QVERIFY(interrupted.load());
        QVERIFY(c->cancelled());
    }
};

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
