#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace strata {

// What went wrong, in a category callers can branch on (CLI exit codes, studio icons).
enum class ErrorCode {
    Usage,      // bad arguments or an unknown name (exit 2)
    NotFound,   // a file, project, environment or revision that does not exist
    Parse,      // a revision file, SQL text or strata.toml that does not parse
    Config,     // a configuration value that is wrong (unset ${VAR}, bad URL)
    Graph,      // the revision graph is inconsistent (cycle, duplicate, missing parent)
    Target,     // a target that cannot be resolved (ambiguous, unknown, unreachable)
    Io,         // reading or writing a file failed
    Connection, // the database could not be reached
    Database,   // the server reported an error
    Lock,       // the migration lock could not be taken
    Cancelled,  // the user cancelled
    Dirty,      // the environment is dirty after a failed non-transactional revision
    Checksum,   // an applied revision changed since it was applied (strict mode)
    Internal,   // a bug
};

// One error, as data. Core never throws across threads or signals and never shows a dialog;
// it returns an Error and the caller decides how to present it.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  // one line, human readable, never contains a password
    QString file;     // where it applies: the file ...
    int line = 0;     // ... and its 1-based line (0 = unknown)
    int column = 0;   // 1-based column (0 = unknown)
    QString revision; // the revision it concerns, if any
    QString sqlstate; // server errors: SQLSTATE, detail, hint, statement, position
    QString detail;
    QString hint;
    QString statement;
    int position = 0; // 1-based character position in statement (server errors)

    Error() = default;
    Error(ErrorCode c, QString msg)
        : code(c)
        , message(std::move(msg)) {}

    Error& at(const QString& f, int l = 0, int c = 0) {
        file = f;
        line = l;
        column = c;
        return *this;
    }

    // "file:line:column: message" (only the parts that are known), on one line.
    QString toString() const {
        QString where;
        if (!file.isEmpty()) {
            where = file;
            if (line > 0) {
                where += QLatin1Char(':') + QString::number(line);
                if (column > 0)
                    where += QLatin1Char(':') + QString::number(column);
            }
            where += QLatin1String(": ");
        }
        QString text = where + message;
        if (!sqlstate.isEmpty())
            text += QLatin1String(" [SQLSTATE ") + sqlstate + QLatin1Char(']');
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
};

// A value or an Error. Cheap to move; test with ok() / operator bool.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    Error& error() { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    Error& error() { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace strata
