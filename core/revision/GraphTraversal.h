#pragma once

#include "revision/GraphData.h"

namespace strata {

// Reachability over the interned graph: Alembic's _get_ancestor_nodes, _get_descendant_nodes,
// _shares_lineage and the overlap check of _iterate_related_revisions. One instance per query
// (it keeps scratch marks between calls); the graph data is only read.
class GraphTraversal {
public:
    explicit GraphTraversal(const GraphData& data)
        : m_d(data) {}

    // Every node reachable from `targets` (included, negative entries skipped) along `edges`.
    std::vector<char> reach(const Nodes& targets, const std::vector<Nodes>& edges) const;
    // _get_ancestor_nodes (targets included).
    std::vector<char> ancestors(const Nodes& targets, Along along) const;
    // _get_descendant_nodes (targets included).
    std::vector<char> descendants(const Nodes& targets, Along along) const;
    // _shares_lineage: the union of the ancestors and descendants of `tests`, as a mark.
    std::vector<char> lineageOf(const Nodes& tests, Along along) const;
    // _iterate_related_revisions(check=True): no requested revision may be an ancestor (or,
    // walking up, a descendant) of another one.
    Result<void> checkOverlap(const Nodes& targets, Along along) const;
    // Whether `x` is one of `sources` (but not one of `excluded`) or an ancestor of one, along
    // normalized down revisions. Nodes below x's level cannot lead to x, so the walk stops there.
    bool isAncestorOfAny(int x, const Nodes& sources, const Nodes& excluded = {});

private:
    const GraphData& m_d;
    std::vector<int> m_segStamp;
    int m_segGeneration = 0;
};

} // namespace strata
