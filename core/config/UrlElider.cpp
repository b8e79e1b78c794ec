#include "config/UrlElider.h"

#include <QRegularExpression>

#include <optional>

namespace strata::UrlElider {

namespace {

const QString kEllipsis = QStringLiteral("…");

// The middle of `text` cut down to `keep` characters (at least 1 each side) around "…", the
// end keeping slightly fewer (a domain's end is as telling as a host's start).
QString cut(const QString& text, int keep) {
    const int tail = std::max(1, keep / 2);
    const int head = std::max(1, keep - tail);
    return text.left(head) + kEllipsis + text.right(tail);
}

} // namespace

QString elideMiddle(const QString& text, int available, const Measure& width) {
    if (width(text) <= available)
        return text;
    for (int keep = int(text.size()) - 1; keep >= 2; --keep) {
        const QString out = cut(text, keep);
        if (width(out) <= available)
            return out;
    }
    return cut(text, 2);
}

QString elide(const QString& url, int available, const Measure& width) {
    if (width(url) <= available)
        return url;
    static const QRegularExpression uri(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.\\-]*://)(?:([^@/?]*)@)?([^/?]*)(/[^?]*)?(\\?.*)?$"));
    const QRegularExpressionMatch m = uri.match(url);
    if (!m.hasMatch())
        return elideMiddle(url, available, width);
    QString user = m.captured(2);
    QString host = m.captured(3);
    QString port;
    static const QRegularExpression portRe(QStringLiteral(":(\\d*)$"));
    if (const QRegularExpressionMatch p = portRe.match(host); p.hasMatch()) {
        port = p.captured(0);
        host.chop(port.size());
    }
    QString db = m.captured(4);
    auto build = [&](bool scheme, bool query, const QString& h, const QString& d,
                     const QString& u) {
        return (scheme ? m.captured(1) : QString()) + (u.isEmpty() ? QString() : u + u'@') + h +
               port + d + (query ? m.captured(5) : QString());
    };
    auto fits = [&](const QString& text) { return width(text) <= available; };
    if (QString s = build(true, false, host, db, user); fits(s))
        return s;
    if (QString s = build(false, false, host, db, user); fits(s))
        return s;
    // The host's middle, while it stays readable (kReadableHost characters); then the
    // database's; then the host down to two characters each side, the database's, the user's.
    constexpr int kReadableHost = 12;
    constexpr int kReadableDb = 8;
    constexpr int kMinHost = 4;
    const QString dbName = db.mid(1);
    auto hostDown = [&](const QString& d, int floor) -> std::optional<QString> {
        for (int keep = int(host.size()) - 1; keep >= floor; --keep)
            if (QString s = build(false, false, cut(host, keep), d, user); fits(s))
                return s;
        return std::nullopt;
    };
    auto dbDown = [&](const QString& h, int floor) -> std::optional<QString> {
        for (int keep = int(dbName.size()) - 1; keep >= floor; --keep)
            if (QString s = build(false, false, h, u'/' + cut(dbName, keep), user); fits(s))
                return s;
        return std::nullopt;
    };
    auto shortened = [](const QString& text, int keep) {
        return text.size() > keep ? cut(text, keep) : text;
    };
    if (auto s = hostDown(db, kReadableHost))
        return *s;
    const QString readableHost = shortened(host, kReadableHost);
    if (auto s = dbDown(readableHost, kReadableDb))
        return *s;
    const QString readableDb = dbName.size() > kReadableDb ? u'/' + cut(dbName, kReadableDb) : db;
    if (auto s = hostDown(readableDb, kMinHost))
        return *s;
    const QString shortHost = shortened(host, kMinHost);
    if (auto s = dbDown(shortHost, 2))
        return *s;
    const QString shortDb = dbName.size() > 2 ? u'/' + cut(dbName, 2) : db;
    for (int keep = int(user.size()) - 1; keep >= 2; --keep)
        if (QString s = build(false, false, shortHost, shortDb, cut(user, keep)); fits(s))
            return s;
    return elideMiddle(build(false, false, shortHost, shortDb, user), available, width);
}

} // namespace strata::UrlElider
