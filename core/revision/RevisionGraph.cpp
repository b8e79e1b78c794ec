#include "revision/RevisionGraph.h"

#include "revision/GraphBuilder.h"
#include "revision/GraphData.h"
#include "revision/HeadMaintainer.h"
#include "revision/StepCollector.h"
#include "revision/TargetResolver.h"
#include "revision/TopologicalOrder.h"

#include <QCoreApplication>

#include <utility>

// A port of Alembic's RevisionMap (alembic/script/revision.py), ScriptDirectory._upgrade_revs /
// _downgrade_revs / _stamp_revs (alembic/script/base.py) and HeadMaintainer / RevisionStep /
// StampStep (alembic/runtime/migration.py). This file is the public face; the work is done by
// GraphBuilder, TargetResolver, TargetParser, StepCollector, TopologicalOrder and HeadMaintainer.

namespace strata {

namespace {

// "start:end" for offline SQL; false when `spec` has no colon.
Result<bool> splitRange(const QString& spec, QString& start, QString& end) {
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    if (spec.indexOf(QLatin1Char(':'), colon + 1) >= 0)
        return Error(
            ErrorCode::Usage,
            QCoreApplication::translate("strata", "Range %1 has more than one ':'; use START:END")
                .arg(spec));
    start = spec.left(colon).trimmed();
    end = spec.mid(colon + 1).trimmed();
    return true;
}

// The current heads of an upgrade or downgrade: those given, or the start of a range.
struct Bounds {
    QStringList current;
    QString destination;
};
Result<Bounds> boundsOf(const QString& target, const QStringList& currentHeads) {
    Bounds b{currentHeads, target};
    QString start;
    STRATA_TRY_ASSIGN(const bool ranged, splitRange(target, start, b.destination));
    if (ranged)
        b.current = start.isEmpty() ? QStringList() : QStringList{start};
    return b;
}

const std::vector<int>& checkedList(const std::vector<std::vector<int>>& lists, int index) {
    Q_ASSERT(index >= 0 && size_t(index) < lists.size());
    return lists[size_t(index)];
}

} // namespace

// --- construction -----------------------------------------------------------------------------

RevisionGraph::RevisionGraph()
    : m_data(std::make_shared<GraphData>()) {}

RevisionGraph::RevisionGraph(std::shared_ptr<const GraphData> data)
    : m_data(std::move(data)) {}

GraphBuild RevisionGraph::build(std::vector<Revision> revisions) {
    GraphBuilder::Output built = GraphBuilder(std::move(revisions)).build();
    GraphBuild out;
    out.graph = RevisionGraph(std::move(built.data));
    out.problems = std::move(built.problems);
    return out;
}

Result<RevisionGraph> RevisionGraph::fromRevisions(std::vector<Revision> revisions) {
    GraphBuild b = build(std::move(revisions));
    if (!b.problems.isEmpty())
        return b.problems.front();
    return std::move(b.graph);
}

// --- revisions --------------------------------------------------------------------------------

int RevisionGraph::size() const {
    return m_data->n();
}

int RevisionGraph::indexOf(const QString& id) const {
    return m_data->ids.value(id, -1);
}

bool RevisionGraph::contains(const QString& id) const {
    return indexOf(id) >= 0;
}

const Revision* RevisionGraph::revision(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? nullptr : &m_data->revs[size_t(x)];
}

const std::vector<Revision>& RevisionGraph::revisions() const {
    return m_data->revs;
}

QStringList RevisionGraph::names(const std::vector<int>& nodes) const {
    return m_data->names(nodes);
}

QStringList RevisionGraph::ids() const {
    QStringList out;
    out.reserve(size());
    for (const Revision& r : m_data->revs)
        out << r.id;
    return out;
}

// --- by index ---------------------------------------------------------------------------------

const Revision& RevisionGraph::revisionAt(int index) const {
    Q_ASSERT(index >= 0 && index < size());
    return m_data->revs[size_t(index)];
}
const std::vector<int>& RevisionGraph::parentIndexes(int index) const {
    return checkedList(m_data->parents, index);
}
const std::vector<int>& RevisionGraph::childIndexes(int index) const {
    return checkedList(m_data->next, index);
}
const std::vector<int>& RevisionGraph::dependencyIndexes(int index) const {
    return checkedList(m_data->deps, index);
}
const std::vector<int>& RevisionGraph::allChildIndexes(int index) const {
    return checkedList(m_data->allNext, index);
}
const std::vector<int>& RevisionGraph::normalizedDownIndexes(int index) const {
    return checkedList(m_data->normDown, index);
}
const QStringList& RevisionGraph::branchLabelsAt(int index) const {
    Q_ASSERT(index >= 0 && index < size());
    return m_data->labelsOf[size_t(index)];
}
const std::vector<int>& RevisionGraph::headIndexes() const {
    return m_data->heads;
}
const std::vector<int>& RevisionGraph::effectiveHeadIndexes() const {
    return m_data->realHeads;
}
const std::vector<int>& RevisionGraph::baseIndexes() const {
    return m_data->bases;
}
bool RevisionGraph::isHeadAt(int index) const {
    return childIndexes(index).empty();
}
bool RevisionGraph::isEffectiveHeadAt(int index) const {
    return allChildIndexes(index).empty();
}
bool RevisionGraph::isBaseAt(int index) const {
    return parentIndexes(index).empty();
}
bool RevisionGraph::isBranchPointAt(int index) const {
    return childIndexes(index).size() > 1;
}
bool RevisionGraph::isMergePointAt(int index) const {
    return parentIndexes(index).size() > 1;
}

// --- graph queries ----------------------------------------------------------------------------

QStringList RevisionGraph::heads() const {
    return names(m_data->heads);
}
QStringList RevisionGraph::effectiveHeads() const {
    return names(m_data->realHeads);
}
QStringList RevisionGraph::bases() const {
    return names(m_data->bases);
}
QStringList RevisionGraph::realBases() const {
    return names(m_data->realBases);
}

QStringList RevisionGraph::branchPoints() const {
    Nodes out;
    for (int x = 0; x < size(); ++x)
        if (isBranchPointAt(x))
            out.push_back(x);
    return names(out);
}

QStringList RevisionGraph::mergePoints() const {
    Nodes out;
    for (int x = 0; x < size(); ++x)
        if (isMergePointAt(x))
            out.push_back(x);
    return names(out);
}

QStringList RevisionGraph::children(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? QStringList() : names(childIndexes(x));
}
QStringList RevisionGraph::allChildren(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? QStringList() : names(allChildIndexes(x));
}
QStringList RevisionGraph::resolvedDependencies(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? QStringList() : names(dependencyIndexes(x));
}
QStringList RevisionGraph::normalizedDownRevisions(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? QStringList() : names(normalizedDownIndexes(x));
}

QStringList RevisionGraph::branchLabels(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? QStringList() : branchLabelsAt(x);
}

QString RevisionGraph::revisionForLabel(const QString& label) const {
    const int x = m_data->labels.value(label, -1);
    return x < 0 ? QString() : m_data->revs[size_t(x)].id;
}

bool RevisionGraph::isHead(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && isHeadAt(x);
}
bool RevisionGraph::isEffectiveHead(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && isEffectiveHeadAt(x);
}
bool RevisionGraph::isBase(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && isBaseAt(x);
}
bool RevisionGraph::isBranchPoint(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && isBranchPointAt(x);
}
bool RevisionGraph::isMergePoint(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && isMergePointAt(x);
}

// --- targets ----------------------------------------------------------------------------------

Result<QStringList> RevisionGraph::resolve(const QString& target) const {
    STRATA_TRY_ASSIGN(const Nodes r, TargetResolver(data()).getRevisions(target));
    QStringList out;
    for (int x : r)
        if (x >= 0)
            out << m_data->name(x);
    return out;
}

Result<QString> RevisionGraph::resolveOne(const QString& target) const {
    STRATA_TRY_ASSIGN(const int r, TargetResolver(data()).getRevision(target));
    return r >= 0 ? m_data->name(r) : QString();
}

// --- plans ------------------------------------------------------------------------------------

Result<StepPlan> RevisionGraph::planUpgrade(const QString& target,
                                            const QStringList& currentHeads) const {
    const StepCollector collector(data());
    STRATA_TRY_ASSIGN(const Bounds bounds, boundsOf(target, currentHeads));
    STRATA_TRY_ASSIGN(const Nodes current, collector.resolver().canonicalHeads(bounds.current));
    STRATA_TRY_ASSIGN(StepCollector::Collected collected,
                      collector.collectUpgrade(bounds.destination, {names(current), false},
                                               {.implicitBase = true, .assertLength = true}));
    STRATA_TRY_ASSIGN(Nodes order,
                      TopologicalOrder(data()).sort(std::move(collected.todo), collected.heads));
    std::reverse(order.begin(), order.end());
    return HeadMaintainer(data(), current).revisionPlan(order, StepDirection::Upgrade);
}

Result<StepPlan> RevisionGraph::planDowngrade(const QString& target,
                                              const QStringList& currentHeads) const {
    const StepCollector collector(data());
    STRATA_TRY_ASSIGN(const Bounds bounds, boundsOf(target, currentHeads));
    STRATA_TRY_ASSIGN(const Nodes current, collector.resolver().canonicalHeads(bounds.current));
    STRATA_TRY_ASSIGN(
        StepCollector::Collected collected,
        collector.collectDowngrade(names(current), bounds.destination, {.assertLength = true}));
    STRATA_TRY_ASSIGN(const Nodes order,
                      TopologicalOrder(data()).sort(std::move(collected.todo), collected.heads));
    return HeadMaintainer(data(), current).revisionPlan(order, StepDirection::Downgrade);
}

Result<StepPlan> RevisionGraph::planStamp(const QStringList& targets,
                                          const QStringList& currentHeads, bool purge) const {
    const StepCollector collector(data());
    STRATA_TRY_ASSIGN(const Nodes canonical, collector.resolver().canonicalHeads(currentHeads));
    const Nodes current = purge ? Nodes() : canonical;
    STRATA_TRY_ASSIGN(const std::vector<StampMove> moves,
                      collector.collectStamps(targets, current));
    STRATA_TRY_ASSIGN(StepPlan plan, HeadMaintainer(data(), current).stampPlan(moves));
    plan.purge = purge;
    plan.initialHeads = names(canonical); // the rows before the purge
    return plan;
}

Result<QStringList> RevisionGraph::history(const QString& lower, const QString& upper) const {
    const StepCollector collector(data());
    const QString low = lower.isEmpty() ? QStringLiteral("base") : lower;
    const QString up = upper.isEmpty() ? QStringLiteral("heads") : upper;
    STRATA_TRY_ASSIGN(StepCollector::Collected collected,
                      collector.collectUpgrade(up, {QStringList{low}, true}, {.inclusive = true}));
    STRATA_TRY_ASSIGN(const Nodes order,
                      TopologicalOrder(data()).sort(std::move(collected.todo), collected.heads));
    return names(order);
}

Result<QStringList> RevisionGraph::historyRange(const QString& range) const {
    QString lower;
    QString upper;
    STRATA_TRY_ASSIGN(const bool ranged, splitRange(range.trimmed(), lower, upper));
    if (!ranged)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "strata", "History range requires [start]:[end], [start]:, or :[end]"));
    return history(lower, upper);
}

} // namespace strata
