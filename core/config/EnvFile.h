#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

// A dotenv file (.env beside strata.toml), as docker compose and python-dotenv read it:
//
//   # a comment
//   DATABASE_URL=postgresql://app@db/app
//   export PGUSER=app               # "export " prefix allowed; a comment after whitespace
//   GREETING="line one\nline two"   # double quotes: \n \t \r \" \\ \$ escapes; may span lines
//   RAW='no $escapes here'          # single quotes: taken literally; may span lines
//   EMPTY=
//
// Keys are [A-Za-z_][A-Za-z0-9_]*; whitespace around '=' is ignored; in an unquoted value a '#'
// starts a comment only after whitespace (so "pa#ss" stays whole); a later assignment of the same
// key wins. Values are not interpolated (${X} inside .env stays as written).
class EnvFile {
public:
    EnvFile() = default;

    // Reads and parses `path`. A missing file is ErrorCode::NotFound, an unreadable one Io, a
    // malformed line Parse with file and line set ("path:LINE: expected KEY=VALUE").
    static Result<EnvFile> load(const QString& path);

    // Parses `text`; `fileName` is only used in errors.
    static Result<EnvFile> parse(const QString& text, const QString& fileName = {});

    // The value of `key`, or nullopt when the file does not define it.
    std::optional<QString> value(const QString& key) const;
    bool contains(const QString& key) const { return m_values.contains(key); }

    // The keys in the order of their first definition.
    QStringList keys() const { return m_keys; }

    // The 1-based line of the (last) definition of `key`, 0 when absent.
    int lineOf(const QString& key) const { return m_lines.value(key, 0); }

    // The file this was loaded from (empty for parse()).
    QString path() const { return m_path; }

private:
    QString m_path;
    QStringList m_keys;
    QHash<QString, QString> m_values;
    QHash<QString, int> m_lines;
};

} // namespace strata
