#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

struct pg_cancel;

namespace strata {

// Cancels the statement running on a Connection, from any thread (PQcancel). Obtained from
// Connection::canceller(); stays safe to call after the connection is gone (it then reports
// that there is nothing to cancel). Thread-safe.
class Canceller {
public:
    ~Canceller();
    Canceller(const Canceller&) = delete;
    Canceller& operator=(const Canceller&) = delete;

    // Asks the server to cancel the running statement. False (and a one-line reason in
    // *errorOut) when the request could not be sent. A statement that was cancelled fails with
    // SQLSTATE 57014 and ErrorCode::Cancelled.
    bool cancel(QString* errorOut = nullptr);

    // Whether cancel() was called since the connection last reset the flag (at each statement).
    bool wasRequested() const { return m_requested.load(); }

private:
    friend class Connection;
    explicit Canceller(pg_cancel* cancel);
    void invalidate();
    void resetRequested() { m_requested.store(false); }

    mutable std::mutex m_mutex;
    pg_cancel* m_cancel = nullptr; // owned (PQfreeCancel); null once the connection closed
    std::atomic<bool> m_requested{false};
};

} // namespace strata
