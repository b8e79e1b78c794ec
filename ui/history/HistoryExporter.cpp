#include "history/HistoryExporter.h"

#include "history/HistoryCsv.h"

namespace strata {

namespace {
constexpr int kExportPage = 5000;
}

HistoryExporter::HistoryExporter(QObject* parent)
    : QObject(parent)
    , m_pager(new HistoryPager(this)) {
    m_pager->setPageSize(kExportPage);
    connect(m_pager, &HistoryPager::rowsReady, this,
            [this](const QList<HistoryItem>& items) { m_items += items; });
    connect(m_pager, &HistoryPager::stateChanged, this, &HistoryExporter::advance);
}

void HistoryExporter::start(const QList<HistorySource>& sources, const HistoryFilter& filter,
                            const QString& path) {
    m_items.clear();
    m_path = path;
    m_running = true;
    m_pager->start(sources, filter);
}

void HistoryExporter::advance() {
    if (!m_running || m_pager->isBusy())
        return;
    if (m_pager->canFetchMore()) {
        m_pager->fetchMore();
        return;
    }
    m_running = false;
    const QStringList errors = m_pager->errors();
    if (!errors.isEmpty()) {
        emit finished(m_path, 0, errors.join(QLatin1Char('\n')));
        return;
    }
    QStringList names;
    for (const HistorySource& source : m_pager->sources())
        names << source.name;
    const Result<void> written = HistoryCsv::write(m_path, HistoryCsv::document(m_items, names));
    const qint64 rows = m_items.size();
    m_items.clear();
    emit finished(m_path, written ? rows : 0, written ? QString() : written.error().message);
}

} // namespace strata
