#include "config/IdFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata {

namespace {

Error formatError(const QString& message) {
    return Error(ErrorCode::Config,
                 QCoreApplication::translate("strata", "project.id_format: %1").arg(message));
}

bool isIdChar(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

Result<IdFormat::Part> placeholder(const QString& body) {
    using Kind = IdFormat::Part::Kind;
    const qsizetype colon = body.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? body : body.left(colon);
    const QString arg = colon < 0 ? QString() : body.mid(colon + 1);
    IdFormat::Part part;
    if (name == QLatin1String("slug") && colon < 0) {
        part.kind = Kind::Slug;
    } else if (name == QLatin1String("seq")) {
        part.kind = Kind::Seq;
        bool ok = true;
        part.width = arg.isEmpty() ? 0 : arg.toInt(&ok);
        if (!ok || part.width < 0 || part.width > 16)
            return formatError(QCoreApplication::translate(
                                   "strata", "{seq:%1}: the width is a number from 1 to 16")
                                   .arg(arg));
    } else if (name == QLatin1String("hex")) {
        part.kind = Kind::Hex;
        bool ok = true;
        part.width = arg.isEmpty() ? 12 : arg.toInt(&ok);
        if (!ok || part.width < 4 || part.width > 32)
            return formatError(QCoreApplication::translate(
                                   "strata", "{hex:%1}: the number of digits is from 4 to 32")
                                   .arg(arg));
    } else if (name == QLatin1String("date") || (name == QLatin1String("time") && colon < 0)) {
        part.kind = Kind::Date;
        part.text = name == QLatin1String("time")
                        ? QStringLiteral("HHmmss")
                        : (arg.isEmpty() ? QStringLiteral("yyyyMMdd") : arg);
        static const QRegularExpression fmt(QStringLiteral("^(yyyy|yy|MM|dd|HH|mm|ss|_)+$"));
        if (!fmt.match(part.text).hasMatch())
            return formatError(QCoreApplication::translate(
                                   "strata", "{date:%1}: use yyyy, yy, MM, dd, HH, mm, ss and '_'")
                                   .arg(arg));
    } else {
        return formatError(
            QCoreApplication::translate("strata", "unknown placeholder {%1} (known: {seq}, "
                                                  "{seq:04}, {slug}, {date}, {date:FMT}, {time}, "
                                                  "{hex}, {hex:N})")
                .arg(body));
    }
    return part;
}

} // namespace

bool IdFormat::has(Part::Kind kind) const {
    for (const Part& p : parts)
        if (p.kind == kind)
            return true;
    return false;
}

QString IdFormat::toString() const {
    if (isAuto())
        return QStringLiteral("auto");
    QString out;
    for (const Part& p : parts) {
        switch (p.kind) {
        case Part::Kind::Literal:
            out += p.text;
            break;
        case Part::Kind::Seq:
            out += p.width > 0 ? QStringLiteral("{seq:%1}").arg(p.width, 2, 10, QLatin1Char('0'))
                               : QStringLiteral("{seq}");
            break;
        case Part::Kind::Slug:
            out += QStringLiteral("{slug}");
            break;
        case Part::Kind::Date:
            out += QStringLiteral("{date:%1}").arg(p.text);
            break;
        case Part::Kind::Hex:
            out += QStringLiteral("{hex:%1}").arg(p.width);
            break;
        }
    }
    return out;
}

Result<IdFormat> IdFormat::parse(const QString& input) {
    const QString text = input.trimmed();
    IdFormat format;
    if (text.isEmpty() || text == QLatin1String("auto"))
        return format;
    static const QRegularExpression hexWord(QStringLiteral("^hex(\\d+)$"));
    if (const auto m = hexWord.match(text); m.hasMatch())
        return parse(QStringLiteral("{hex:%1}").arg(m.captured(1)));
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                return formatError(QCoreApplication::translate("strata", "'{' is never closed"));
            STRATA_TRY_ASSIGN(Part part, placeholder(text.mid(i + 1, close - i - 1)));
            format.parts << part;
            i = close + 1;
            continue;
        }
        if (!isIdChar(text.at(i)))
            return formatError(QCoreApplication::translate(
                                   "strata", "'%1' cannot be in a revision id (use letters, "
                                             "digits and '_')")
                                   .arg(text.at(i)));
        if (format.parts.isEmpty() || format.parts.last().kind != Part::Kind::Literal)
            format.parts << Part{};
        format.parts.last().text += text.at(i);
        ++i;
    }
    if (!format.has(Part::Kind::Seq) && !format.has(Part::Kind::Date) &&
        !format.has(Part::Kind::Hex))
        return formatError(
            QCoreApplication::translate(
                "strata", "'%1' needs {seq}, {date}, {time} or {hex} (else every id is the same)")
                .arg(text));
    return format;
}

} // namespace strata
