#pragma once

#include "run/PlannedRun.h"
#include "run/RunSource.h"
#include "runner/RunEvent.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace strata {

// Runs one PlannedRun at a time on a worker thread (its RunSource opens its own connection);
// events reach the GUI thread through queued signals. Cancel works from the GUI at any time.
class RunController : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(RunSourceFactory factory, QObject* parent = nullptr);
    ~RunController() override;

    void setFactory(RunSourceFactory factory) { m_factory = std::move(factory); }
    bool isRunning() const { return m_running; }
    // False while a run is under way.
    bool start(const PlannedRun& request);
    void cancel();
    // Blocks until the current run has ended (tests, shutdown).
    void waitForFinished();
    // True when the runs change databases (false: dry runs).
    bool executes() const;

signals:
    void started(const strata::PlannedRun& request);
    void event(const strata::RunEvent& event);
    void finished(bool succeeded);

private:
    RunSourceFactory m_factory;
    std::shared_ptr<RunSource> m_source;
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace strata
