#pragma once

#include "Result.h"
#include "runner/RunRequest.h"

#include <QString>

#include <functional>

namespace strata {

class HistoryTable;
class RevisionGraph;
class RunSession;
class VersionTable;
struct Revision;

// How `strata resolve` ends the dirty state left by a failed `Transactional: no` revision.
enum class ResolveAction {
    Retry,          // run the failed step again
    MarkApplied,    // the DBA finished it by hand: record its version rows as applied
    MarkRolledBack, // the DBA undid it by hand: the version stays where it is
};

// The dirty state (DESIGN §6): a `Transactional: no` revision that failed or was interrupted
// leaves its history row behind; every run refuses until it is resolved. Works on a RunSession
// that is open and holds the migration lock.
class DirtyStateResolver {
public:
    // Runs a one-step plan (the retry) the way a run does, filling the summary.
    using RunPlan = std::function<Result<void>(const StepPlan&, RunSummary&)>;

    DirtyStateResolver(const RevisionGraph& graph, RunSession& session,
                       const VersionTable& versions, const HistoryTable& history);

    // "strata resolve --env dev (--retry | --mark-applied | --mark-rolled-back)"
    static QString hint(const QString& environment);

    // ErrorCode::Dirty, in one line naming the revision and the way out, when it is dirty.
    Result<void> refuseIfDirty() const;
    // Ends the dirty state (ErrorCode::Usage when it is not dirty). The summary's headsAfter is
    // read back from the version table.
    Result<RunSummary> resolve(ResolveAction action, const RunPlan& runPlan);

private:
    Result<StepPlan> failedStep(const Revision& revision, const QString& direction,
                                const QStringList& heads) const;

    const RevisionGraph& m_graph;
    RunSession& m_session;
    const VersionTable& m_versions;
    const HistoryTable& m_history;
};

} // namespace strata
