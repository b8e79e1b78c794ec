#pragma once

#include "Project.h"
#include "schema/DriftCheck.h"
#include "schema/SchemaDiff.h"

#include <QMetaType>

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
    // connections. Blocking: call it from a worker thread only.
    static DriftComparison compute(const Project& project, const QString& envA,
                                   const QString& against);
};

} // namespace strata

Q_DECLARE_METATYPE(strata::DriftComparison)
