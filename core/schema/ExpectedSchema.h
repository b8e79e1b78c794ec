#pragma once

#include "Project.h"
#include "Result.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <functional>

namespace strata {

// The schema an environment should have: the project's revisions up to its heads, applied by
// the Runner to a scratch database and snapshotted. The scratch database lives on the
// project's `shadow_url` server when one is configured (a database is created there and
// dropped after), otherwise on the local sandbox (started when needed). Snapshots are cached
// by (heads, the upgrade checksums of every revision, server major version), so the second
// `diff --against expected` costs only the live snapshot.
class ExpectedSchema {
public:
    using Progress = std::function<void(const QString& message)>;

    explicit ExpectedSchema(const Project& project);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // The cache folder (default: $XDG_CACHE_HOME/strata/expected, else ~/.cache/...).
    void setCacheDir(const QString& dir) { m_cacheDir = dir; }
    // The sandbox folder used when the project has no shadow_url (default: Sandbox's default).
    void setSandboxDir(const QString& dir) { m_sandboxDir = dir; }

    Result<SchemaSnapshot> build(const QStringList& heads, const SnapshotOptions& options);

    // The cache key of `heads` (exposed for tests).
    QString cacheKey(const QStringList& heads, int serverMajor) const;

private:
    Result<SchemaSnapshot> buildOn(const QString& scratchUrl, const QStringList& heads,
                                   const SnapshotOptions& options);
    void say(const QString& message) const;

    const Project& m_project;
    Progress m_progress;
    QString m_cacheDir;
    QString m_sandboxDir;
};

} // namespace strata
