#pragma once

#include "Result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace strata {

// A cancel request shared by a caller (any thread) and a long core job: an expected-schema
// build, a drift read, a round-trip verification. The job polls cancelled() between its steps
// and registers what interrupts the step it is in (Runner::cancel, a Connection's Canceller)
// with interruptWith(); cancel() runs that interrupt from the calling thread. It is core's
// counterpart of the studio's CancelToken (ui/common/Async.h), which forwards to cancel().
// Thread-safe; share it through std::shared_ptr (see Cancellation::create()).
class Cancellation {
public:
    // Clears the interrupt it registered when it goes out of scope. An interrupt that is
    // running on another thread finishes first, so what it refers to may die after the scope.
    class [[nodiscard]] Scope {
    public:
        explicit Scope(Cancellation* owner)
            : m_owner(owner) {}
        ~Scope() {
            if (m_owner)
                m_owner->clearInterrupt();
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Cancellation* m_owner;
    };

    static std::shared_ptr<Cancellation> create() { return std::make_shared<Cancellation>(); }

    // Sets the flag and runs the current interrupt, at most once.
    void cancel() {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_cancelled.exchange(true))
            return;
        if (m_interrupt)
            m_interrupt();
    }
    bool cancelled() const { return m_cancelled.load(); }

    // What stops the current step; run at once when the job is already cancelled. One at a
    // time: the last one registered wins until its scope ends.
    Scope interruptWith(std::function<void()> interrupt) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_interrupt = std::move(interrupt);
        if (m_cancelled.load() && m_interrupt)
            m_interrupt();
        return Scope(this);
    }

    // ErrorCode::Cancelled, for a job that stops between steps.
    static Error error();

    // cancelled() of a possibly null pointer (a job without a caller that can cancel it).
    static bool isCancelled(const std::shared_ptr<Cancellation>& c) { return c && c->cancelled(); }
    // interruptWith() on a possibly null pointer (then a scope that does nothing).
    static Scope interrupt(const std::shared_ptr<Cancellation>& c, std::function<void()> f) {
        return c ? c->interruptWith(std::move(f)) : Scope(nullptr);
    }

private:
    void clearInterrupt() {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_interrupt = nullptr;
    }

    std::mutex m_mutex;
    std::atomic<bool> m_cancelled{false};
    std::function<void()> m_interrupt;
};

} // namespace strata
