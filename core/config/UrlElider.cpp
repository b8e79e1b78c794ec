#include "config/UrlElider.h"

#include <QRegularExpression>

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
    // The host's middle, down to two characters on each side.
    constexpr int kMinHost = 4;
    for (int keep = int(host.size()) - 1; keep >= kMinHost; --keep)
        if (QString s = build(false, false, cut(host, keep), db, user); fits(s))
            return s;
    const QString shortHost = host.size() > kMinHost ? cut(host, kMinHost) : host;
    // Then the database, then the user, the same way.
    const QString dbName = db.mid(1);
    for (int keep = int(dbName.size()) - 1; keep >= 2; --keep)
        if (QString s = build(false, false, shortHost, u'/' + cut(dbName, keep), user); fits(s))
            return s;
    const QString shortDb = dbName.size() > 2 ? u'/' + cut(dbName, 2) : db;
    for (int keep = int(user.size()) - 1; keep >= 2; --keep)
        if (QString s = build(false, false, shortHost, shortDb, cut(user, keep)); fits(s))
            return s;
    return elideMiddle(build(false, false, shortHost, shortDb, user), available, width);
}

} // namespace strata::UrlElider
