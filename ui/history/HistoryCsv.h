#pragma once

#include "Result.h"
#include "history/HistoryPager.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// History rows as CSV (RFC 4180: comma-separated, CRLF line ends, a field holding a comma, a
// quote or a line break in double quotes with its quotes doubled). The columns are the rows'
// own fields and the environment's name: nothing of its URL or password.
namespace HistoryCsv {
QString field(const QString& value);
QString header();
QString line(const HistoryRow& row, const QString& environment);
// `items` with their environments' names (`names` by source index), the header first.
QString document(const QList<HistoryItem>& items, const QStringList& names);
// Writes `text` (UTF-8) to `path` atomically (QSaveFile).
Result<void> write(const QString& path, const QString& text);
} // namespace HistoryCsv

} // namespace strata
