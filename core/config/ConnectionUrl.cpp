#include "ConnectionUrl.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace strata::ConnectionUrl {

namespace {

const QString kMask = QStringLiteral("***");
constexpr qsizetype kMinBlindLength = 4;

// Where a password sits in a URL or conninfo: [start, end) is replaced by "***"; for a quoted
// conninfo value the quotes are inside the range and `quoted` is set.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    bool quoted = false;
    bool uri = false;
};

// Index just past "scheme://" (after leading whitespace), or -1 when the text is not a URI.
qsizetype uriRestStart(const QString& s) {
    static const QRegularExpression scheme(QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9+.\\-]*://"));
    const QRegularExpressionMatch m = scheme.match(s);
    return m.hasMatch() ? m.capturedEnd() : -1;
}

bool isSpace(QChar c) {
    return c.isSpace();
}

void uriSpans(const QString& s, qsizetype rest, QList<Span>& out) {
    const qsizetype n = s.size();
    // The userinfo ends at the last '@' before the query; if there is none there, a '?' may be
    // part of an unencoded password: take the last '@' anywhere (hide more rather than less).
    qsizetype queryMark = s.indexOf(QLatin1Char('?'), rest);
    if (queryMark < 0)
        queryMark = n;
    qsizetype at = -1;
    for (qsizetype i = queryMark - 1; i >= rest; --i) {
        if (s.at(i) == QLatin1Char('@')) {
            at = i;
            break;
        }
    }
    if (at < 0)
        at = s.lastIndexOf(QLatin1Char('@'));
    if (at < rest)
        at = -1;
    if (at >= 0) {
        const qsizetype colon = s.indexOf(QLatin1Char(':'), rest);
        if (colon >= 0 && colon < at && colon + 1 < at)
            out.append(Span{colon + 1, at, false, true});
    }

    // Query parameters: ?password=...; a value runs to the next "&key=" so that an unencoded
    // '&' inside it is still hidden.
    const qsizetype q = s.indexOf(QLatin1Char('?'), at >= 0 ? at + 1 : rest);
    if (q < 0)
        return;
    static const QRegularExpression nextParam(QStringLiteral("&[A-Za-z_%][A-Za-z0-9_%.\\-]*="));
    qsizetype i = q + 1;
    while (i < n) {
        const qsizetype eq = s.indexOf(QLatin1Char('='), i);
        const qsizetype amp = s.indexOf(QLatin1Char('&'), i);
        if (eq < 0 || (amp >= 0 && amp < eq)) {
            if (amp < 0)
                break;
            i = amp + 1;
            continue;
        }
        const QString key =
            QUrl::fromPercentEncoding(s.mid(i, eq - i).toUtf8()).trimmed().toLower();
        qsizetype valueEnd = n;
        if (key == QLatin1String("password")) {
            const QRegularExpressionMatch m = nextParam.match(s, eq + 1);
            if (m.hasMatch())
                valueEnd = m.capturedStart();
            if (valueEnd > eq + 1)
                out.append(Span{eq + 1, valueEnd, false, true});
        } else {
            valueEnd = amp >= 0 ? amp : n;
        }
        i = valueEnd + 1;
    }
}

void conninfoSpans(const QString& s, qsizetype from, qsizetype to, QList<Span>& out, int depth);

// A dbname may itself hold a URI or a conninfo string: look for passwords inside it.
void nestedSpans(const QString& s, qsizetype start, qsizetype end, QList<Span>& out, int depth) {
    if (depth > 2 || end <= start)
        return;
    const QString inner = s.mid(start, end - start);
    const qsizetype rest = uriRestStart(inner);
    QList<Span> found;
    if (rest >= 0)
        uriSpans(inner, rest, found);
    else if (inner.contains(QLatin1Char('=')))
        conninfoSpans(inner, 0, inner.size(), found, depth + 1);
    for (Span sp : found) {
        sp.start += start;
        sp.end += start;
        out.append(sp);
    }
}

// libpq key=value syntax: key = value, value unquoted (ends at whitespace, backslash escapes)
// or single-quoted (backslash escapes \' and \\).
void conninfoSpans(const QString& s, qsizetype from, qsizetype to, QList<Span>& out, int depth) {
    qsizetype i = from;
    while (i < to) {
        while (i < to && isSpace(s.at(i)))
            ++i;
        if (i >= to)
            break;
        const qsizetype keyStart = i;
        while (i < to && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('='))
            ++i;
        const QString key = s.mid(keyStart, i - keyStart).toLower();
        while (i < to && isSpace(s.at(i)))
            ++i;
        if (i >= to || s.at(i) != QLatin1Char('=')) {
            // Not key=value: if it mentions a password, hide the rest.
            if (key.contains(QLatin1String("password")) && i < to)
                out.append(Span{i, to, false, false});
            continue;
        }
        ++i; // '='
        while (i < to && isSpace(s.at(i)))
            ++i;
        const qsizetype valueStart = i;
        bool quoted = false;
        if (i < to && s.at(i) == QLatin1Char('\'')) {
            quoted = true;
            ++i;
            while (i < to) {
                if (s.at(i) == QLatin1Char('\\')) {
                    i += 2;
                } else if (s.at(i) == QLatin1Char('\'')) {
                    ++i;
                    break;
                } else {
                    ++i;
                }
            }
        } else {
            while (i < to && !isSpace(s.at(i)))
                i += s.at(i) == QLatin1Char('\\') ? 2 : 1;
        }
        const qsizetype valueEnd = std::min(i, to);
        if (key == QLatin1String("password")) {
            if (valueEnd > valueStart)
                out.append(Span{valueStart, valueEnd, quoted, false});
        } else if (key == QLatin1String("dbname")) {
            const qsizetype innerStart = quoted ? valueStart + 1 : valueStart;
            qsizetype innerEnd = valueEnd;
            if (quoted && innerEnd > innerStart && s.at(innerEnd - 1) == QLatin1Char('\''))
                --innerEnd;
            nestedSpans(s, innerStart, innerEnd, out, depth);
        }
    }
}

QList<Span> passwordSpans(const QString& s) {
    QList<Span> spans;
    const qsizetype rest = uriRestStart(s);
    if (rest >= 0)
        uriSpans(s, rest, spans);
    else
        conninfoSpans(s, 0, s.size(), spans, 0);
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    // Merge overlaps so that replacement from the back stays well-defined.
    QList<Span> merged;
    for (const Span& sp : spans) {
        if (!merged.isEmpty() && sp.start < merged.last().end)
            merged.last().end = std::max(merged.last().end, sp.end);
        else
            merged.append(sp);
    }
    return merged;
}

QString unescapeConninfo(const QString& v) {
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size())
            ++i;
        out += v.at(i);
    }
    return out;
}

} // namespace

bool isUri(const QString& urlOrConninfo) {
    return uriRestStart(urlOrConninfo) >= 0;
}

QString normalise(const QString& urlOrConninfo) {
    const QString s = urlOrConninfo.trimmed();
    static const QRegularExpression scheme(
        QStringLiteral("^(postgres|postgresql)(\\+([A-Za-z0-9_]+))?://"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = scheme.match(s);
    if (!m.hasMatch())
        return s;
    QString out = QStringLiteral("postgresql://") + s.mid(m.capturedEnd());
    if (m.captured(3).compare(QLatin1String("asyncpg"), Qt::CaseInsensitive) != 0)
        return out;

    // asyncpg spells libpq's sslmode as ssl.
    const qsizetype q = out.indexOf(QLatin1Char('?'), out.lastIndexOf(QLatin1Char('@')) + 1);
    if (q < 0)
        return out;
    QStringList params = out.mid(q + 1).split(QLatin1Char('&'));
    for (QString& p : params) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq < 0 || p.left(eq) != QLatin1String("ssl"))
            continue;
        QString value = p.mid(eq + 1);
        const QString lower = value.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1"))
            value = QStringLiteral("require");
        else if (lower == QLatin1String("false") || lower == QLatin1String("0"))
            value = QStringLiteral("disable");
        p = QStringLiteral("sslmode=") + value;
    }
    return out.left(q + 1) + params.join(QLatin1Char('&'));
}

QString redact(const QString& urlOrConninfo) {
    QString out = urlOrConninfo;
    const QList<Span> spans = passwordSpans(urlOrConninfo);
    for (qsizetype k = spans.size() - 1; k >= 0; --k)
        out.replace(spans[k].start, spans[k].end - spans[k].start, kMask);
    return out;
}

bool hasPassword(const QString& urlOrConninfo) {
    return !secrets(urlOrConninfo).isEmpty();
}

QStringList secrets(const QString& urlOrConninfo) {
    QStringList out;
    auto add = [&out](const QString& v) {
        if (!v.isEmpty() && !out.contains(v))
            out.append(v);
    };
    for (const Span& sp : passwordSpans(urlOrConninfo)) {
        QString raw = urlOrConninfo.mid(sp.start, sp.end - sp.start);
        if (sp.quoted) {
            raw = raw.mid(1);
            if (raw.endsWith(QLatin1Char('\'')) && !raw.endsWith(QLatin1String("\\'")))
                raw.chop(1);
        }
        add(raw);
        if (sp.uri) {
            const QString decoded = QUrl::fromPercentEncoding(raw.toUtf8());
            add(decoded);
            add(QString::fromUtf8(QUrl::toPercentEncoding(decoded)));
        } else {
            const QString unescaped = unescapeConninfo(raw);
            add(unescaped);
            add(QString::fromUtf8(QUrl::toPercentEncoding(unescaped)));
        }
    }
    return out;
}

QString redactText(const QString& text, const QStringList& secretList) {
    QStringList sorted;
    for (const QString& s : secretList) {
        if (!s.isEmpty() && !sorted.contains(s))
            sorted.append(s);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString out = text;
    // Blind replacement of a very short string would mask ordinary words ("***nvironm***nt" for
    // the password "e") and so reveal it; such passwords are only hidden where they stand in a
    // connection string (below).
    for (const QString& s : sorted)
        if (s.size() >= kMinBlindLength)
            out.replace(s, kMask);

    // Connection strings quoted in the text.
    static const QRegularExpression uri(
        QStringLiteral("(postgres|postgresql)(\\+[A-Za-z0-9_]+)?://[^\\s\"'<>]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kv(
        QStringLiteral("\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'?|[^\\s&]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = uri.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        result += redact(m.captured());
        last = m.capturedEnd();
    }
    result += out.mid(last);

    QString final;
    last = 0;
    it = kv.globalMatch(result);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // An unquoted value that closes a quotation in the text ("'host=h password=x'")
        // keeps the closing quote.
        qsizetype end = m.capturedEnd(1);
        const QString value = m.captured(1);
        if (value.size() > 1 && !value.startsWith(QLatin1Char('\'')) &&
            (value.endsWith(QLatin1Char('\'')) || value.endsWith(QLatin1Char('"'))))
            --end;
        final += result.mid(last, m.capturedStart(1) - last);
        final += kMask;
        last = end;
    }
    final += result.mid(last);
    return final;
}

} // namespace strata::ConnectionUrl
