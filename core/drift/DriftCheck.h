#pragma once

#include "Project.h"
#include "Result.h"
#include "drift/Cancellation.h"
#include "drift/ExpectedSchema.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <memory>
#include <utility>

namespace strata {

// One side of a drift comparison: an environment's live schema (and its heads), or the
// expected schema for some heads.
struct DriftSide {
    QString label; // the environment name, or "expected"
    QStringList heads;
    SchemaSnapshot snapshot;
};

// The reads behind `strata diff` and the studio's drift view and badges. Each call opens its
// own connection (an environment's through EnvironmentConnector), so calls may run on worker
// threads (never on the GUI thread). A Cancellation (may be null) stops them from another
// thread: the running statement is cancelled and the call fails with ErrorCode::Cancelled.
class DriftCheck {
public:
    // Snapshot options of a project: its version and history tables left out.
    static SnapshotOptions optionsFor(const Project& project);
    // An environment's heads and live schema. Errors name the environment, never a password.
    static Result<DriftSide> readEnvironment(const Project& project, const Environment& env,
                                             const SnapshotOptions& options,
                                             std::shared_ptr<Cancellation> cancellation = {});
    // Two environments' sides read at the same time (two connections, `a` on the calling thread
    // and `b` on a thread of its own): the time of the slower read rather than the sum. An error
    // names its environment; when one side fails, the other is cancelled at once (its
    // "cancelled" is not reported). `cancellation` stops both.
    static Result<std::pair<DriftSide, DriftSide>>
    readEnvironments(const Project& project, const Environment& a, const Environment& b,
                     const SnapshotOptions& options,
                     std::shared_ptr<Cancellation> cancellation = {});
    // The schema the revisions up to `heads` produce (ExpectedSchema: sandbox or shadow_url,
    // cached).
    static Result<DriftSide> expected(const Project& project, const QStringList& heads,
                                      const SnapshotOptions& options,
                                      ExpectedSchema::Progress progress = {},
                                      std::shared_ptr<Cancellation> cancellation = {});
    // The same for the heads of `live` (an environment read by readEnvironment), built on a
    // server of its major when one is installed (ExpectedSchema::setTarget).
    static Result<DriftSide> expected(const Project& project, const DriftSide& live,
                                      const SnapshotOptions& options,
                                      ExpectedSchema::Progress progress = {},
                                      std::shared_ptr<Cancellation> cancellation = {});
    // Whether an expected schema can be built without starting anything: the project has a
    // shadow_url, or the sandbox in `sandboxDir` (empty: the default one) runs. Looks at the
    // sandbox's files and process only (no connection), but call it off the GUI thread anyway.
    static bool canBuildExpected(const Project& project, const QString& sandboxDir = {});
};

} // namespace strata
