#pragma once

#include <QDateTime>
#include <QString>

namespace strata {

struct HistoryRow;

// How the studio writes history rows: times, durations, who ran a step, a step in one line.
namespace HistoryFormat {
QString when(const QDateTime& time);  // local "yyyy-MM-dd HH:mm:ss", empty when invalid
QString duration(qint64 ms);          // "850 ms", "1.2 s", empty when unknown
QString who(const HistoryRow& row);   // "alice@host", else the database user
QString error(const HistoryRow& row); // message [SQLSTATE] (resolved: ...)
// The row's status and direction in the user's language (the table keeps them in English).
QString status(const HistoryRow& row);
QString direction(const QString& direction);
// "succeeded upgrade 0004, 2026-11-24 10:00 by alice@host"
QString lastRun(const HistoryRow& row);
// "upgrade 0004 failed at 2026-11-24 10:00:00 (resolve it first)"
QString dirty(const HistoryRow& row);
} // namespace HistoryFormat

} // namespace strata
