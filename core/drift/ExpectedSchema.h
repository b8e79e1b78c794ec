#pragma once

#include "Project.h"
#include "Result.h"
#include "drift/Cancellation.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <functional>
#include <memory>

namespace strata {

class Connection;

// The schema an environment should have: the project's revisions up to its heads, applied by
// the Runner to a scratch database (ScratchMigrator: `.sql` and SQL-form `.py` steps by Strata's
// runner, Alembic Python steps through the project's Alembic and env.py, in plan order) and
// snapshotted. The scratch database lives on the
// project's `shadow_url` server when one is configured (opened through EnvironmentConnector; a
// database is created there and dropped after), otherwise on the local sandbox (started when
// needed). Snapshots are cached by (heads, the upgrade checksums of every revision, server
// major version; a Python revision by its whole file, and alembic.ini and env.py count too), so
// the second `diff --against expected` costs only the live snapshot.
//
// build() blocks; a caller on another thread stops it with the Cancellation given to
// setCancellation(): between steps, and mid-step (the running revision through Runner::cancel,
// a running statement through its Canceller). A cancelled build drops its scratch database and
// fails with ErrorCode::Cancelled.
class ExpectedSchema {
public:
    using Progress = std::function<void(const QString& message)>;

    explicit ExpectedSchema(const Project& project);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancellation(std::shared_ptr<Cancellation> cancellation) {
        m_cancellation = std::move(cancellation);
    }
    // The cache folder (default: $XDG_CACHE_HOME/strata/expected, else ~/.cache/...).
    void setCacheDir(const QString& dir) { m_cacheDir = dir; }
    // The sandbox folder used when the project has no shadow_url (default: Sandbox's default).
    void setSandboxDir(const QString& dir) { m_sandboxDir = dir; }
    // The environment the expected schema is for, and its server major (server_version_num /
    // 10000; 0: any): the scratch database runs on a sandbox of that major when one is installed.
    void setTarget(const QString& environment, int serverMajor) {
        m_targetName = environment;
        m_targetMajor = serverMajor;
    }

    Result<SchemaSnapshot> build(const QStringList& heads, const SnapshotOptions& options);

    // The cache key of `heads` (exposed for tests).
    QString cacheKey(const QStringList& heads, int serverMajor) const;

    // The project's shadow_url as an environment ("shadow"), for EnvironmentConnector.
    static Environment shadowEnvironment(const ProjectConfig& config);

private:
    struct Server;
    Result<Server> openServer();
    Result<SchemaSnapshot> buildOn(const QString& scratchUrl, const QStringList& heads,
                                   const SnapshotOptions& options);
    void say(const QString& message) const;
    bool cancelled() const { return Cancellation::isCancelled(m_cancellation); }

    const Project& m_project;
    Progress m_progress;
    std::shared_ptr<Cancellation> m_cancellation;
    QString m_cacheDir;
    QString m_sandboxDir;
    QString m_targetName;
    int m_targetMajor = 0;
};

} // namespace strata
