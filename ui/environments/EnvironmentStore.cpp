#include "environments/EnvironmentStore.h"

#include "Project.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace strata {

namespace {

// Status reads get threads of their own: a host that drops packets holds its thread until the
// connect timeout, and must delay neither the other environments nor a run (the global pool
// has only as many threads as cores).
QThreadPool* statusPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

} // namespace

EnvironmentStore::EnvironmentStore(std::shared_ptr<const StatusSource> source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source)) {
    qRegisterMetaType<strata::EnvironmentState>("strata::EnvironmentState");
}

EnvironmentStore::~EnvironmentStore() = default;

void EnvironmentStore::setProject(std::shared_ptr<const Project> project) {
    m_project = std::move(project);
    ++m_generation;
    m_pending = 0;
    m_states.clear();
    if (m_project)
        for (const Environment& env : m_project->config().environments())
            m_states << stateFromConfig(env);
    emit statesReset();
}

int EnvironmentStore::indexOf(const QString& name) const {
    for (int i = 0; i < m_states.size(); ++i)
        if (m_states[i].name == name)
            return i;
    return -1;
}

const EnvironmentState* EnvironmentStore::state(const QString& name) const {
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_states[i];
}

void EnvironmentStore::refresh() {
    if (!m_project)
        return;
    ++m_generation;
    m_pending = 0;
    for (int i = 0; i < m_states.size(); ++i)
        start(i);
    if (m_pending == 0)
        emit refreshFinished();
}

void EnvironmentStore::refreshOne(const QString& name) {
    const int i = indexOf(name);
    if (i >= 0)
        start(i);
}

void EnvironmentStore::start(int index) {
    const Environment* env = m_project->config().environment(m_states[index].name);
    if (!env || !m_source)
        return;
    ++m_pending;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<EnvironmentState>(this);
    connect(watcher, &QFutureWatcher<EnvironmentState>::finished, this,
            [this, watcher, index, generation] {
                watcher->deleteLater();
                if (generation != m_generation || index >= m_states.size())
                    return; // a result for a project or refresh that is gone
                const QString drift = m_states[index].drift;
                const QString driftToolTip = m_states[index].driftToolTip;
                m_states[index] = watcher->result();
                m_states[index].drift = drift;
                m_states[index].driftToolTip = driftToolTip;
                if (const Environment* config =
                        m_project->config().environment(m_states[index].name))
                    m_states[index].displayUrl =
                        config->displayUrl(); // as written, never the typed password
                --m_pending;
                emit stateChanged(index);
                if (m_pending == 0)
                    emit refreshFinished();
            });
    std::shared_ptr<const Project> project = m_project;
    std::shared_ptr<const StatusSource> source = m_source;
    const Environment environment = m_filter ? m_filter(*env) : *env;
    watcher->setFuture(QtConcurrent::run(statusPool(), [project, source, environment] {
        return source->read(*project, environment);
    }));
}

void EnvironmentStore::setDrift(const QString& name, const QString& text, const QString& toolTip) {
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states[i].name != name)
            continue;
        m_states[i].drift = text;
        m_states[i].driftToolTip = toolTip;
        emit stateChanged(i);
    }
}

} // namespace strata
