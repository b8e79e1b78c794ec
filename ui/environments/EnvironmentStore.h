#pragma once

#include "common/Async.h"
#include "environments/EnvironmentEntry.h"
#include "environments/StatusSource.h"

#include "config/Environment.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace strata {

class Project;

// The environments' statuses, refreshed in the background: one strata::async() task per
// environment, all at once, each result delivered to the GUI thread on its own (a slow or
// unreachable environment delays only its own card). Models and views read from here; nothing
// here touches a database on the GUI thread.
class EnvironmentStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentStore)

public:
    explicit EnvironmentStore(std::shared_ptr<const StatusSource> source,
                              QObject* parent = nullptr);
    ~EnvironmentStore() override;

    void setSource(std::shared_ptr<const StatusSource> source) { m_source = std::move(source); }
    // A new project: every entry starts over from strata.toml (then refresh()).
    void setProject(std::shared_ptr<const Project> project);
    // The same environments, a newer graph (a revision file was saved): the statuses are kept
    // and compared with the new graph and files (EnvironmentStatus::compareWith); nothing is
    // read.
    void updateProject(std::shared_ptr<const Project> project);
    // Applied to each environment before it is read (passwords typed in the studio).
    void setEnvironmentFilter(std::function<Environment(const Environment&)> filter) {
        m_filter = std::move(filter);
    }
    const QList<EnvironmentEntry>& entries() const { return m_entries; }
    int indexOf(const QString& name) const;
    const EnvironmentEntry* entry(const QString& name) const;
    int pendingReads() const { return m_pending; }

public slots:
    // Reads every environment again (in the background).
    void refresh();
    void refreshOne(const QString& name);
    // The drift badge of an environment (kept across refreshes until replaced): `differences`
    // found (-1: it could not be computed; `toolTip` says why).
    void setDrift(const QString& name, const QString& text, const QString& toolTip,
                  int differences = -1);
    // A comparison with the expected schema finished now with `differences` (-1: it failed):
    // kept for the plan dialog's pre-flight ("from the last comparison at 14:02").
    void recordDriftComparison(const QString& name, int differences);

signals:
    void entryChanged(int index);
    void entriesReset();
    void refreshFinished();

private:
    void start(int index);
    void cancelReads();

    std::shared_ptr<const StatusSource> m_source;
    std::shared_ptr<const Project> m_project;
    std::function<Environment(const Environment&)> m_filter;
    QList<EnvironmentEntry> m_entries;
    QList<AsyncHandle> m_reads;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace strata
