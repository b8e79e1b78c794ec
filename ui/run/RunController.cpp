#include "run/RunController.h"

#include <QPointer>

namespace strata {

RunController::RunController(RunSourceFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory)) {
    m_pool.setMaxThreadCount(1); // one run at a time, never waiting behind other work
    qRegisterMetaType<strata::RunEvent>("strata::RunEvent");
    qRegisterMetaType<strata::PlannedRun>("strata::PlannedRun");
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
    std::shared_ptr<RunSource> source(m_factory());
    if (!source)
        return false;
    m_source = source;
    m_running = true;
    m_succeeded = false;
    emit started(request);
    QPointer<RunController> self(this);
    m_handle = async(
        this,
        [self, source, request](const CancelToken& token) {
            // The token is cancelled when the controller goes away: the run stops too.
            token.onCancel([source] { source->cancel(); });
            source->run(request, [self](const RunEvent& e) {
                // Queued: the GUI thread receives the events in order, before finished().
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
            token.onCancel({});
        },
        [this] {
            m_running = false;
            m_source.reset();
            emit finished(m_succeeded);
        },
        &m_pool);
    return true;
}

void RunController::cancel() {
    // RunSource::cancel directly, not the token: a cancelled run still ends with its last
    // events and finished(), which async() skips for cancelled work.
    if (m_source)
        m_source->cancel();
}

void RunController::waitForFinished() {
    m_pool.waitForDone();
}

} // namespace strata
