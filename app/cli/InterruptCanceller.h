#pragma once

#include <functional>
#include <thread>

namespace strata::cli {

// While it lives, SIGINT and SIGTERM call `cancel` (on a thread of its own: the signal handler
// only writes to a pipe), so Ctrl-C rolls the running revision back instead of killing us.
class InterruptCanceller {
public:
    explicit InterruptCanceller(std::function<void()> cancel);
    ~InterruptCanceller();
    InterruptCanceller(const InterruptCanceller&) = delete;
    InterruptCanceller& operator=(const InterruptCanceller&) = delete;

private:
    std::function<void()> m_cancel;
    int m_pipe[2] = {-1, -1};
    std::thread m_thread;
};

} // namespace strata::cli
