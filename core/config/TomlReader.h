#pragma once

#include "ConnectionUrl.h"
#include "Duration.h"
#include "Environment.h"
#include "NameSuggestion.h"
#include "Result.h"
#include "TomlInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <toml++/toml.h>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

// Helpers of ProjectConfig's parser (config/ only).
namespace strata::config {
inline int lineOf(const toml::node& node) {
    return int(node.source().begin.line);
}
inline int lineOf(const toml::key& key) {
    return int(key.source().begin.line);
}

// A path written in strata.toml, relative to the folder holding it.
inline QString absoluteUnder(const QString& dir, const QString& relative) {
    return QDir::cleanPath(QDir(dir).absoluteFilePath(QDir::fromNativeSeparators(relative)));
}

// A program setting: a bare name stays (looked up on the PATH), a path is relative to strata.toml.
inline QString programPath(const QString& dir, const QString& value) {
    return value.contains(QLatin1Char('/')) ? absoluteUnder(dir, value) : value;
}

// A table's keys and values in file order (toml++ tables are sorted maps).
inline std::vector<std::pair<const toml::key*, const toml::node*>> ordered(const toml::table& t) {
    std::vector<std::pair<const toml::key*, const toml::node*>> items;
    for (auto&& [k, v] : t)
        items.emplace_back(&k, &v);
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        const auto& sa = a.first->source().begin;
        const auto& sb = b.first->source().begin;
        return sa.line != sb.line ? sa.line < sb.line : sa.column < sb.column;
    });
    return items;
}

// Every string toml++ returns comes through here (TomlInput undoes its shift).
inline QString qstr(std::string_view s) {
    return TomlInput::restore(s);
}

// Reads the values of strata.toml (ProjectConfig) with their checks: each error names the file
// and the line.
class TomlReader {
public:
    explicit TomlReader(QString path)
        : m_path(std::move(path)) {}

    Error error(ErrorCode code, int line, const QString& message) const {
        Error e(code, message);
        e.at(m_path, line);
        return e;
    }

    Error unknownKey(const QString& prefix, const toml::key& key, const QStringList& known) const {
        const QString name = qstr(key.str());
        QString message =
            QCoreApplication::translate("strata", "unknown key '%1%2'").arg(prefix, name);
        const QString best = closestName(name, known);
        if (!best.isEmpty())
            message += QCoreApplication::translate("strata", " (did you mean '%1'?)").arg(best);
        else
            message += QCoreApplication::translate("strata", " (known: %1)")
                           .arg(known.join(QStringLiteral(", ")));
        return error(ErrorCode::Config, lineOf(key), message);
    }

    // [project] postgres: a server major, "18" or 18 (9 to 99).
    Result<int> major(const toml::node& node, const QString& what) const {
        bool ok = node.is_integer();
        const qint64 v = ok ? node.as_integer()->get()
                            : (node.is_string() ? qstr(node.as_string()->get()).toInt(&ok) : 0);
        if (ok && v >= 9 && v <= 99)
            return int(v);
        return error(ErrorCode::Config, lineOf(node),
                     QCoreApplication::translate(
                         "strata", "%1 must be a PostgreSQL major version like \"17\"")
                         .arg(what));
    }

    Result<QString> string(const toml::node& node, const QString& what) const {
        if (const auto* s = node.as_string())
            return qstr(s->get());
        return error(ErrorCode::Config, lineOf(node),
                     QCoreApplication::translate("strata", "%1 must be a string").arg(what));
    }

    Result<QString> nonEmptyString(const toml::node& node, const QString& what) const {
        Result<QString> s = string(node, what);
        if (s && s->trimmed().isEmpty())
            return error(ErrorCode::Config, lineOf(node),
                         QCoreApplication::translate("strata", "%1 must not be empty").arg(what));
        return s;
    }

    Result<bool> boolean(const toml::node& node, const QString& what) const {
        if (const auto* b = node.as_boolean())
            return b->get();
        return error(ErrorCode::Config, lineOf(node),
                     QCoreApplication::translate("strata", "%1 must be a boolean").arg(what));
    }

    Result<qint64> duration(const toml::node& node, const QString& what) const {
        if (const auto* i = node.as_integer()) {
            if (i->get() < 0 || i->get() > INT_MAX)
                return error(ErrorCode::Config, lineOf(node),
                             QCoreApplication::translate("strata",
                                                         "%1 must be between 0 and %2 milliseconds")
                                 .arg(what)
                                 .arg(INT_MAX));
            return qint64(i->get());
        }
        const auto* s = node.as_string();
        if (!s)
            return error(
                ErrorCode::Config, lineOf(node),
                QCoreApplication::translate("strata", "%1 must be a duration string like \"5s\"")
                    .arg(what));
        Result<qint64> ms = parseDurationMs(qstr(s->get()));
        if (!ms)
            return error(
                ErrorCode::Config, lineOf(node),
                QCoreApplication::translate("strata", "%1: %2").arg(what, ms.error().message));
        return ms;
    }

    Result<QString> url(const toml::node& node, const QString& what) const {
        Result<QString> s = string(node, what);
        if (!s)
            return s;
        const Result<void> syntax = checkVariableSyntax(*s);
        if (!syntax)
            return error(
                ErrorCode::Config, lineOf(node),
                QCoreApplication::translate("strata", "%1: %2").arg(what, syntax.error().message));
        return s;
    }

    // A size: an integer number of bytes, or a string like "16MB", "512 KB", "1GB".
    Result<qint64> size(const toml::node& node, const QString& what) const {
        const QString format =
            QCoreApplication::translate("strata", "%1 must be a size like \"16MB\" (KB, MB, GB)")
                .arg(what);
        qint64 bytes = -1;
        if (const auto* i = node.as_integer()) {
            bytes = i->get();
        } else if (const auto* s = node.as_string()) {
            static const QRegularExpression re(
                QStringLiteral("^\\s*(\\d{1,12})\\s*(B|KB|MB|GB)?\\s*$"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = re.match(qstr(s->get()));
            if (!m.hasMatch())
                return error(ErrorCode::Config, lineOf(node), format);
            const QString unit = m.captured(2).toUpper();
            const qint64 scale = unit == QLatin1String("GB")   ? qint64(1) << 30
                                 : unit == QLatin1String("MB") ? qint64(1) << 20
                                 : unit == QLatin1String("KB") ? qint64(1) << 10
                                                               : 1;
            bytes = m.captured(1).toLongLong() * scale;
        } else {
            return error(ErrorCode::Config, lineOf(node), format);
        }
        if (bytes < 1024 || bytes > (qint64(1) << 32))
            return error(ErrorCode::Config, lineOf(node),
                         QCoreApplication::translate("strata", "%1 must be between 1 KB and 4 GB")
                             .arg(what));
        return bytes;
    }

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace strata::config
