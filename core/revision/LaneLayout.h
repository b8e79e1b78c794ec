#pragma once

#include "revision/RevisionGraph.h"

#include <QString>

#include <vector>

namespace strata {

// One row of the lane layout: where the revision's node sits and which lines cross the row.
// Lanes are columns numbered from 0 (left). A row is split at its node's centre:
// - `incoming`: lanes whose line comes from the top edge into the node (children of the node;
//   a lane other than `lane` is a curve: several children converging, a branch point);
// - `outgoing`: lanes whose line leaves the node towards the bottom edge (one per parent
//   drawn; a lane other than `lane` is a curve: a merge, or a parent already awaited there);
// - `passing`: lanes with a straight line from top to bottom that do not touch the node.
struct LaneRow {
    int revision = -1; // index into RevisionGraph::revisions()
    int lane = 0;      // the node's lane
    std::vector<int> incoming;
    std::vector<int> outgoing;
    std::vector<int> passing;
    int width = 1; // lanes used by this row (max lane + 1)
};

// The lane layout of a revision graph, like a git history graph: one row per revision, newest
// first (every revision above all of its parents; the branch merged in by a merge directly
// below it, then the first parent's line). Parent edges follow Revision::parents (depends_on
// is not drawn). Plain data, computed once in O(rows x lanes); lanes are reused as soon as a
// line ends.
class LaneLayout {
public:
    LaneLayout() = default;
    static LaneLayout compute(const RevisionGraph& graph);

    const std::vector<LaneRow>& rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    const LaneRow& row(int index) const { return m_rows[size_t(index)]; }
    // The row showing revision `id`, -1 when unknown.
    int rowOf(const QString& id) const { return rowOfRevision(m_graph.indexOf(id)); }
    // The row showing the revision at `index` in the graph (RevisionGraph::indexOf), -1 when
    // out of range.
    int rowOfRevision(int index) const {
        return index < 0 || size_t(index) >= m_rowOfRevision.size()
                   ? -1
                   : m_rowOfRevision[size_t(index)];
    }
    // The graph the layout was computed from (shared, not copied).
    const RevisionGraph& graph() const { return m_graph; }
    int maxWidth() const { return m_maxWidth; }

private:
    RevisionGraph m_graph;
    std::vector<LaneRow> m_rows;
    std::vector<int> m_rowOfRevision; // revision index -> row
    int m_maxWidth = 0;
};

} // namespace strata
