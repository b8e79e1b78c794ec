#include "run/RunController.h"

#include <QPointer>
#include <QtConcurrent>

namespace strata {

RunController::RunController(RunSourceFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory)) {
    m_pool.setMaxThreadCount(1); // one run at a time, never waiting behind other work
    qRegisterMetaType<strata::RunEvent>("strata::RunEvent");
    qRegisterMetaType<strata::PlannedRun>("strata::PlannedRun");
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_running = false;
        m_source.reset();
        emit finished(m_succeeded);
    });
}

RunController::~RunController() {
    cancel();
    waitForFinished();
}

bool RunController::executes() const {
    if (m_source)
        return m_source->executes();
    auto probe = m_factory ? m_factory() : nullptr;
    return probe && probe->executes();
}

bool RunController::start(const PlannedRun& request) {
    if (m_running || !m_factory)
        return false;
    m_source = std::shared_ptr<RunSource>(m_factory());
    if (!m_source)
        return false;
    m_running = true;
    m_succeeded = false;
    emit started(request);
    QPointer<RunController> self(this);
    std::shared_ptr<RunSource> source = m_source;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [self, source, request] {
        source->run(request, [self](const RunEvent& e) {
            // Queued: the GUI thread receives the events in order.
            QMetaObject::invokeMethod(
                self.data(),
                [self, e] {
                    if (!self)
                        return;
                    if (e.kind == RunEvent::Kind::RunFinished)
                        self->m_succeeded = true;
                    emit self->event(e);
                },
                Qt::QueuedConnection);
        });
    }));
    return true;
}

void RunController::cancel() {
    if (m_source)
        m_source->cancel();
}

void RunController::waitForFinished() {
    m_watcher.waitForFinished();
}

} // namespace strata
