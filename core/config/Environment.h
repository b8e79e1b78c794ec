#pragma once

#include "Result.h"

#include <QString>

namespace strata {

// One [environments.NAME] table of strata.toml, as written. Plain data: ProjectConfig::load()
// fills it and checks every field; tests and tools may also build one by hand.
struct Environment {
    QString name;                  // "dev", "prod": letters, digits, '_', '-', '.'
    QString url;                   // as written: a libpq URI or conninfo, may hold ${VAR}
    QString color;                 // "#rrggbb" (or a colour name); a palette default if unset
    bool isProtected = false;      // `protected = true`: typed confirmation / --confirm NAME
    qint64 lockTimeoutMs = 0;      // lock_timeout in milliseconds, 0 = none
    qint64 statementTimeoutMs = 0; // statement_timeout in milliseconds, 0 = none
    bool backup = false;           // pg_dump -Fc into the backup folder before every run
    QString pgDump;                // `pg_dump = "..."`: the pg_dump for its backups (empty: the
                                   // project's, else the newest found)
    QString description;           // optional free text (empty = none)
    QString file;                  // the strata.toml that defines it ...
    int line = 0;                  // ... and the 1-based line of its [environments.NAME] header
    QString envFilePath;           // the .env consulted for ${VAR} (beside strata.toml)
    int index = 0;                 // position in file order (0 = first)
    // A password typed in the studio or read from the OS keyring: never read from or written to
    // strata.toml, never printed. EnvironmentConnector hands it to libpq apart from the
    // expanded URL (so ${VAR} expansion and URL parsing never see it).
    QString password;

    // The connection string to hand to libpq: `url` with ${VAR} / ${VAR:-default} expanded
    // (process environment first, then envFilePath) and normalised by ConnectionUrl::normalise.
    // Expansion happens here, on use, so an unset variable only breaks commands that use this
    // environment. An unset variable is ErrorCode::Config at file:line:
    //   "environment 'dev': ${DATABASE_URL} is not set (not in the environment nor in .env)".
    // The result may hold a password: print it only through ConnectionUrl::redact().
    Result<QString> conninfo() const;

    // `url` as written, with any password in it redacted: safe to print.
    QString displayUrl() const;

    // The palette colour for the environment at `index` when strata.toml sets none.
    static QString defaultColor(int index);
};

// Expands ${VAR} and ${VAR:-default} in `text`. A variable counts as set when the process
// environment or the .env file at `envFilePath` (if it exists; empty = none) gives it a
// non-empty value, the process environment first; the default applies when it is unset. A '$'
// not followed by '{' is kept as is; a default ends at the first '}'. Errors (ErrorCode::Config,
// no file/line; the caller adds its context): an unset variable without default
// ("${X} is not set (not in the environment nor in .env)"), an unterminated "${" or a bad
// name. A malformed .env is reported with its own file and line (ErrorCode::Parse).
Result<QString> expandVariables(const QString& text, const QString& envFilePath);

// Checks the ${...} syntax of `text` without looking anything up (used when strata.toml is
// loaded, so that a typo is reported with its line even in an unused environment).
Result<void> checkVariableSyntax(const QString& text);

} // namespace strata
