#pragma once

#include "history/HistoryPager.h"

#include <QObject>

namespace strata {

// Exports every row a filter lets through (not only the loaded ones) to a CSV file: reads them
// page by page off the GUI thread (its own HistoryPager, large pages), then writes the file with
// QSaveFile (HistoryCsv).
class HistoryExporter : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExporter)

public:
    explicit HistoryExporter(QObject* parent = nullptr);

    void start(const QList<HistorySource>& sources, const HistoryFilter& filter,
               const QString& path);
    bool isRunning() const { return m_running; }

signals:
    // `error` is empty when the file was written.
    void finished(const QString& path, qint64 rows, const QString& error);

private:
    void advance();

    HistoryPager* m_pager;
    QList<HistoryItem> m_items;
    QString m_path;
    bool m_running = false;
};

} // namespace strata
