#include "session/ResolveJob.h"

#include "Project.h"
#include "runner/Runner.h"

#include <QCoreApplication>

#include <mutex>

namespace strata {

namespace {

// The runner a cancel reaches while it exists (the token may fire after it is gone).
struct CancelTarget {
    std::mutex mutex;
    Runner* runner = nullptr;
};

} // namespace

QString ResolveJob::actionName(ResolveAction action) {
    switch (action) {
    case ResolveAction::Retry:
        return QCoreApplication::translate("strata::ResolveJob", "retried");
    case ResolveAction::MarkApplied:
        return QCoreApplication::translate("strata::ResolveJob", "marked applied");
    case ResolveAction::MarkRolledBack:
        return QCoreApplication::translate("strata::ResolveJob", "marked rolled back");
    }
    return {};
}

ResolveOutcome ResolveJob::run(std::shared_ptr<const Project> project,
                               const Environment& environment, ResolveAction action,
                               const CancelToken& token) {
    ResolveOutcome out;
    auto target = std::make_shared<CancelTarget>();
    token.onCancel([target] {
        std::lock_guard<std::mutex> guard(target->mutex);
        if (target->runner)
            target->runner->cancel();
    });
    Result<RunSummary> done = [&]() -> Result<RunSummary> {
        Runner runner(*project, environment);
        {
            std::lock_guard<std::mutex> guard(target->mutex);
            target->runner = &runner;
        }
        if (token.cancelled())
            runner.cancel();
        Result<RunSummary> result = runner.resolve(action);
        std::lock_guard<std::mutex> guard(target->mutex);
        target->runner = nullptr;
        return result;
    }();
    if (!done) {
        out.message = done.error().toString();
        return out;
    }
    out.ok = true;
    out.headsAfter = done->headsAfter;
    out.message =
        QCoreApplication::translate("strata::ResolveJob", "%1: %2; it is at %3.")
            .arg(environment.name, actionName(action),
                 done->headsAfter.isEmpty()
                     ? QCoreApplication::translate("strata::ResolveJob", "base (no revision)")
                     : done->headsAfter.join(QStringLiteral(", ")));
    return out;
}

} // namespace strata
