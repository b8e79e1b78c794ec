#pragma once

#include "Project.h"
#include "drift/Cancellation.h"
#include "drift/DriftCheck.h"
#include "schema/SchemaDiff.h"

#include <QMetaType>

#include <memory>
#include <optional>

namespace strata {

// The outcome of one drift comparison, computed on a worker thread: both sides and their diff,
// or the error. Copyable, so it crosses threads through QFuture.
struct DriftComparison {
    DriftSide a;
    DriftSide b;
    SchemaDiff diff;
    std::optional<Error> error;

    // Against "expected" without a shadow_url: start the sandbox when it is not running (an
    // explicit comparison in the drift view), or fail at once with noScratchServerHint() (the
    // badges, which never start a cluster on their own).
    enum class Sandbox { StartWhenNeeded, OnlyWhenRunning };

    // Reads `envA` and `against` (an environment name or "expected") with their own
    // connections. Blocking: call it from a worker thread only (the sandbox check included).
    // `cancellation` (may be null) stops it from another thread (the error is then
    // ErrorCode::Cancelled).
    static DriftComparison compute(const Project& project, const QString& envA,
                                   const QString& against,
                                   std::shared_ptr<Cancellation> cancellation = {},
                                   Sandbox sandbox = Sandbox::StartWhenNeeded);
    // The hint given when no expected schema can be built.
    static QString noScratchServerHint();
};

} // namespace strata

Q_DECLARE_METATYPE(strata::DriftComparison)
