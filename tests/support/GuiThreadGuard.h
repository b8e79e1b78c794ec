#pragma once

#include "db/Connection.h"

#include <QThread>

namespace strata::test {

// The GUI tests' half of "no database work on the GUI thread": after
// forbidGuiThreadConnections() (in initTestCase), a connection opened on the test's main
// thread aborts the test with a message (CTest sets STRATA_THREAD_CHECKS=1 for the GUI tests,
// so this holds in release builds too), exactly as in strata-studio.
inline void forbidGuiThreadConnections() {
    Connection::forbidThread(QThread::currentThread());
}

// The test's own database work (creating and dropping its databases, checking what a run
// did) is allowed on the main thread inside this scope; the studio's event loop does not run
// there, so the studio cannot slip a connection in meanwhile.
class TestConnectionsAllowed {
public:
    TestConnectionsAllowed() { Connection::forbidThread(nullptr); }
    ~TestConnectionsAllowed() { Connection::forbidThread(QThread::currentThread()); }
    TestConnectionsAllowed(const TestConnectionsAllowed&) = delete;
    TestConnectionsAllowed& operator=(const TestConnectionsAllowed&) = delete;
};

} // namespace strata::test
