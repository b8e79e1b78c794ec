#include "runner/DirtyStateResolver.h"

#include "db/Connection.h"
#include "db/TransactionGuard.h"
#include "revision/RevisionGraph.h"
#include "runner/HistoryTable.h"
#include "runner/Planner.h"
#include "runner/RunSession.h"
#include "runner/StepExecutor.h"
#include "runner/VersionTable.h"

#include <QCoreApplication>

#include <optional>

namespace strata {

DirtyStateResolver::DirtyStateResolver(const RevisionGraph& graph, RunSession& session,
                                       const VersionTable& versions, const HistoryTable& history)
    : m_graph(graph)
    , m_session(session)
    , m_versions(versions)
    , m_history(history) {}

QString DirtyStateResolver::hint(const QString& environment) {
    return QStringLiteral("strata resolve --env %1 (--retry | --mark-applied | --mark-rolled-back)")
        .arg(environment);
}

Result<void> DirtyStateResolver::refuseIfDirty() const {
    STRATA_TRY_ASSIGN(const std::optional<HistoryRow> dirty,
                      m_history.dirtyRow(m_session.connection()));
    if (!dirty)
        return {};
    const QString& env = m_session.environment().name;
    Error e(ErrorCode::Dirty,
            QCoreApplication::translate(
                "strata", "environment '%1' is dirty: the %2 of non-transactional revision %3 "
                          "%4 at %5; run `%6` first")
                .arg(env, dirty->direction, dirty->revision,
                     dirty->status == HistoryRow::Status::Running
                         ? QCoreApplication::translate("strata", "was interrupted")
                         : HistoryRow::statusName(dirty->status),
                     dirty->startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")),
                     hint(env)));
    e.revision = dirty->revision;
    return e;
}

// The step the failed row stood for, planned again from the current heads.
Result<StepPlan> DirtyStateResolver::failedStep(const Revision& rev, const QString& direction,
                                                const QStringList& heads) const {
    RunRequest request;
    request.environment = m_session.environment().name;
    if (direction == QLatin1String("upgrade")) {
        request.kind = RunRequest::Kind::Upgrade;
        request.targets = {rev.id};
    } else {
        request.kind = RunRequest::Kind::Downgrade;
        request.targets = {rev.parents.size() == 1 ? rev.parents.constFirst()
                           : rev.parents.isEmpty() ? QStringLiteral("base")
                                                   : rev.id + QStringLiteral("-1")};
    }
    STRATA_TRY_ASSIGN(const StepPlan plan, Planner::plan(m_graph, request, heads));
    StepPlan one;
    one.initialHeads = plan.initialHeads;
    for (const PlanStep& step : plan.steps)
        if (step.revision == rev.id) {
            one.steps << step;
            one.resultingHeads = step.headsAfter;
            return one;
        }
    return Error(ErrorCode::Target,
                 QCoreApplication::translate("strata",
                                             "revision %1 is no longer a step from the current "
                                             "heads (%2); use --mark-rolled-back")
                     .arg(rev.id, heads.isEmpty() ? QStringLiteral("<base>")
                                                  : heads.join(QStringLiteral(", "))));
}

Result<RunSummary> DirtyStateResolver::resolve(ResolveAction action, const RunPlan& runPlan) {
    Connection& conn = m_session.connection();
    const QString& env = m_session.environment().name;
    STRATA_TRY_ASSIGN(const std::optional<HistoryRow> dirty, m_history.dirtyRow(conn));
    if (!dirty)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "strata", "environment '%1' is not dirty: nothing to resolve")
                         .arg(env));
    const HistoryRow& row = *dirty;
    const Revision* rev = m_graph.revision(row.revision);
    if (!rev && action != ResolveAction::MarkRolledBack)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("strata", "the dirty revision %1 is not in this project")
                .arg(row.revision));
    RunSummary summary;
    STRATA_TRY_ASSIGN(summary.headsBefore, m_versions.readHeads(conn));
    switch (action) {
    case ResolveAction::MarkRolledBack:
        STRATA_TRY(m_history.setResolution(conn, row.id, QStringLiteral("marked-rolled-back")));
        break;
    case ResolveAction::MarkApplied: {
        STRATA_TRY_ASSIGN(summary.plan, failedStep(*rev, row.direction, summary.headsBefore));
        HistoryRow applied = HistoryRow::started(rev->id, row.direction, env);
        applied.transactional = false;
        applied.checksum = row.checksum;
        applied.status = HistoryRow::Status::Succeeded;
        applied.finishedAt = applied.startedAt;
        applied.durationMs = 0;
        applied.errorMessage =
            QCoreApplication::translate("strata", "marked applied by strata resolve (row %1)")
                .arg(row.id);
        TransactionGuard tx(conn);
        STRATA_TRY(tx.begun());
        STRATA_TRY(m_versions.applyAll(conn, summary.plan.steps.constFirst().rows));
        STRATA_TRY(m_history.insert(conn, applied));
        STRATA_TRY(m_history.setResolution(conn, row.id, QStringLiteral("marked-applied")));
        STRATA_TRY(tx.commit());
        summary.stepsDone = 1;
        break;
    }
    case ResolveAction::Retry: {
        STRATA_TRY_ASSIGN(const StepPlan one, failedStep(*rev, row.direction, summary.headsBefore));
        STRATA_TRY(StepExecutor::prepare(m_graph, one)); // refuse before marking anything
        STRATA_TRY(m_history.setResolution(conn, row.id, QStringLiteral("retried")));
        STRATA_TRY(runPlan(one, summary));
        break;
    }
    }
    // What the table says now, not what the plan expected.
    STRATA_TRY_ASSIGN(summary.headsAfter, m_versions.readHeads(conn));
    return summary;
}

} // namespace strata
