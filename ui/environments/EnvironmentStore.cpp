#include "environments/EnvironmentStore.h"

#include "Project.h"

#include <QThreadPool>

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
    qRegisterMetaType<strata::EnvironmentEntry>("strata::EnvironmentEntry");
}

EnvironmentStore::~EnvironmentStore() {
    cancelReads();
}

void EnvironmentStore::cancelReads() {
    for (const AsyncHandle& read : std::as_const(m_reads))
        read.cancel();
    m_reads.clear();
}

void EnvironmentStore::setProject(std::shared_ptr<const Project> project) {
    cancelReads();
    m_project = std::move(project);
    ++m_generation;
    m_pending = 0;
    m_entries.clear();
    if (m_project)
        for (const Environment& env : m_project->config().environments())
            m_entries << EnvironmentEntry::fromConfig(env);
    emit entriesReset();
}

void EnvironmentStore::updateProject(std::shared_ptr<const Project> project) {
    if (!project || !m_project) {
        setProject(std::move(project));
        return;
    }
    m_project = std::move(project);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].loaded && m_entries[i].status.reachable)
            m_entries[i].status.compareWith(*m_project);
        emit entryChanged(i);
    }
}

int EnvironmentStore::indexOf(const QString& name) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].name == name)
            return i;
    return -1;
}

const EnvironmentEntry* EnvironmentStore::entry(const QString& name) const {
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_entries[i];
}

void EnvironmentStore::refresh() {
    if (!m_project)
        return;
    cancelReads();
    ++m_generation;
    m_pending = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        start(i);
    if (m_pending == 0)
        emit refreshFinished();
}

void EnvironmentStore::refreshOne(const QString& name) {
    const int i = indexOf(name);
    if (i >= 0 && m_project)
        start(i);
}

void EnvironmentStore::start(int index) {
    const Environment* env = m_project->config().environment(m_entries[index].name);
    if (!env || !m_source)
        return;
    ++m_pending;
    const quint64 generation = m_generation;
    std::shared_ptr<const Project> project = m_project;
    std::shared_ptr<const StatusSource> source = m_source;
    const Environment environment = m_filter ? m_filter(*env) : *env;
    m_reads << async(
        this,
        [project, source, environment](const CancelToken&) {
            return source->read(*project, environment);
        },
        [this, index, generation, displayUrl = env->displayUrl()](EnvironmentStatus status) {
            if (generation != m_generation || index >= m_entries.size())
                return; // a result for a project or refresh that is gone
            m_entries[index].status = std::move(status);
            m_entries[index].status.displayUrl = displayUrl; // as written, never a password
            m_entries[index].loaded = true;
            --m_pending;
            emit entryChanged(index);
            if (m_pending == 0)
                emit refreshFinished();
        },
        statusPool());
    // Forget the handles of the reads that are over.
    m_reads.removeIf([](const AsyncHandle& h) { return !h.isRunning(); });
}

void EnvironmentStore::setDrift(const QString& name, const QString& text, const QString& toolTip,
                                int differences) {
    const int i = indexOf(name);
    if (i < 0)
        return;
    m_entries[i].drift = text;
    m_entries[i].driftToolTip = toolTip;
    m_entries[i].driftBadgeDifferences = differences;
    emit entryChanged(i);
}

void EnvironmentStore::recordDriftComparison(const QString& name, int differences) {
    const int i = indexOf(name);
    if (i < 0)
        return;
    m_entries[i].driftComparedAt = QDateTime::currentDateTime();
    m_entries[i].driftDifferences = differences;
}

} // namespace strata
