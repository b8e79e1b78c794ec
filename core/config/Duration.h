#pragma once

#include "Result.h"

#include <QString>

namespace strata {

// Parses a duration as written in strata.toml (lock_timeout, statement_timeout) into
// milliseconds, the unit PostgreSQL uses for those settings.
//
// Accepted: "0" (none), a bare integer ("500" = 500 ms, as in postgresql.conf), or one or more
// number+unit pairs ("500ms", "5s", "1.5s", "2min", "1h", "1h30min", "5 s"). Units, case
// insensitive: ms; s, sec, second(s); m, min, minute(s); h, hour(s); d, day(s). Fractions are
// rounded to the nearest millisecond. The result is at most INT_MAX (PostgreSQL's limit).
// Errors (ErrorCode::Config) name the text and the accepted forms.
Result<qint64> parseDurationMs(const QString& text);

// The inverse for display: 0 -> "0", 1500 -> "1500ms", 5000 -> "5s", 120000 -> "2min",
// 3600000 -> "1h" (the largest unit that divides exactly).
QString formatDurationMs(qint64 ms);

} // namespace strata
