#include "EnvFile.h"

#include "RegularFile.h"
#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace strata {

namespace {

Error parseError(const QString& file, int line, const QString& message) {
    Error e(ErrorCode::Parse, message);
    e.at(file, line);
    return e;
}

// After a closing quote only whitespace and a comment may follow.
bool onlyCommentFollows(const QString& text, qsizetype from, qsizetype lineEnd) {
    for (qsizetype i = from; i < lineEnd; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#'))
            return true;
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

Result<EnvFile> EnvFile::load(const QString& path) {
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("strata", "%1 does not exist").arg(path));
    Result<QByteArray> bytes = RegularFile::read(path);
    if (!bytes)
        return std::move(bytes).error();
    Result<EnvFile> parsed = parse(QString::fromUtf8(*bytes), path);
    if (parsed)
        parsed->m_path = path;
    return parsed;
}

Result<EnvFile> EnvFile::parse(const QString& input, const QString& fileName) {
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    EnvFile env;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    auto lineEndFrom = [&](qsizetype from) {
        const qsizetype e = text.indexOf(QLatin1Char('\n'), from);
        return e < 0 ? n : e;
    };

    while (pos < n) {
        const int startLine = line;
        qsizetype lineEnd = lineEndFrom(pos);
        const QString raw = text.mid(pos, lineEnd - pos);
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            pos = lineEnd + 1;
            ++line;
            continue;
        }

        // KEY = (relative to the whole text, so quoted values may continue on later lines).
        qsizetype i = pos;
        while (i < lineEnd && text.at(i).isSpace())
            ++i;
        if (text.mid(i, 7) == QLatin1String("export ") ||
            text.mid(i, 7) == QLatin1String("export\t")) {
            i += 7;
            while (i < lineEnd && text.at(i).isSpace())
                ++i;
        }
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0 || eq > lineEnd)
            return parseError(
                fileName, startLine,
                QCoreApplication::translate("strata", "expected KEY=VALUE, got '%1'").arg(trimmed));
        const QString key = text.mid(i, eq - i).trimmed();
        if (!keyRe.match(key).hasMatch())
            return parseError(
                fileName, startLine,
                QCoreApplication::translate("strata", "invalid variable name '%1'").arg(key));

        qsizetype v = eq + 1;
        while (v < lineEnd && (text.at(v) == QLatin1Char(' ') || text.at(v) == QLatin1Char('\t')))
            ++v;

        QString value;
        if (v < lineEnd && (text.at(v) == QLatin1Char('"') || text.at(v) == QLatin1Char('\''))) {
            const QChar quote = text.at(v);
            const bool dbl = quote == QLatin1Char('"');
            qsizetype k = v + 1;
            bool closed = false;
            while (k < n) {
                const QChar c = text.at(k);
                if (c == QLatin1Char('\n'))
                    ++line;
                if (dbl && c == QLatin1Char('\\') && k + 1 < n) {
                    const QChar e = text.at(k + 1);
                    switch (e.unicode()) {
                    case 'n':
                        value += QLatin1Char('\n');
                        break;
                    case 't':
                        value += QLatin1Char('\t');
                        break;
                    case 'r':
                        value += QLatin1Char('\r');
                        break;
                    case '"':
                    case '\\':
                    case '$':
                    case '\'':
                        value += e;
                        break;
                    default:
                        value += c;
                        value += e;
                        break;
                    }
                    if (e == QLatin1Char('\n'))
                        ++line;
                    k += 2;
                    continue;
                }
                if (c == quote) {
                    closed = true;
                    ++k;
                    break;
                }
                value += c;
                ++k;
            }
            if (!closed)
                return parseError(
                    fileName, startLine,
                    QCoreApplication::translate("strata", "unterminated %1-quoted value of %2")
                        .arg(dbl ? QStringLiteral("double") : QStringLiteral("single"), key));
            lineEnd = lineEndFrom(k);
            if (!onlyCommentFollows(text, k, lineEnd))
                return parseError(fileName, line,
                                  QCoreApplication::translate(
                                      "strata", "unexpected text after the closing quote of %1")
                                      .arg(key));
        } else {
            // Unquoted: up to a '#' that follows whitespace; trailing whitespace dropped.
            qsizetype end = lineEnd;
            for (qsizetype k = v; k < lineEnd; ++k) {
                if (text.at(k) == QLatin1Char('#') && (k == v || text.at(k - 1).isSpace())) {
                    end = k;
                    break;
                }
            }
            value = text.mid(v, end - v).trimmed();
        }

        if (!env.m_values.contains(key))
            env.m_keys.append(key);
        env.m_values.insert(key, value);
        env.m_lines.insert(key, startLine);
        pos = lineEnd + 1;
        ++line;
    }
    return env;
}

std::optional<QString> EnvFile::value(const QString& key) const {
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace strata
