#pragma once

#include "common/Async.h"
#include "run/PlannedRun.h"
#include "run/RunSource.h"
#include "runner/RunEvent.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace strata {

// Runs one PlannedRun at a time on a worker thread through strata::async() (its RunSource opens
// its own connection); events reach the GUI thread through queued calls, in order. Cancel works
// from the GUI at any time; destroying the controller cancels the run through the CancelToken.
class RunController : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(RunSourceFactory factory, QObject* parent = nullptr);
    ~RunController() override;

    void setFactory(RunSourceFactory factory) { m_factory = std::move(factory); }
    bool isRunning() const { return m_running; }
    // False (and nothing starts) while a run is under way: one run at a time.
    bool start(const PlannedRun& request);
    void cancel();
    // Blocks until the current run's work has ended (tests, shutdown); finished() follows
    // through the event loop.
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
    AsyncHandle m_handle;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace strata
