#include "inspector/LastAppliedReader.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "history/HistorySource.h"

namespace strata {

namespace {
constexpr int kConnectTimeoutSeconds = 5;
}

LastAppliedReader::LastAppliedReader(QObject* parent)
    : QObject(parent) {}

LastAppliedReader::~LastAppliedReader() {
    clear();
}

void LastAppliedReader::setSession(ProjectSession* session) {
    m_session = session;
    clear();
}

void LastAppliedReader::clear() {
    for (const AsyncHandle& read : std::as_const(m_reads))
        read.cancel();
    m_reads.clear();
    m_entries.clear();
}

const HistoryRow* LastAppliedReader::row(const QString& environment, const QString& revision,
                                         qint64 lastRunId) {
    auto it = m_entries.find(environment);
    if (it == m_entries.end() || it->revision != revision || it->lastRunId != lastRunId) {
        request(environment, revision, lastRunId);
        return nullptr;
    }
    return it->row ? &*it->row : nullptr;
}

bool LastAppliedReader::isRead(const QString& environment, const QString& revision,
                               qint64 lastRunId) const {
    auto it = m_entries.constFind(environment);
    return it != m_entries.constEnd() && it->revision == revision && it->lastRunId == lastRunId &&
           it->done;
}

void LastAppliedReader::request(const QString& environment, const QString& revision,
                                qint64 lastRunId) {
    if (!m_session)
        return;
    const HistorySource source = HistorySource::named(*m_session, environment);
    if (source.name.isEmpty())
        return;
    m_entries.insert(environment, Entry{revision, lastRunId, false, std::nullopt});
    m_reads.removeIf([](const AsyncHandle& read) { return !read.isRunning(); });
    m_reads << async(
        this,
        [source, revision](const CancelToken& token) -> std::optional<HistoryRow> {
            if (token.cancelled())
                return std::nullopt;
            auto opened = EnvironmentConnector::open(source.environment, ConnectionPurpose::Status,
                                                     kConnectTimeoutSeconds);
            if (!opened)
                return std::nullopt;
            auto row = source.historyTable().lastApplied(**opened, revision);
            return row ? *row : std::nullopt;
        },
        [this, environment, revision, lastRunId](const std::optional<HistoryRow>& row) {
            auto it = m_entries.find(environment);
            if (it == m_entries.end() || it->revision != revision || it->lastRunId != lastRunId)
                return; // asked again meanwhile
            it->done = true;
            it->row = row;
            emit updated();
        });
}

} // namespace strata
