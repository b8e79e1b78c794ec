#pragma once

#include "Result.h"
#include "common/Async.h"
#include "history/HistorySource.h"
#include "runner/HistoryTable.h"

#include <QList>
#include <QObject>

#include <optional>

namespace strata {

// One history row and the environment (index into the pager's sources) it was read from.
struct HistoryItem {
    HistoryRow row;
    int source = 0;
};

// Reads the history of one or several environments page by page, off the GUI thread (one
// strata::async() read per environment and page, each on its own connection through
// EnvironmentConnector), filtered in SQL. The first read of each environment also counts its
// rows, so total() is the real number of matching rows long before they are all loaded. Rows
// come out newest first, the environments' pages merged by start time: a row is handed out only
// when no environment still being read can hold a newer one.
class HistoryPager : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPager)

public:
    explicit HistoryPager(QObject* parent = nullptr);
    ~HistoryPager() override;

    // Starts over with `sources` and `filter` (the reads in flight are dropped); reads the first
    // page of each source.
    void start(const QList<HistorySource>& sources, const HistoryFilter& filter);
    void clear();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    const QList<HistorySource>& sources() const { return m_sources; }
    const HistoryFilter& filter() const { return m_filter; }
    // Whether rows remain to be handed out (read or not yet read).
    bool canFetchMore() const;
    // Reads the next page of each source that needs one (nothing while those are in flight).
    void fetchMore();
    bool isBusy() const { return m_inFlight > 0; }
    // The number of matching rows of every source (-1 until every source was counted; the
    // sources that cannot be read count 0).
    qint64 total() const;
    qint64 delivered() const { return m_delivered; }
    // The environments that could not be read: "name: error".
    QStringList errors() const;

signals:
    // Newest first, following the rows handed out before.
    void rowsReady(const QList<strata::HistoryItem>& items);
    // start() or clear(): the rows handed out so far are void.
    void restarted();
    // The total, the errors or isBusy() changed.
    void stateChanged();

private:
    struct Page {
        quint64 generation = 0;
        int source = 0;
        qint64 total = -1; // counted on the first page
        QList<HistoryRow> rows;
        std::optional<Error> error;
    };
    struct State {
        qint64 total = -1;
        qint64 read = 0; // rows read from the database so far
        QList<HistoryRow> buffer;
        bool inFlight = false;
        std::optional<Error> error;
        bool exhausted() const { return error.has_value() || (total >= 0 && read >= total); }
    };

    void request(int source);
    void received(const Page& page);
    void drain();

    QList<HistorySource> m_sources;
    QList<State> m_states;
    HistoryFilter m_filter;
    QList<AsyncHandle> m_reads;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    int m_pageSize = 200;
    qint64 m_delivered = 0;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::HistoryItem)
