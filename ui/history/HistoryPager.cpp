#include "history/HistoryPager.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"

namespace strata {

namespace {

constexpr int kConnectTimeoutSeconds = 5;

// Whether `a` comes before `b` in the merged history: newer first, then by environment order,
// then newer id.
bool before(const HistoryRow& a, int sourceA, const HistoryRow& b, int sourceB) {
    if (a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    if (sourceA != sourceB)
        return sourceA < sourceB;
    return a.id > b.id;
}

} // namespace

HistoryPager::HistoryPager(QObject* parent)
    : QObject(parent) {}

HistoryPager::~HistoryPager() {
    for (const AsyncHandle& read : std::as_const(m_reads))
        read.cancel();
}

void HistoryPager::clear() {
    start({}, {});
}

void HistoryPager::start(const QList<HistorySource>& sources, const HistoryFilter& filter) {
    for (const AsyncHandle& read : std::as_const(m_reads))
        read.cancel();
    m_reads.clear();
    ++m_generation;
    m_inFlight = 0;
    m_delivered = 0;
    m_sources = sources;
    m_filter = filter;
    m_states = QList<State>(sources.size());
    emit restarted();
    for (int i = 0; i < m_sources.size(); ++i)
        request(i);
    emit stateChanged();
}

bool HistoryPager::canFetchMore() const {
    for (const State& state : m_states)
        if (!state.exhausted() || !state.buffer.isEmpty())
            return true;
    return false;
}

void HistoryPager::fetchMore() {
    for (int i = 0; i < m_states.size(); ++i) {
        const State& state = m_states.at(i);
        if (!state.inFlight && !state.exhausted() && state.buffer.isEmpty())
            request(i);
    }
}

qint64 HistoryPager::total() const {
    qint64 sum = 0;
    for (const State& state : m_states) {
        if (state.error)
            continue;
        if (state.total < 0)
            return -1;
        sum += state.total;
    }
    return sum;
}

QStringList HistoryPager::errors() const {
    QStringList out;
    for (int i = 0; i < m_states.size(); ++i)
        if (m_states.at(i).error)
            out << QStringLiteral("%1: %2").arg(m_sources.at(i).name,
                                                m_states.at(i).error->message);
    return out;
}

void HistoryPager::request(int source) {
    m_reads.removeIf([](const AsyncHandle& read) { return !read.isRunning(); });
    State& state = m_states[source];
    state.inFlight = true;
    ++m_inFlight;
    const quint64 generation = m_generation;
    const HistorySource where = m_sources.at(source);
    const HistoryFilter filter = m_filter;
    const bool count = state.total < 0;
    const qint64 offset = state.read;
    const int limit = m_pageSize;
    m_reads << async(
        this,
        [=](const CancelToken& token) {
            Page page;
            page.generation = generation;
            page.source = source;
            if (token.cancelled())
                return page;
            auto opened = EnvironmentConnector::open(where.environment, ConnectionPurpose::Status,
                                                     kConnectTimeoutSeconds);
            if (!opened) {
                page.error = opened.error();
                return page;
            }
            Connection& conn = **opened;
            const HistoryTable table = where.historyTable();
            if (count) {
                Result<qint64> total = table.count(conn, filter);
                if (!total) {
                    page.error = total.error();
                    return page;
                }
                page.total = *total;
            }
            Result<QList<HistoryRow>> rows = table.page(conn, filter, offset, limit);
            if (!rows)
                page.error = rows.error();
            else
                page.rows = std::move(rows).value();
            return page;
        },
        [this](const Page& page) { received(page); });
}

void HistoryPager::received(const Page& page) {
    if (page.generation != m_generation || page.source >= m_states.size())
        return;
    --m_inFlight;
    State& state = m_states[page.source];
    state.inFlight = false;
    if (page.error) {
        state.error = page.error;
    } else {
        if (page.total >= 0)
            state.total = page.total;
        state.read += page.rows.size();
        state.buffer += page.rows;
        if (page.rows.isEmpty())
            state.total = state.read; // the table shrank meanwhile: nothing more to read
    }
    drain();
    emit stateChanged();
}

void HistoryPager::drain() {
    QList<HistoryItem> out;
    for (;;) {
        int best = -1;
        bool blocked = false;
        for (int i = 0; i < m_states.size(); ++i) {
            const State& state = m_states.at(i);
            if (state.buffer.isEmpty()) {
                blocked |= !state.exhausted(); // it may still hold a newer row
                continue;
            }
            if (best < 0 ||
                before(state.buffer.constFirst(), i, m_states.at(best).buffer.constFirst(), best))
                best = i;
        }
        if (blocked || best < 0)
            break;
        out << HistoryItem{m_states[best].buffer.takeFirst(), best};
    }
    if (out.isEmpty())
        return;
    m_delivered += out.size();
    emit rowsReady(out);
}

} // namespace strata
