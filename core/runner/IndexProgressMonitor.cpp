#include "IndexProgressMonitor.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"

#include <QCoreApplication>

#include <chrono>

namespace strata {

IndexProgressMonitor::IndexProgressMonitor(Environment environment, int backendPid,
                                           std::function<void(RunEvent)> report, int intervalMs)
    : m_environment(std::move(environment))
    , m_pid(backendPid)
    , m_report(std::move(report))
    , m_intervalMs(intervalMs) {
    m_thread = std::thread([this] { loop(); });
}

IndexProgressMonitor::~IndexProgressMonitor() {
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

double IndexProgressMonitor::fraction(qint64 blocksDone, qint64 blocksTotal, qint64 tuplesDone,
                                      qint64 tuplesTotal, qint64 partitionsDone,
                                      qint64 partitionsTotal) {
    if (partitionsTotal > 0)
        return qBound(0.0, double(partitionsDone) / double(partitionsTotal), 1.0);
    if (blocksTotal > 0 && blocksDone < blocksTotal)
        return qBound(0.0, double(blocksDone) / double(blocksTotal), 1.0);
    if (tuplesTotal > 0)
        return qBound(0.0, double(tuplesDone) / double(tuplesTotal), 1.0);
    if (blocksTotal > 0)
        return 1.0;
    return -1;
}

QString IndexProgressMonitor::message(const QString& phase, qint64 tuplesDone, qint64 tuplesTotal) {
    if (tuplesTotal > 0 || tuplesDone <= 0)
        return phase;
    return QCoreApplication::translate("strata", "%1, %2 tuples").arg(phase).arg(tuplesDone);
}

void IndexProgressMonitor::loop() {
    std::unique_ptr<Connection> conn;
    bool connectFailed = false;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                            [this] { return m_stop; });
            if (m_stop)
                return;
        }
        if (!conn) {
            if (connectFailed)
                continue;
            auto opened = EnvironmentConnector::open(m_environment, ConnectionPurpose::Progress, 5);
            if (!opened) {
                connectFailed = true; // progress is a nicety: never retry in a loop
                continue;
            }
            conn = std::move(opened).value();
        }
        auto r = conn->execParams(
            QStringLiteral("SELECT phase, blocks_done, blocks_total, tuples_done, tuples_total, "
                           "partitions_done, partitions_total, coalesce(relid::regclass::text, '') "
                           "FROM pg_catalog.pg_stat_progress_create_index WHERE pid = $1::integer"),
            {QString::number(m_pid)});
        if (!r || r->rowCount() == 0)
            continue;
        RunEvent event;
        event.kind = RunEvent::Kind::Progress;
        event.message =
            message(r->value(0, 0), r->value(0, 3).toLongLong(), r->value(0, 4).toLongLong());
        event.progress = fraction(r->value(0, 1).toLongLong(), r->value(0, 2).toLongLong(),
                                  r->value(0, 3).toLongLong(), r->value(0, 4).toLongLong(),
                                  r->value(0, 5).toLongLong(), r->value(0, 6).toLongLong());
        event.detail = r->value(0, 7);
        {
            std::lock_guard<std::mutex> guard(m_mutex);
            if (m_stop)
                return;
        }
        m_report(event);
    }
}

} // namespace strata
