#pragma once

#include "common/Async.h"
#include "groups/GroupEntry.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace strata {

class Project;

// The project's groups, read in the background: per group one strata::async() task resolves
// the members (a discovered group runs its query) and reads their statuses, a few at a time
// (GroupStatus::read); compareWithExpected() compares every member with its expected schema
// (GroupDrift). Results reach the GUI thread one group at a time; nothing here touches a
// database on the GUI thread.
class GroupStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupStore)

public:
    static constexpr int kJobs = 8; // connections at once per group read

    explicit GroupStore(QObject* parent = nullptr);
    ~GroupStore() override;

    void setProject(std::shared_ptr<const Project> project);
    // The same groups, a newer graph: the statuses are compared with it again; nothing is read.
    void updateProject(std::shared_ptr<const Project> project);
    std::shared_ptr<const Project> project() const { return m_project; }
    // Applied to static members before they are read (passwords typed in the studio).
    void setEnvironmentFilter(std::function<Environment(const Environment&)> filter) {
        m_filter = std::move(filter);
    }
    const QList<GroupEntry>& entries() const { return m_entries; }
    int indexOf(const QString& group) const;
    // The members of a group as a run needs them (typed passwords applied to static members).
    QList<Environment> membersForRun(int index) const;

public slots:
    void refresh();
    void refreshOne(int index);
    void compareWithExpected(int index);

signals:
    void entriesReset();
    void entryChanged(int index);

private:
    void cancelAll();

    std::shared_ptr<const Project> m_project;
    std::function<Environment(const Environment&)> m_filter;
    QList<GroupEntry> m_entries;
    QList<AsyncHandle> m_tasks;
    quint64 m_generation = 0;
};

} // namespace strata
