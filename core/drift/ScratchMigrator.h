#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "drift/Cancellation.h"
#include "runner/RunEvent.h"
#include "runner/RunRequest.h"

#include <QString>

#include <functional>
#include <memory>

namespace strata {

class Project;
class Runner;

// Moves a scratch database through the project's revisions with the same Runner, plans and
// executors as a real run: `.sql` and SQL-form `.py` steps by Strata's own runner, Alembic
// Python steps through the project's interpreter, Alembic and env.py (the bridge), which get the
// scratch database's URL as `sqlalchemy.url` and DATABASE_URL exactly as an `upgrade` would.
// Used by the expected schema and round-trip verification (not for a real environment: it
// writes the version and history tables of the scratch database only).
//
// upgrade()/downgrade() block; the Cancellation given stops them from any thread (the running
// SQL statement through its Canceller, a `.py` step by pg_cancel_backend on the bridge's
// server pid and then by stopping the child) with ErrorCode::Cancelled. Errors are one line
// that names the revision (and its file), or the interpreter when it is not usable.
class ScratchMigrator {
public:
    using EventHandler = std::function<void(const RunEvent&)>;

    // `name`: the environment name the errors and events carry ("expected", "scratch").
    ScratchMigrator(const Project& project, const QString& scratchUrl, const QString& name,
                    std::shared_ptr<Cancellation> cancellation);
    ~ScratchMigrator();
    ScratchMigrator(const ScratchMigrator&) = delete;
    ScratchMigrator& operator=(const ScratchMigrator&) = delete;

    // Every event of the runs (statements with their text, NOTICEs, steps), on the running
    // thread.
    void setEventHandler(EventHandler handler);

    Result<RunSummary> upgrade(const QString& target);
    Result<RunSummary> downgrade(const QString& target);

    const Environment& environment() const { return m_environment; }

private:
    Result<RunSummary> run(RunRequest::Kind kind, const QString& target);

    Environment m_environment;
    std::shared_ptr<Cancellation> m_cancellation;
    std::unique_ptr<Runner> m_runner;
};

} // namespace strata
