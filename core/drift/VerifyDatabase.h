#pragma once

#include "Result.h"
#include "config/Environment.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace strata {

class Connection;

// The database a `strata verify` runs on, and leaving nothing behind afterwards (issue 13):
//   - a new scratch database on the local sandbox (started when needed), dropped afterwards;
//   - a new scratch database on another server (the project's shadow_url), dropped afterwards;
//   - a given database that must be empty (no user table, hence no version table): what the
//     verification created in it (extensions, schemas, tables, views, sequences, routines,
//     types) is dropped afterwards, so it is empty again.
// Every connection goes through EnvironmentConnector; errors name the database by its redacted
// URL or its environment.
class VerifyDatabase {
public:
    ~VerifyDatabase();
    VerifyDatabase(const VerifyDatabase&) = delete;
    VerifyDatabase& operator=(const VerifyDatabase&) = delete;

    // `sandboxDir` empty: Sandbox::defaultDirectory(). `serverMajor` (0: any): on a sandbox of
    // that major when one is installed (ScratchSandbox), else on the default one.
    static Result<std::unique_ptr<VerifyDatabase>> onSandbox(const QString& sandboxDir,
                                                             int serverMajor = 0);
    // A scratch database created on the server of `server` (its URL names any database there).
    static Result<std::unique_ptr<VerifyDatabase>> onServer(const Environment& server);
    // `environment`'s own database; ErrorCode::Usage when it has a user table.
    static Result<std::unique_ptr<VerifyDatabase>> existing(const Environment& environment);

    // The database as an environment (its URL the expanded conninfo, the password apart), for
    // ScratchMigrator and EnvironmentConnector.
    const Environment& environment() const { return m_environment; }
    // What to call it in messages: "scratch database strata_verify_… on the sandbox",
    // "postgresql://u:***@h/db".
    const QString& description() const { return m_description; }

    // Drops the scratch database, or empties the given one back; also done by the destructor.
    Result<void> release();

    // The user tables of the database on `conn` ("public.items"), at most `limit`, and how many
    // there are in all (exposed for tests).
    static Result<QStringList> userTables(Connection& conn, int limit, int* total = nullptr);

private:
    VerifyDatabase() = default;
    Result<void> dropScratch();
    Result<void> emptyBack();

    enum class Kind { Scratch, Existing };
    Kind m_kind = Kind::Scratch;
    Environment m_environment; // where the verification runs
    Environment m_admin;       // Scratch: the server's maintenance database
    QString m_sandboxDir;      // Scratch on the sandbox (m_admin unused)
    bool m_onSandbox = false;
    QString m_database;
    QString m_description;
    QStringList m_objectsBefore; // Existing: what was there already (kind + identity)
    bool m_released = false;
};

} // namespace strata
