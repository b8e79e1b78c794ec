#pragma once

#include "common/Async.h"
#include "runner/HistoryTable.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace strata {

class ProjectSession;

// When and by whom a revision was last applied to an environment, however old: one small query
// (HistoryTable::lastApplied) per environment and revision, off the GUI thread through
// EnvironmentConnector, remembered until the environment's newest history row changes.
class LastAppliedReader : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastAppliedReader)

public:
    explicit LastAppliedReader(QObject* parent = nullptr);
    ~LastAppliedReader() override;

    void setSession(ProjectSession* session);
    bool hasSession() const { return m_session != nullptr; }
    // The row when it was read for this `revision` of `environment` whose newest history row
    // is `lastRunId`; otherwise nullptr, and a read is started (updated() follows).
    const HistoryRow* row(const QString& environment, const QString& revision, qint64 lastRunId);
    // Whether that read finished (with or without a row).
    bool isRead(const QString& environment, const QString& revision, qint64 lastRunId) const;
    void clear();

signals:
    void updated();

private:
    struct Entry {
        QString revision;
        qint64 lastRunId = 0;
        bool done = false;
        std::optional<HistoryRow> row;
    };
    void request(const QString& environment, const QString& revision, qint64 lastRunId);

    ProjectSession* m_session = nullptr;
    QHash<QString, Entry> m_entries; // by environment
    QList<AsyncHandle> m_reads;
};

} // namespace strata
