#include "runner/Planner.h"

#include "revision/RevisionGraph.h"

#include <QCoreApplication>

namespace strata {

QString RunRequest::kindName(Kind kind) {
    switch (kind) {
    case Kind::Upgrade:
        return QStringLiteral("upgrade");
    case Kind::Downgrade:
        return QStringLiteral("downgrade");
    case Kind::Stamp:
        break;
    }
    return QStringLiteral("stamp");
}

namespace {

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

QString directionText(const PlanStep& step) {
    return step.stamp         ? QStringLiteral("stamp")
           : step.isUpgrade() ? QStringLiteral("upgrade")
                              : QStringLiteral("downgrade");
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

Result<StepPlan> Planner::plan(const RevisionGraph& graph, const RunRequest& request,
                               const QStringList& currentHeads) {
    for (const QString& head : currentHeads)
        if (!graph.contains(head))
            return Error(ErrorCode::Target,
                         QCoreApplication::translate(
                             "strata", "environment '%1' is at revision %2, which is not in this "
                                       "project's version folders")
                             .arg(request.environment, head));
    if (request.kind != RunRequest::Kind::Stamp && request.targets.size() != 1)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("strata", "%1 takes exactly one target")
                         .arg(RunRequest::kindName(request.kind)));
    if (request.targets.isEmpty())
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("strata", "stamp takes one or more revisions"));
    STRATA_TRY_ASSIGN(StepPlan plan,
                      request.kind == RunRequest::Kind::Upgrade
                          ? graph.planUpgrade(request.targets.constFirst(), currentHeads)
                      : request.kind == RunRequest::Kind::Downgrade
                          ? graph.planDowngrade(request.targets.constFirst(), currentHeads)
                          : graph.planStamp(request.targets, currentHeads, request.purge));
    // The heads after each step, replayed from the rows where the graph left them empty.
    QStringList heads = plan.purge ? QStringList() : plan.initialHeads;
    for (PlanStep& step : plan.steps) {
        for (const VersionRowOp& op : step.rows) {
            if (op.kind != VersionRowOp::Kind::Insert)
                heads.removeAll(op.from);
            if (op.kind != VersionRowOp::Kind::Delete)
                heads << op.to;
        }
        if (step.headsAfter.isEmpty())
            step.headsAfter = heads;
    }
    return plan;
}

QString Planner::difference(const StepPlan& expected, const StepPlan& actual) {
    if (sorted(expected.initialHeads) != sorted(actual.initialHeads))
        return QCoreApplication::translate("strata", "the heads are now %1, not %2")
            .arg(headsText(actual.initialHeads), headsText(expected.initialHeads));
    if (expected.purge != actual.purge)
        return QCoreApplication::translate("strata", "--purge differs");
    const qsizetype common = qMin(expected.steps.size(), actual.steps.size());
    for (qsizetype i = 0; i < common; ++i) {
        const PlanStep& e = expected.steps.at(i);
        const PlanStep& a = actual.steps.at(i);
        const QString step = QCoreApplication::translate("strata", "step %1").arg(i + 1);
        if (e.revision != a.revision || e.direction != a.direction || e.stamp != a.stamp)
            return QCoreApplication::translate("strata", "%1 is now %2 %3, not %4 %5")
                .arg(step, directionText(a), a.revision, directionText(e), e.revision);
        if (e.fromRevisions != a.fromRevisions || e.toRevisions != a.toRevisions)
            return QCoreApplication::translate("strata", "%1 (%2) now goes %3 -> %4, not %5 -> %6")
                .arg(step, a.revision, headsText(a.fromRevisions), headsText(a.toRevisions),
                     headsText(e.fromRevisions), headsText(e.toRevisions));
        if (e.rows != a.rows)
            return QCoreApplication::translate("strata", "%1 (%2) now changes rows [%3], not [%4]")
                .arg(step, a.revision, a.rowsText(), e.rowsText());
        if (sorted(e.headsAfter) != sorted(a.headsAfter))
            return QCoreApplication::translate("strata", "%1 (%2) now leaves %3, not %4")
                .arg(step, a.revision, headsText(a.headsAfter), headsText(e.headsAfter));
    }
    if (expected.steps.size() != actual.steps.size())
        return QCoreApplication::translate("strata", "%1 step(s) now (%2), not %3 (%4)")
            .arg(actual.steps.size())
            .arg(actual.revisions().join(QStringLiteral(", ")))
            .arg(expected.steps.size())
            .arg(expected.revisions().join(QStringLiteral(", ")));
    if (sorted(expected.resultingHeads) != sorted(actual.resultingHeads))
        return QCoreApplication::translate("strata", "it would now end at %1, not %2")
            .arg(headsText(actual.resultingHeads), headsText(expected.resultingHeads));
    return {};
}

} // namespace strata
