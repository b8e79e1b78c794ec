#pragma once

#include "common/Async.h"
#include "config/Environment.h"
#include "runner/DirtyStateResolver.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace strata {

class Project;

// What resolving a dirty environment came to (handed back to the GUI thread).
struct ResolveOutcome {
    bool ok = false;
    QString message;        // "dev: marked applied; it is at r2." or the error, one line
    QStringList headsAfter; // when ok
};

// Ends the dirty state of one environment like `strata resolve` (Runner::resolve, under the
// migration lock) on the calling thread, which must be a worker (strata::async): it connects.
// `token` cancels the wait for the lock or the running statement from any thread.
class ResolveJob {
public:
    static ResolveOutcome run(std::shared_ptr<const Project> project,
                              const Environment& environment, ResolveAction action,
                              const CancelToken& token);
    // "retry", "mark applied", "mark rolled back" (translated).
    static QString actionName(ResolveAction action);
};

} // namespace strata

Q_DECLARE_METATYPE(strata::ResolveOutcome)
