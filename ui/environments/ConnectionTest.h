#pragma once

#include "common/Async.h"
#include "config/Environment.h"

#include <QObject>

namespace strata {

// Environments ▸ Test Connection: opens one connection to an environment off the GUI thread
// (EnvironmentConnector: ${VAR} expanded, the typed password beside the URL, the connect
// timeout), and tells the server's version or the one-line error. Cancellable: a cancelled
// test reports nothing.
class ConnectionTest : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const Environment& environment, int connectTimeoutSeconds = 10);
    void cancel();
    bool isRunning() const { return m_work.isRunning(); }

signals:
    // ok: `text` is "PostgreSQL 15.4 (Debian ...)"; else the error (names the environment,
    // never a password).
    void finished(bool ok, const QString& text);

private:
    AsyncHandle m_work;
    quint64 m_generation = 0;
};

} // namespace strata
