#pragma once

#include <QString>

namespace strata {

// How Connection::open connects, beyond the conninfo string or URI itself.
struct ConnectionOptions {
    // The environment name, used in application_name: "strata <version> <environment>".
    QString environment;
    // Overrides the application_name built from the environment when not empty.
    QString applicationName;
    // libpq connect_timeout in seconds (0 = wait forever). A connect_timeout inside the
    // conninfo wins.
    int connectTimeoutSeconds = 10;
    // Set with set_config() right after connecting when not empty; PostgreSQL syntax ("5s",
    // "500ms", "0").
    QString lockTimeout;
    QString statementTimeout;
    // A password given apart from the conninfo (typed in the studio, from the keyring). Passed
    // to libpq as its own keyword after the conninfo, so it wins over one written there and
    // never changes how the conninfo itself is parsed. Scrubbed from every message.
    QString password;
    // Another database of the same server (a scratch or catalog database) instead of the one
    // the conninfo names; empty = the conninfo's.
    QString database;

    // "strata 0.1.0 prod" (or "strata 0.1.0" without an environment), or applicationName.
    QString effectiveApplicationName() const;
};

} // namespace strata
