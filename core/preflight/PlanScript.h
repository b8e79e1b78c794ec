#pragma once

#include "Result.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"

#include <QString>

#include <atomic>

namespace strata {

class Project;

// The offline SQL of a plan, exactly as `strata upgrade --sql` writes it (OfflineScript in
// Alembic's format, Alembic Python steps rendered by Alembic's offline mode through the
// bridge): what the plan dialog's "Export as SQL…" saves. May start the project's Python: call
// it off the GUI thread.
class PlanScript {
public:
    static Result<QString> render(const Project& project, const StepPlan& plan,
                                  const RunRequest& request,
                                  const std::atomic<bool>* cancelled = nullptr);
    // Writes `text` to `path` atomically (a temporary file renamed over it: a reader never
    // sees half a script, a failure leaves the old file). ErrorCode::Io naming the file.
    static Result<void> write(const QString& path, const QString& text);
};

} // namespace strata
