#include "EnvironmentGroup.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace strata {

namespace {

bool isPattern(const QString& name) {
    return name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?')) ||
           name.contains(QLatin1Char('['));
}

bool isUri(const QString& url) {
    return url.startsWith(QLatin1String("postgresql://")) ||
           url.startsWith(QLatin1String("postgres://"));
}

// A value inside a key=value conninfo: bare when it is plain, else quoted as libpq reads it.
QString conninfoValue(const QString& value) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Walks a template: literal text, ${VAR} (kept for expansion on use) and {column}.
template <typename OnText, typename OnColumn>
Result<void> walk(const QString& t, OnText onText, OnColumn onColumn) {
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('$') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('{')) {
            const qsizetype end = t.indexOf(QLatin1Char('}'), i);
            if (end < 0)
                return Error(ErrorCode::Config,
                             QCoreApplication::translate("strata", "unterminated \"${\""));
            onText(t.mid(i, end - i + 1));
            i = end;
        } else if (c == QLatin1Char('{') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('{')) {
            onText(QStringLiteral("{"));
            ++i;
        } else if (c == QLatin1Char('}') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('}')) {
            onText(QStringLiteral("}"));
            ++i;
        } else if (c == QLatin1Char('{')) {
            const qsizetype end = t.indexOf(QLatin1Char('}'), i);
            const QString column = end < 0 ? QString() : t.mid(i + 1, end - i - 1).trimmed();
            if (end < 0 || column.isEmpty())
                return Error(ErrorCode::Config,
                             QCoreApplication::translate(
                                 "strata", "'{' at character %1 opens no {column} (write {{ for a "
                                           "brace)")
                                 .arg(i + 1));
            STRATA_TRY(onColumn(column));
            i = end;
        } else {
            onText(QString(c));
        }
    }
    return {};
}

} // namespace

QList<Environment> EnvironmentGroup::staticMembers(const QList<Environment>& all) const {
    QList<Environment> out;
    QSet<QString> seen;
    for (const QString& entry : environments) {
        const QRegularExpression re(
            isPattern(entry)
                ? QRegularExpression::wildcardToRegularExpression(entry)
                : QRegularExpression::anchoredPattern(QRegularExpression::escape(entry)));
        for (const Environment& env : all) {
            if (seen.contains(env.name) || !re.match(env.name).hasMatch())
                continue;
            seen.insert(env.name);
            out << inherit(env);
        }
    }
    return out;
}

Environment EnvironmentGroup::inherit(const Environment& environment) const {
    Environment e = environment;
    e.isProtected = e.isProtected || defaults.isProtected;
    e.backup = e.backup || defaults.backup;
    if (e.lockTimeoutMs == 0)
        e.lockTimeoutMs = defaults.lockTimeoutMs;
    if (e.statementTimeoutMs == 0)
        e.statementTimeoutMs = defaults.statementTimeoutMs;
    if (e.pgDump.isEmpty())
        e.pgDump = defaults.pgDump;
    if (e.description.isEmpty())
        e.description = defaults.description;
    return e;
}

Result<Environment> EnvironmentGroup::member(const QString& memberName, const QStringList& columns,
                                             const QStringList& values,
                                             const QList<bool>& nulls) const {
    QHash<QString, QString> row;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (!nulls.value(i))
            row.insert(columns.at(i), values.value(i));
    Result<QString> filled = fill(url, row);
    if (!filled) {
        Error e = filled.error();
        QString message = QStringLiteral("groups.%1.url: %2").arg(name, e.message);
        const Result<QStringList> used = placeholders(url);
        if (used)
            for (const QString& column : *used)
                if (columns.contains(column) && !row.contains(column))
                    message = QCoreApplication::translate(
                                  "strata", "groups.%1: member '%2' has NULL in column %3")
                                  .arg(name, memberName, column);
        e.message = message;
        e.at(file, urlLine);
        return e;
    }
    Environment e = defaults;
    e.name = memberName;
    e.url = *filled;
    e.file = file;
    e.line = line;
    return e;
}

Result<QString> EnvironmentGroup::fill(const QString& urlTemplate,
                                       const QHash<QString, QString>& values) {
    const bool uri = isUri(urlTemplate);
    QString out;
    STRATA_TRY(walk(
        urlTemplate, [&out](const QString& text) { out += text; },
        [&](const QString& column) -> Result<void> {
            const auto it = values.constFind(column);
            if (it == values.constEnd()) {
                QStringList known = values.keys();
                known.sort();
                return Error(ErrorCode::Config,
                             QCoreApplication::translate(
                                 "strata", "{%1} is not a column of the discover query (columns: "
                                           "%2)")
                                 .arg(column, known.join(QStringLiteral(", "))));
            }
            out += uri ? QString::fromLatin1(QUrl::toPercentEncoding(*it)) : conninfoValue(*it);
            return {};
        }));
    return out;
}

Result<QStringList> EnvironmentGroup::placeholders(const QString& urlTemplate) {
    QStringList out;
    STRATA_TRY(walk(
        urlTemplate, [](const QString&) {},
        [&out](const QString& column) -> Result<void> {
            out << column;
            return {};
        }));
    return out;
}

} // namespace strata
