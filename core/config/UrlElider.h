#pragma once

#include <QString>

#include <functional>

namespace strata {

// Shortens a (redacted) connection URL to fit a width, keeping what identifies the server:
// first the query and then the scheme are dropped, then the middle of the host is elided, so
// `postgresql://user@very-long-host.eu-west-1.example.com:5432/db` becomes
// `user@very-long-ho…example.com:5432/db`: the user, the start and end of the host, the port
// and the database stay readable. Only when the host is down to a few characters are the
// database and then the user shortened. Text that is not a URI (key=value conninfo, a ${VAR})
// is elided in the middle. `width` measures a text (a QFontMetrics' horizontalAdvance in the
// studio; the length in tests).
namespace UrlElider {

using Measure = std::function<int(const QString&)>;

QString elide(const QString& url, int available, const Measure& width);

// The middle of `text` replaced by "…" so that it fits (keeps `text` when it fits).
QString elideMiddle(const QString& text, int available, const Measure& width);

} // namespace UrlElider

} // namespace strata
