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

    // Reads `envA` and `against` (an environment name or "expected") with their own
    // connections. Blocking: call it from a worker thread only. `cancellation` (may be null)
    // stops it from another thread (the error is then ErrorCode::Cancelled). Against
    // "expected" without a scratch server (no shadow_url, the sandbox not running) it fails at
    // once with a hint rather than starting a cluster.
    static DriftComparison compute(const Project& project, const QString& envA,
                                   const QString& against,
                                   std::shared_ptr<Cancellation> cancellation = {});
    // The hint given when no expected schema can be built.
    static QString noScratchServerHint();
};

} // namespace strata

Q_DECLARE_METATYPE(strata::DriftComparison)
