#include "InterruptCanceller.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace strata::cli {

namespace {

int g_writeFd = -1;

void onSignal(int signal) {
    if (g_writeFd >= 0) {
        const char c = char(signal);
        [[maybe_unused]] const ssize_t n = write(g_writeFd, &c, 1);
    }
}

} // namespace

InterruptCanceller::InterruptCanceller(std::function<void()> cancel)
    : m_cancel(std::move(cancel)) {
    if (pipe(m_pipe) != 0)
        return;
    fcntl(m_pipe[1], F_SETFL, O_NONBLOCK);
    g_writeFd = m_pipe[1];
    struct sigaction action {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    m_thread = std::thread([this] {
        char c = 0;
        while (read(m_pipe[0], &c, 1) == 1) {
            if (c == 0)
                return; // the destructor's wake-up
            m_cancel();
        }
    });
}

InterruptCanceller::~InterruptCanceller() {
    if (m_pipe[1] < 0)
        return;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    g_writeFd = -1;
    const char zero = 0;
    [[maybe_unused]] const ssize_t n = write(m_pipe[1], &zero, 1);
    if (m_thread.joinable())
        m_thread.join();
    close(m_pipe[0]);
    close(m_pipe[1]);
}

} // namespace strata::cli
