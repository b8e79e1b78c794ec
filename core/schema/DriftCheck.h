#pragma once

#include "Project.h"
#include "Result.h"
#include "schema/ExpectedSchema.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

namespace strata {

// One side of a drift comparison: an environment's live schema (and its heads), or the
// expected schema for some heads.
struct DriftSide {
    QString label; // the environment name, or "expected"
    QStringList heads;
    SchemaSnapshot snapshot;
};

// The reads behind `strata diff` and the studio's drift view and badges. Each call opens its
// own connection, so calls may run on worker threads (never on the GUI thread).
class DriftCheck {
public:
    // Snapshot options of a project: its version and history tables left out.
    static SnapshotOptions optionsFor(const Project& project);
    // An environment's heads and live schema. Errors name the environment, never a password.
    static Result<DriftSide> readEnvironment(const Project& project, const Environment& env,
                                             const SnapshotOptions& options);
    // The schema the revisions up to `heads` produce (ExpectedSchema: sandbox or shadow_url,
    // cached).
    static Result<DriftSide> expected(const Project& project, const QStringList& heads,
                                      const SnapshotOptions& options,
                                      ExpectedSchema::Progress progress = {});
};

} // namespace strata
