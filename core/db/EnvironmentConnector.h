#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "db/ConnectionOptions.h"

#include <QString>

#include <memory>

namespace strata {

class Connection;

// Why a connection to an environment is opened. It decides which of the environment's session
// settings apply and shows in application_name ("strata 0.1.0 prod", "strata 0.1.0 prod status").
enum class ConnectionPurpose {
    Run,      // upgrade / downgrade / stamp / resolve: lock_timeout and statement_timeout apply
    Status,   // status, current, log, the studio's cards: read-only, the timeouts apply
    Catalog,  // schema snapshots, completion, drift: read-only, the timeouts apply
    Progress, // the side connection polling pg_stat_progress_create_index: no lock_timeout,
              // a 5s statement_timeout (a poll never waits)
};

// The one place that opens an environment's connection (DESIGN §6, issue 10): expands ${VAR}
// in the environment's URL (Environment::conninfo), adds the typed or keyring password
// (Environment::password) apart from the expanded URL, sets application_name, connect_timeout,
// lock_timeout and statement_timeout once. Errors name the environment and never carry a
// password.
class EnvironmentConnector {
public:
    // The libpq options for `environment` and `purpose` (password included; never print them).
    static ConnectionOptions options(const Environment& environment, ConnectionPurpose purpose,
                                     int connectTimeoutSeconds = 10);
    // The expanded, normalised connection string (without the separate password): may hold a
    // password written in the URL, so print it only through ConnectionUrl::redact().
    // ErrorCode::Config "cannot parse the URL of environment 'dev'" (never echoing it) when
    // libpq cannot parse it, or when an unencoded character splits its password.
    static Result<QString> conninfo(const Environment& environment);
    static Result<void> checkStructure(const Environment& environment, const QString& conninfo);
    // Opens the connection. ErrorCode::Config for an unset ${VAR} or an unparsable URL,
    // ErrorCode::Connection when the server cannot be reached or refuses.
    static Result<std::unique_ptr<Connection>>
    open(const Environment& environment, ConnectionPurpose purpose, int connectTimeoutSeconds = 10);
    // Opens a connection to another database of the same server (a scratch or catalog
    // database): the environment's URL with dbname replaced.
    static Result<std::unique_ptr<Connection>> openDatabase(const Environment& environment,
                                                            const QString& database,
                                                            ConnectionPurpose purpose,
                                                            int connectTimeoutSeconds = 10);
};

} // namespace strata
