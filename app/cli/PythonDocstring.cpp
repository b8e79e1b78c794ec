#include "PythonDocstring.h"

#include "config/RegularFile.h"

namespace strata::cli {

namespace {

// Python's escape sequences inside a non-raw str literal.
QString decodeEscapes(QStringView body) {
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(++i);
        const auto hex = [&](int digits) {
            bool ok = false;
            const uint code = body.mid(i + 1, digits).toUInt(&ok, 16);
            if (!ok || i + digits >= body.size()) {
                out += QLatin1Char('\\');
                out += e;
                return;
            }
            const char32_t ch = code;
            out += QString::fromUcs4(&ch, 1);
            i += digits;
        };
        switch (e.unicode()) {
        case '\n':
            break;
        case '\\':
        case '\'':
        case '"':
            out += e;
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 'f':
            out += QChar(12);
            break;
        case 'n':
            out += QChar(10);
            break;
        case 'r':
            out += QChar(13);
            break;
        case 't':
            out += QChar(9);
            break;
        case 'v':
            out += QChar(11);
            break;
        case 'x':
            hex(2);
            break;
        case 'u':
            hex(4);
            break;
        case 'U':
            hex(8);
            break;
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                uint code = 0;
                qsizetype j = i;
                for (; j < body.size() && j < i + 3 && body.at(j) >= QLatin1Char('0') &&
                       body.at(j) <= QLatin1Char('7');
                     ++j)
                    code = code * 8 + uint(body.at(j).unicode() - '0');
                out += QChar(char16_t(code));
                i = j - 1;
            } else {
                out += QLatin1Char('\\');
                out += e;
            }
        }
    }
    return out;
}

} // namespace

QString PythonDocstring::longDoc(QStringView source) {
    QString text = source.toString();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    qsizetype pos = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const qsizetype n = text.size();
    // Blank lines and comments before the first statement.
    while (pos < n) {
        const QChar c = text.at(pos);
        if (c.isSpace()) {
            ++pos;
        } else if (c == QLatin1Char('#')) {
            while (pos < n && text.at(pos) != QLatin1Char('\n'))
                ++pos;
        } else {
            break;
        }
    }
    bool raw = false;
    while (pos < n && text.at(pos).isLetter()) {
        const QChar p = text.at(pos).toLower();
        if (p == QLatin1Char('r'))
            raw = true;
        else if (p != QLatin1Char('u'))
            return {}; // b'', f'' or a name: no docstring
        ++pos;
    }
    if (pos >= n || (text.at(pos) != QLatin1Char('"') && text.at(pos) != QLatin1Char('\'')))
        return {};
    const QChar quote = text.at(pos);
    const QString triple(3, quote);
    const bool isTriple = QStringView(text).mid(pos, 3) == triple;
    const qsizetype start = pos + (isTriple ? 3 : 1);
    qsizetype end = start;
    while (end < n) {
        const QChar c = text.at(end);
        if (c == QLatin1Char('\\')) {
            end += 2;
            continue;
        }
        if (isTriple ? QStringView(text).mid(end, 3) == triple : c == quote)
            break;
        if (!isTriple && c == QLatin1Char('\n'))
            return {};
        ++end;
    }
    if (end >= n)
        return {};
    const QStringView body = QStringView(text).mid(start, end - start);
    return (raw ? body.toString() : decodeEscapes(body)).trimmed();
}

QString PythonDocstring::longDocOfFile(const QString& path) {
    Result<QByteArray> bytes = RegularFile::read(path);
    if (!bytes)
        return {};
    return longDoc(QString::fromUtf8(*bytes));
}

QString PythonDocstring::firstParagraph(const QString& longDoc) {
    const qsizetype blank = longDoc.indexOf(QLatin1String("\n\n"));
    return blank < 0 ? longDoc : longDoc.left(blank);
}

} // namespace strata::cli
