#pragma once

#include "config/Environment.h"
#include "runner/RunEvent.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace strata {

// While a CREATE INDEX runs on the runner's connection, polls pg_stat_progress_create_index for
// that backend on a side connection of its own (EnvironmentConnector, ConnectionPurpose::Progress;
// every `intervalMs`) and reports Progress events
// (progress 0..1 when it can be computed, message = the phase, the access method's own phase
// included: pgvector's HNSW build reports "building index: loading tuples" and the tuples it has
// inserted, but no tuple total). The side connection is only
// opened once the statement has run for one interval, so quick statements cost nothing.
// Stops and joins its thread in the destructor.
class IndexProgressMonitor {
public:
    IndexProgressMonitor(Environment environment, int backendPid,
                         std::function<void(RunEvent)> report, int intervalMs = 500);
    ~IndexProgressMonitor();
    IndexProgressMonitor(const IndexProgressMonitor&) = delete;
    IndexProgressMonitor& operator=(const IndexProgressMonitor&) = delete;

    // progress from a row of pg_stat_progress_create_index (blocks first, then tuples, then
    // partitions); -1 when nothing is known yet. Exposed for tests.
    static double fraction(qint64 blocksDone, qint64 blocksTotal, qint64 tuplesDone,
                           qint64 tuplesTotal, qint64 partitionsDone, qint64 partitionsTotal);

    // The event's message: the phase, with the tuples done when the server gives no total (an
    // HNSW build), e.g. "building index: loading tuples, 2999 tuples". Exposed for tests.
    static QString message(const QString& phase, qint64 tuplesDone, qint64 tuplesTotal);

private:
    void loop();

    Environment m_environment;
    int m_pid = 0;
    std::function<void(RunEvent)> m_report;
    int m_intervalMs = 500;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace strata
