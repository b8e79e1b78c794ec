#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace strata {

// What went wrong, in a category callers can branch on (CLI exit codes, studio icons).
enum class ErrorCode {
    Usage,          // bad arguments or an unknown name (exit 2)
    NotFound,       // a file, project, environment or revision that does not exist
    Parse,          // a revision file, SQL text or strata.toml that does not parse
    Config,         // a configuration value that is wrong (unset ${VAR}, bad URL)
    Graph,          // the revision graph is inconsistent (cycle, duplicate, missing parent)
    Target,         // a target that cannot be resolved (ambiguous, unknown, unreachable)
    Io,             // reading or writing a file failed
    Connection,     // the database could not be reached
    Authentication, // the server wants a password that was not given, or rejected the one given
    Database,       // the server reported an error
    Lock,           // the migration lock could not be taken
    Cancelled,      // the user cancelled
    Dirty,          // the environment is dirty after a failed non-transactional revision
    Checksum,       // an applied revision changed since it was applied (strict mode)
    Internal,       // a bug
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

namespace detail {
// A checked failure: reading the value of an error or the error of a success is a bug in the
// caller. It aborts with a message in every build type instead of undefined behaviour.
[[noreturn]] void resultMisuse(const char* what, const Error* error);
} // namespace detail

template <typename T>
class Result;

template <typename R>
struct IsResult : std::false_type {};
template <typename T>
struct IsResult<Result<T>> : std::true_type {};

// A value or an Error. Cheap to move; test with ok() / operator bool. Chain with and_then()
// (the next step returns a Result), transform() (the next step returns a plain value) and
// or_else() (handle or replace the error); early-return with STRATA_TRY / STRATA_TRY_ASSIGN.
template <typename T>
class [[nodiscard]] Result {
public:
    using ValueType = T;

    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return *checkedValue(); }
    const T& value() const& { return *checkedValue(); }
    T&& value() && { return std::move(*checkedValue()); }
    T* operator->() { return checkedValue(); }
    const T* operator->() const { return checkedValue(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }

    const Error& error() const& { return *checkedError(); }
    Error& error() & { return *checkedError(); }
    Error&& error() && { return std::move(*checkedError()); }

    // f(T) -> Result<U>: called with the value; an error passes through unchanged.
    template <typename F>
    auto and_then(F&& f) && -> std::invoke_result_t<F, T&&> {
        if (!ok())
            return std::move(*this).error();
        return std::invoke(std::forward<F>(f), std::move(*this).value());
    }
    template <typename F>
    auto and_then(F&& f) const& -> std::invoke_result_t<F, const T&> {
        if (!ok())
            return error();
        return std::invoke(std::forward<F>(f), value());
    }
    // f(T) -> U: the value mapped; an error passes through unchanged.
    template <typename F>
    auto transform(F&& f) && -> Result<std::invoke_result_t<F, T&&>> {
        if (!ok())
            return std::move(*this).error();
        if constexpr (std::is_void_v<std::invoke_result_t<F, T&&>>) {
            std::invoke(std::forward<F>(f), std::move(*this).value());
            return {};
        } else {
            return std::invoke(std::forward<F>(f), std::move(*this).value());
        }
    }
    // f(Error) -> Result<T>: called with the error (to add context or recover).
    template <typename F>
    Result or_else(F&& f) && {
        if (ok())
            return std::move(*this);
        return std::invoke(std::forward<F>(f), std::move(*this).error());
    }

private:
    T* checkedValue() {
        if (!ok())
            detail::resultMisuse("value() of an error", std::get_if<1>(&m_data));
        return std::get_if<0>(&m_data);
    }
    const T* checkedValue() const {
        if (!ok())
            detail::resultMisuse("value() of an error", std::get_if<1>(&m_data));
        return std::get_if<0>(&m_data);
    }
    Error* checkedError() {
        if (ok())
            detail::resultMisuse("error() of a success", nullptr);
        return std::get_if<1>(&m_data);
    }
    const Error* checkedError() const {
        if (ok())
            detail::resultMisuse("error() of a success", nullptr);
        return std::get_if<1>(&m_data);
    }

    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    using ValueType = void;

    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const& { return *checkedError(); }
    Error& error() & { return *checkedError(); }
    Error&& error() && { return std::move(*checkedError()); }

    // f() -> Result<U>.
    template <typename F>
    auto and_then(F&& f) const -> std::invoke_result_t<F> {
        if (!ok())
            return error();
        return std::invoke(std::forward<F>(f));
    }
    // f() -> U.
    template <typename F>
    auto transform(F&& f) const -> Result<std::invoke_result_t<F>> {
        if (!ok())
            return error();
        if constexpr (std::is_void_v<std::invoke_result_t<F>>) {
            std::invoke(std::forward<F>(f));
            return {};
        } else {
            return std::invoke(std::forward<F>(f));
        }
    }
    template <typename F>
    Result or_else(F&& f) && {
        if (ok())
            return {};
        return std::invoke(std::forward<F>(f), std::move(*this).error());
    }

private:
    Error* checkedError() {
        if (!m_error)
            detail::resultMisuse("error() of a success", nullptr);
        return &*m_error;
    }
    const Error* checkedError() const {
        if (!m_error)
            detail::resultMisuse("error() of a success", nullptr);
        return &*m_error;
    }

    std::optional<Error> m_error;
};

} // namespace strata

#define STRATA_RESULT_CONCAT_INNER(a, b) a##b
#define STRATA_RESULT_CONCAT(a, b) STRATA_RESULT_CONCAT_INNER(a, b)

// Returns the error of `expr` (any Result) from the enclosing function, which returns a Result.
//   STRATA_TRY(conn.exec("SET ..."));
#define STRATA_TRY(expr)                                                                           \
    do {                                                                                           \
        auto&& strataTryResult_ = (expr);                                                          \
        if (!strataTryResult_.ok())                                                                \
            return std::move(strataTryResult_).error();                                            \
    } while (false)

// Declares or assigns `lhs` from the value of `expr`, or returns its error.
//   STRATA_TRY_ASSIGN(auto conn, Connection::open(url));
#define STRATA_TRY_ASSIGN(lhs, expr)                                                               \
    auto&& STRATA_RESULT_CONCAT(strataTryAssign_, __LINE__) = (expr);                              \
    if (!STRATA_RESULT_CONCAT(strataTryAssign_, __LINE__).ok())                                    \
        return std::move(STRATA_RESULT_CONCAT(strataTryAssign_, __LINE__)).error();                \
    lhs = std::move(STRATA_RESULT_CONCAT(strataTryAssign_, __LINE__)).value()
