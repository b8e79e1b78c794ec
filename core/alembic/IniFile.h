#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// An .ini file read as Python's configparser.ConfigParser reads alembic.ini (Alembic's
// Config.file_config): sections, `key = value` or `key: value` (keys lower-cased), values
// continued on indented lines (joined with '\n'), whole-line comments starting with '#' or ';',
// no inline comments, and BasicInterpolation: %(name)s from the same section, then [DEFAULT],
// then the defaults given (Alembic passes `here`, the ini file's folder); %% is a literal %.
class IniFile {
public:
    // Parses `text`; `path` names the file in errors (ErrorCode::Parse with its line).
    static Result<IniFile> parse(const QString& text, const QString& path);
    static Result<IniFile> load(const QString& path);

    bool hasSection(const QString& section) const;
    QStringList sections() const { return m_order; }
    bool has(const QString& section, const QString& key) const;
    // The raw value as written (no interpolation), or a null QString.
    QString raw(const QString& section, const QString& key) const;
    // The line the key is on (0 when absent).
    int line(const QString& section, const QString& key) const;
    // The interpolated value. A missing key gives a null QString; a bad reference or a lone '%'
    // is ErrorCode::Config naming the file and line, as configparser would refuse it.
    Result<QString> value(const QString& section, const QString& key,
                          const QHash<QString, QString>& defaults = {}) const;

    QString path() const { return m_path; }

private:
    struct Entry {
        QString value;
        int line = 0;
    };
    Result<QString> interpolate(const QString& section, const QString& key, const Entry& entry,
                                const QHash<QString, QString>& defaults, int depth) const;
    const Entry* find(const QString& section, const QString& key) const;

    QString m_path;
    QStringList m_order;
    QHash<QString, QHash<QString, Entry>> m_sections; // section -> lower-cased key -> entry
};

} // namespace strata
