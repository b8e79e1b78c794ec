#include "revision/PythonLiterals.h"

namespace strata {

namespace {

bool isPrefixChar(QChar c) {
    return QStringView(u"rRuUbBfF").contains(c);
}

int hexValue(QChar c) {
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

void appendCodePoint(QString& out, char32_t cp) {
    out += QString::fromUcs4(&cp, 1);
}

} // namespace

bool PythonLiterals::startsAt(QStringView text, qsizetype pos) {
    qsizetype p = pos;
    if (pos > 0 && (text.at(pos - 1).isLetterOrNumber() || text.at(pos - 1) == QLatin1Char('_')))
        return false;
    while (p < text.size() && p - pos < 2 && isPrefixChar(text.at(p)))
        ++p;
    return p < text.size() && (text.at(p) == QLatin1Char('\'') || text.at(p) == QLatin1Char('"'));
}

PythonLiterals::Status PythonLiterals::read(QStringView text, qsizetype pos,
                                            PythonStringLiteral& out) {
    if (!startsAt(text, pos))
        return Status::NotAString;
    qsizetype p = pos;
    while (isPrefixChar(text.at(p)))
        ++p;
    const QString prefix = text.mid(pos, p - pos).toString();
    const bool raw = prefix.contains(QLatin1Char('r'), Qt::CaseInsensitive);
    const bool unsupported = prefix.contains(QLatin1Char('b'), Qt::CaseInsensitive) ||
                             prefix.contains(QLatin1Char('f'), Qt::CaseInsensitive);
    const QChar quote = text.at(p);
    const bool triple = text.mid(p, 3) == QString(3, quote);
    const qsizetype bodyBegin = p + (triple ? 3 : 1);
    QString value;
    bool escapesOk = true;
    p = bodyBegin;
    const qsizetype n = text.size();
    while (p < n) {
        const QChar c = text.at(p);
        if (c == QLatin1Char('\\') && p + 1 < n) {
            const QChar e = text.at(p + 1);
            if (raw) { // the backslash stays; the next character cannot close the string
                value += c;
                value += e;
                p += 2;
                continue;
            }
            p += 2;
            switch (e.unicode()) {
            case '\n':
                break;
            case '\r':
                if (p < n && text.at(p) == QLatin1Char('\n'))
                    ++p;
                break;
            case '\\':
                value += QLatin1Char('\\');
                break;
            case '\'':
                value += QLatin1Char('\'');
                break;
            case '"':
                value += QLatin1Char('"');
                break;
            case 'a':
                value += QChar(7);
                break;
            case 'b':
                value += QChar(8);
                break;
            case 'f':
                value += QChar(12);
                break;
            case 'n':
                value += QLatin1Char('\n');
                break;
            case 'r':
                value += QLatin1Char('\r');
                break;
            case 't':
                value += QLatin1Char('\t');
                break;
            case 'v':
                value += QChar(11);
                break;
            case 'x':
            case 'u':
            case 'U': {
                const int digits = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
                char32_t cp = 0;
                for (int i = 0; i < digits; ++i) {
                    const int h = p + i < n ? hexValue(text.at(p + i)) : -1;
                    if (h < 0) {
                        escapesOk = false; // a SyntaxError in Python
                        break;
                    }
                    cp = cp * 16 + char32_t(h);
                }
                if (!escapesOk || cp > 0x10FFFF) {
                    escapesOk = false;
                    break;
                }
                p += digits;
                appendCodePoint(value, cp);
                break;
            }
            case 'N':
                escapesOk = false;
                break;
            default:
                if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                    char32_t cp = e.unicode() - '0';
                    for (int i = 0; i < 2 && p < n && text.at(p) >= QLatin1Char('0') &&
                                    text.at(p) <= QLatin1Char('7');
                         ++i, ++p)
                        cp = cp * 8 + (text.at(p).unicode() - '0');
                    appendCodePoint(value, cp);
                } else {
                    value += QLatin1Char('\\');
                    value += e;
                }
            }
            continue;
        }
        if (c == quote && (!triple || text.mid(p, 3) == QString(3, quote))) {
            out.begin = pos;
            out.end = p + (triple ? 3 : 1);
            out.bodyBegin = bodyBegin;
            out.bodyEnd = p;
            out.prefix = prefix;
            out.quote = quote;
            out.triple = triple;
            out.raw = raw;
            out.value = value;
            return unsupported || !escapesOk ? Status::Unsupported : Status::Ok;
        }
        if (c == QLatin1Char('\n') && !triple)
            return Status::Unterminated;
        value += c;
        ++p;
    }
    return Status::Unterminated;
}

QString PythonLiterals::render(const QString& value, const PythonStringLiteral& like) {
    const QChar quote = like.quote.isNull() ? QLatin1Char('"') : like.quote;
    const bool triple = like.triple || value.contains(QLatin1Char('\n'));
    const QString delimiter = triple ? QString(3, quote) : QString(quote);
    // Raw keeps its form when the value has no backslash before a quote or at the end and does
    // not contain the delimiter.
    if (like.raw) {
        const bool fits = !value.contains(delimiter) && !value.endsWith(QLatin1Char('\\')) &&
                          !value.endsWith(quote) && (triple || !value.contains(QLatin1Char('\r')));
        if (fits)
            return like.prefix + delimiter + value + delimiter;
    }
    QString prefix = like.prefix;
    prefix.remove(QLatin1Char('r'), Qt::CaseInsensitive);
    QString body;
    body.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\')) {
            body += QLatin1String("\\\\");
        } else if (c == quote) {
            // In a triple-quoted string a quote is escaped when another quote or the end
            // follows: no run of unescaped quotes can then close the string early.
            const bool closes = !triple || i + 1 == value.size() || value.at(i + 1) == quote;
            body += closes ? QStringLiteral("\\") + c : QString(c);
        } else if (c == QLatin1Char('\n') && !triple) {
            body += QLatin1String("\\n");
        } else if (c == QLatin1Char('\r')) {
            body += QLatin1String("\\r");
        } else if (c == QLatin1Char('\t') && !triple) {
            body += QLatin1String("\\t");
        } else {
            body += c;
        }
    }
    return prefix + delimiter + body + delimiter;
}

} // namespace strata
