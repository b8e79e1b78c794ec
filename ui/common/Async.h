#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

namespace strata {

// A cancellation flag shared by the GUI and the work it started. The work polls cancelled()
// between steps and may register what interrupts it mid-step (Runner::cancel, PQcancel) with
// onCancel(); cancel() runs that from any thread, at most once.
class CancelToken {
public:
    CancelToken()
        : m_state(std::make_shared<State>()) {}

    void cancel() const {
        std::function<void()> interrupt;
        {
            std::lock_guard<std::mutex> lock(m_state->mutex);
            if (m_state->cancelled.exchange(true))
                return;
            interrupt = m_state->interrupt;
        }
        if (interrupt)
            interrupt();
    }
    bool cancelled() const { return m_state->cancelled.load(); }
    // Called by cancel() (at once when already cancelled). One at a time; the last one wins.
    void onCancel(std::function<void()> interrupt) const {
        bool callNow = false;
        {
            std::lock_guard<std::mutex> lock(m_state->mutex);
            m_state->interrupt = interrupt;
            callNow = m_state->cancelled.load();
        }
        if (callNow && interrupt)
            interrupt();
    }

private:
    struct State {
        std::atomic<bool> cancelled{false};
        std::mutex mutex;
        std::function<void()> interrupt;
    };
    std::shared_ptr<State> m_state;
};

// What async() returns: cancel the work, ask whether it runs. Cheap to copy. Dropping every
// copy neither cancels nor waits; the result is then simply not delivered if the context went.
class AsyncHandle {
public:
    AsyncHandle() = default;
    AsyncHandle(CancelToken token, std::shared_ptr<std::atomic<bool>> running)
        : m_token(std::move(token))
        , m_running(std::move(running)) {}

    void cancel() const { m_token.cancel(); }
    bool isRunning() const { return m_running && m_running->load(); }
    const CancelToken& token() const { return m_token; }

private:
    CancelToken m_token;
    std::shared_ptr<std::atomic<bool>> m_running;
};

// The studio's one way to do long work off the GUI thread (database reads, runs, drift,
// verification): `work(CancelToken)` runs on `pool` (nullptr = the global pool); its result is
// handed to `done` on `context`'s thread, unless `context` was destroyed or the work was
// cancelled first. Destroying `context` cancels the work and never blocks: `work` must own
// (copy or share) everything it touches.
//
//   AsyncHandle h = async(this, [project](const CancelToken& t) { return read(*project, t); },
//                         [this](Status s) { show(s); });
template <typename Work, typename Done>
AsyncHandle async(QObject* context, Work work, Done done, QThreadPool* pool = nullptr) {
    using T = std::invoke_result_t<Work, const CancelToken&>;
    CancelToken token;
    auto running = std::make_shared<std::atomic<bool>>(true);
    auto* watcher = new QFutureWatcher<T>(context);
    QPointer<QObject> guard(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, token, guard, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (!guard || token.cancelled())
                             return;
                         if constexpr (std::is_void_v<T>)
                             done();
                         else
                             done(watcher->future().result());
                     });
    // The context going away cancels the work (the watcher goes with it, so done never runs).
    QObject::connect(watcher, &QObject::destroyed, [token, running] {
        if (running->load())
            token.cancel();
    });
    QThreadPool* target = pool ? pool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(target, [work = std::move(work), token, running]() {
        struct Finished {
            std::shared_ptr<std::atomic<bool>> flag;
            ~Finished() { flag->store(false); }
        } finished{running};
        return work(token);
    }));
    return AsyncHandle(token, running);
}

} // namespace strata
