#include "groups/GroupStore.h"

#include "Project.h"
#include "drift/DriftCheck.h"
#include "fleet/GroupMembers.h"

#include <QThreadPool>

namespace strata {

namespace {

// Group reads wait on the network (a member may be unreachable): threads of their own, not
// the global pool's few.
QThreadPool* groupPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

struct GroupRead {
    Error error;
    QStringList warnings;
    QList<Environment> members;
    GroupStatus status;
};

} // namespace

GroupStore::GroupStore(QObject* parent)
    : QObject(parent) {}

GroupStore::~GroupStore() {
    cancelAll();
}

void GroupStore::cancelAll() {
    for (const AsyncHandle& t : std::as_const(m_tasks))
        t.cancel();
    m_tasks.clear();
}

void GroupStore::setProject(std::shared_ptr<const Project> project) {
    cancelAll();
    ++m_generation;
    m_project = std::move(project);
    m_entries.clear();
    if (m_project)
        for (const EnvironmentGroup& g : m_project->config().groups()) {
            GroupEntry e;
            e.group = g;
            m_entries << e;
        }
    emit entriesReset();
}

void GroupStore::updateProject(std::shared_ptr<const Project> project) {
    if (!project || !m_project || project->config().groups().size() != m_entries.size()) {
        setProject(std::move(project));
        refresh();
        return;
    }
    m_project = std::move(project);
    for (int i = 0; i < m_entries.size(); ++i) {
        for (EnvironmentStatus& s : m_entries[i].status.members)
            if (s.reachable)
                s.compareWith(*m_project);
        m_entries[i].status.recount();
        emit entryChanged(i);
    }
}

int GroupStore::indexOf(const QString& group) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].group.name == group)
            return i;
    return -1;
}

QList<Environment> GroupStore::membersForRun(int index) const {
    if (index < 0 || index >= m_entries.size())
        return {};
    QList<Environment> members = m_entries[index].members;
    if (m_filter && !m_entries[index].group.isDiscovered())
        for (Environment& m : members)
            m = m_filter(m);
    return members;
}

void GroupStore::refresh() {
    for (int i = 0; i < m_entries.size(); ++i)
        refreshOne(i);
}

void GroupStore::refreshOne(int index) {
    if (!m_project || index < 0 || index >= m_entries.size() || m_entries[index].loading)
        return;
    m_entries[index].loading = true;
    emit entryChanged(index);
    const std::shared_ptr<const Project> project = m_project;
    const EnvironmentGroup group = m_entries[index].group;
    const auto filter = m_filter;
    const quint64 generation = m_generation;
    m_tasks << async(
        this,
        [project, group, filter](const CancelToken&) {
            GroupRead r;
            Result<GroupMembers> resolved = GroupMembers::resolve(project->config(), group, 5);
            if (!resolved) {
                r.error = resolved.error();
                return r;
            }
            r.warnings = resolved->warnings;
            for (const Environment& m : resolved->members)
                r.members << (filter && !group.isDiscovered() ? filter(m) : m);
            r.status = GroupStatus::read(*project, group.name, r.members, kJobs, 5);
            for (Environment& m : r.members)
                m.password.clear(); // kept for runs without it: never stored
            return r;
        },
        [this, index, generation](GroupRead r) {
            if (generation != m_generation || index >= m_entries.size())
                return;
            GroupEntry& e = m_entries[index];
            e.loading = false;
            e.loaded = true;
            e.error = r.error;
            e.warnings = r.warnings;
            e.members = r.members;
            e.status = r.status;
            emit entryChanged(index);
        },
        groupPool());
}

void GroupStore::compareWithExpected(int index) {
    if (!m_project || index < 0 || index >= m_entries.size() || m_entries[index].comparing ||
        m_entries[index].members.isEmpty())
        return;
    m_entries[index].comparing = true;
    emit entryChanged(index);
    const std::shared_ptr<const Project> project = m_project;
    const QList<Environment> members = membersForRun(index);
    const quint64 generation = m_generation;
    m_tasks << async(
        this,
        [project, members](const CancelToken& token) {
            const std::shared_ptr<Cancellation> cancellation = Cancellation::create();
            token.onCancel([cancellation] { cancellation->cancel(); });
            return GroupDrift::compare(*project, members, DriftCheck::optionsFor(*project), 4, {},
                                       cancellation);
        },
        [this, index, generation](QList<MemberDrift> drift) {
            if (generation != m_generation || index >= m_entries.size())
                return;
            GroupEntry& e = m_entries[index];
            e.comparing = false;
            e.comparedAt = QDateTime::currentDateTime();
            e.drift.clear();
            for (const MemberDrift& m : drift)
                e.drift.insert(m.member, m);
            e.driftSummary = GroupDrift::summary(drift);
            emit entryChanged(index);
        },
        groupPool());
}

} // namespace strata
