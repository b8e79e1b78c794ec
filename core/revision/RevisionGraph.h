#pragma once

#include "Result.h"
#include "revision/Revision.h"
#include "revision/StepPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace strata {

struct GraphBuild;
struct GraphData;

// The revision graph with the semantics of Alembic's RevisionMap (alembic/script/revision.py)
// and of its step machinery (ScriptDirectory._upgrade_revs/_downgrade_revs/_stamp_revs,
// HeadMaintainer.update_to_step): same heads, same target grammar, same step order, same
// version-table rows, same error situations.
//
// Vocabulary (Alembic's names in brackets):
// - parents = Revision::parents [down_revision]; dependencies = Revision::dependsOn, which may
//   name a revision id or a branch label.
// - children [nextrev]: revisions naming this one as a parent; allChildren [_all_nextrev]:
//   also those depending on it.
// - heads [heads]: no children (depends_on ignored); effective heads [_real_heads]: no child
//   and no dependent. The target `heads` resolves to the effective heads, `head` to the single
//   head (an error when there are several).
// - normalized down revisions [_normalized_down_revisions]: parents + the dependencies not
//   already implied by an ancestor's dependencies; the edges plans walk along.
//
// Order: the input order of the revisions (callers pass them sorted by file name) breaks ties,
// as the key order of Alembic's revision map does.
//
// Where Alembic's result depends on Python set iteration order (and so is not deterministic),
// Strata fixes it: upgrading a merge deletes the rows of all its present parents but the last
// (in parent order) and updates the last one to the merge; downgrading a merge inserts all
// its parents but the first (last parent first) and updates the merge row to the first parent;
// depends_on keeps the order written in the file.
//
// The implementation is split by job: GraphBuilder (build), TargetResolver and TargetParser
// (targets), StepCollector and TopologicalOrder (which steps, in which order), HeadMaintainer
// (the version-table rows and the heads after each step), over GraphData.
//
// Building is linear in revisions + edges (plus one walk per labelled revision and per
// revision with dependencies); queries never rebuild anything. A RevisionGraph is immutable
// and cheap to copy (shared data); const methods may be called from several threads at once.
class RevisionGraph {
public:
    RevisionGraph(); // an empty graph

    // Builds the graph, collecting every problem (duplicate id, duplicate or clashing branch
    // label, illegal id, self-loop, missing parent or dependency, cycle; ErrorCode::Graph,
    // naming the file and header line). The graph holds the consistent part: revisions that
    // are not involved in a problem and whose ancestors are not either.
    static GraphBuild build(std::vector<Revision> revisions);
    // The same, failing on the first problem.
    static Result<RevisionGraph> fromRevisions(std::vector<Revision> revisions);

    // --- revisions ---------------------------------------------------------------------------
    int size() const;
    bool isEmpty() const { return size() == 0; }
    bool contains(const QString& id) const;
    const Revision* revision(const QString& id) const; // nullptr when unknown; O(1)
    const std::vector<Revision>& revisions() const;    // input order
    QStringList ids() const;                           // input order

    // --- by index -----------------------------------------------------------------------------
    // Revisions are numbered 0..size()-1 in input order (the index into revisions()). These
    // calls are O(1) and return references into the graph: no id is hashed or copied. An index
    // outside 0..size()-1 is a programming error (checked in debug builds).
    int indexOf(const QString& id) const; // -1 when unknown
    const Revision& revisionAt(int index) const;
    const std::vector<int>& parentIndexes(int index) const;     // Revision::parents, once each
    const std::vector<int>& childIndexes(int index) const;      // [nextrev]
    const std::vector<int>& dependencyIndexes(int index) const; // resolvedDependencies
    const std::vector<int>& allChildIndexes(int index) const;   // children + dependents
    const std::vector<int>& normalizedDownIndexes(int index) const;
    const QStringList& branchLabelsAt(int index) const;   // own + inherited labels, sorted
    const std::vector<int>& headIndexes() const;          // heads(), ascending
    const std::vector<int>& effectiveHeadIndexes() const; // effectiveHeads(), ascending
    const std::vector<int>& baseIndexes() const;          // bases(), ascending
    bool isHeadAt(int index) const;
    bool isEffectiveHeadAt(int index) const;
    bool isBaseAt(int index) const;
    bool isBranchPointAt(int index) const;
    bool isMergePointAt(int index) const;

    // --- graph queries (ids in input order) ---------------------------------------------------
    QStringList heads() const;          // no child via parents [heads]
    QStringList effectiveHeads() const; // no child and no dependent [_real_heads]
    QStringList bases() const;          // no parents [bases]
    QStringList realBases() const;      // no parents and no dependencies [_real_bases]
    QStringList branchPoints() const;   // more than one child
    QStringList mergePoints() const;    // more than one parent

    QStringList children(const QString& id) const;    // [nextrev]
    QStringList allChildren(const QString& id) const; // children + dependents [_all_nextrev]
    QStringList resolvedDependencies(const QString& id) const;    // dependsOn as revision ids
    QStringList normalizedDownRevisions(const QString& id) const; // [_normalized_down_revisions]
    QStringList branchLabels(const QString& id) const;            // own + inherited labels, sorted
    QString revisionForLabel(const QString& label) const;         // revision declaring the label
    bool isHead(const QString& id) const;
    bool isEffectiveHead(const QString& id) const;
    bool isRealHead(const QString& id) const { return isEffectiveHead(id); } // Alembic's name
    bool isBase(const QString& id) const;
    bool isBranchPoint(const QString& id) const; // [is_branch_point]
    bool isMergePoint(const QString& id) const;  // [is_merge_point]

    // --- targets ------------------------------------------------------------------------------
    // Resolves a target to revision ids [get_revisions]: head, heads, base (-> empty),
    // full ids, unique prefixes (of ids or labels longer than 3 characters), labels,
    // label@head, label@heads, label@base, rev@head, label@rev, -N (N down from the heads).
    Result<QStringList> resolve(const QString& target) const;
    // Exactly one revision or none (base) [get_revision]; several heads are an error.
    Result<QString> resolveOne(const QString& target) const;

    // --- plans --------------------------------------------------------------------------------
    // Plans are Alembic's steps in Alembic's order, with the version-table rows each step
    // causes (HeadMaintainer.update_to_step simulated over `currentHeads`) and the version
    // table's rows after each step (PlanStep::headsAfter, StepPlan::resultingHeads); they fail
    // where Alembic fails (ErrorCode::Target, or ErrorCode::Usage for a malformed range).
    //
    // `upgrade TARGET` from a version table holding `currentHeads` [_upgrade_revs]. TARGET may
    // also be relative (+N, rev+N, label@+N, rev-N, label@head-N, base+N) or a range
    // "START:TARGET" (offline SQL: START replaces currentHeads).
    Result<StepPlan> planUpgrade(const QString& target, const QStringList& currentHeads) const;
    // `downgrade TARGET` [_downgrade_revs]: base, a revision, -N, label@-N, rev-N, label@rev,
    // or a range "START:TARGET" (offline SQL).
    Result<StepPlan> planDowngrade(const QString& target, const QStringList& currentHeads) const;
    // `stamp TARGETS` [_stamp_revs]: only version-table rows change; `purge` empties the
    // table first (the plan starts from no heads).
    Result<StepPlan> planStamp(const QStringList& targets, const QStringList& currentHeads,
                               bool purge = false) const;

    // Revisions from `upper` down to `lower`, newest first [ScriptDirectory.walk_revisions]:
    // `history` and `log`. Empty bounds mean "base" and "heads".
    Result<QStringList> history(const QString& lower = QString(),
                                const QString& upper = QString()) const;
    // The same from a range "[lower]:[upper]".
    Result<QStringList> historyRange(const QString& range) const;

private:
    explicit RevisionGraph(std::shared_ptr<const GraphData> data);
    QStringList names(const std::vector<int>& nodes) const;
    const GraphData& data() const { return *m_data; }

    std::shared_ptr<const GraphData> m_data;
};

// What RevisionGraph::build returns: the graph of the consistent part and every problem.
struct GraphBuild {
    RevisionGraph graph;
    QList<Error> problems;

    bool ok() const { return problems.isEmpty(); }
};

} // namespace strata
