#include "revision/LaneLayout.h"

#include <algorithm>

namespace strata {

namespace {

// Revision indexes, every child before its parents: the reverse of a depth-first post-order
// from the heads (in input order) along the parents (in order).
std::vector<int> newestFirst(const RevisionGraph& graph,
                             const std::vector<std::vector<int>>& parents) {
    const int n = graph.size();
    std::vector<char> state(size_t(n), 0); // 0 new, 1 on the stack, 2 done
    std::vector<int> postOrder;
    postOrder.reserve(size_t(n));
    std::vector<std::pair<int, size_t>> stack;
    auto visit = [&](int start) {
        if (state[size_t(start)] != 0)
            return;
        stack.emplace_back(start, 0);
        state[size_t(start)] = 1;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            const auto& ps = parents[size_t(node)];
            if (next < ps.size()) {
                const int p = ps[next++];
                if (state[size_t(p)] == 0) {
                    state[size_t(p)] = 1;
                    stack.emplace_back(p, 0);
                }
                continue;
            }
            state[size_t(node)] = 2;
            postOrder.push_back(node);
            stack.pop_back();
        }
    };
    QHash<QString, int> index;
    const auto& revisions = graph.revisions();
    for (int i = 0; i < n; ++i)
        index.insert(revisions[size_t(i)].id, i);
    for (const QString& head : graph.heads())
        visit(index.value(head));
    for (int i = 0; i < n; ++i) // anything not reachable from a head (cannot happen in a DAG)
        visit(i);
    std::reverse(postOrder.begin(), postOrder.end());
    return postOrder;
}

int takeFreeLane(std::vector<int>& lanes) {
    for (size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i] < 0)
            return int(i);
    lanes.push_back(-1);
    return int(lanes.size()) - 1;
}

} // namespace

LaneLayout LaneLayout::compute(const RevisionGraph& graph) {
    LaneLayout layout;
    const auto& revisions = graph.revisions();
    const int n = int(revisions.size());
    QHash<QString, int> index;
    index.reserve(n);
    for (int i = 0; i < n; ++i)
        index.insert(revisions[size_t(i)].id, i);
    std::vector<std::vector<int>> parents(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        for (const QString& p : revisions[size_t(i)].parents) {
            const int pi = index.value(p, -1);
            auto& list = parents[size_t(i)];
            if (pi >= 0 && std::find(list.begin(), list.end(), pi) == list.end())
                list.push_back(pi);
        }
    }

    const std::vector<int> order = newestFirst(graph, parents);
    layout.m_rows.reserve(order.size());
    layout.m_rowOfId.reserve(n);
    std::vector<int> lanes; // lane -> the revision index its line is waiting for, -1 = free

    for (const int node : order) {
        LaneRow row;
        row.revision = node;
        int nodeLane = -1;
        for (size_t l = 0; l < lanes.size(); ++l) {
            if (lanes[l] == node) {
                row.incoming.push_back(int(l));
                if (nodeLane < 0)
                    nodeLane = int(l);
                lanes[l] = -1; // the line ends at this node
            } else if (lanes[l] >= 0) {
                row.passing.push_back(int(l));
            }
        }
        if (nodeLane < 0)
            nodeLane = takeFreeLane(lanes); // a head: a new line starts here
        row.lane = nodeLane;

        // The first parent continues the node's lane (lines awaiting the same parent converge
        // at it); another parent joins the lane already awaiting it, or opens a free one.
        bool first = true;
        for (const int parent : parents[size_t(node)]) {
            int target = -1;
            if (first) {
                target = nodeLane;
                first = false;
            } else {
                for (size_t l = 0; l < lanes.size(); ++l)
                    if (lanes[l] == parent) {
                        target = int(l);
                        break;
                    }
                if (target < 0)
                    target = takeFreeLane(lanes);
            }
            lanes[size_t(target)] = parent;
            if (std::find(row.outgoing.begin(), row.outgoing.end(), target) == row.outgoing.end())
                row.outgoing.push_back(target);
        }
        while (!lanes.empty() && lanes.back() < 0)
            lanes.pop_back();

        int width = nodeLane + 1;
        for (int l : row.incoming)
            width = std::max(width, l + 1);
        for (int l : row.outgoing)
            width = std::max(width, l + 1);
        for (int l : row.passing)
            width = std::max(width, l + 1);
        row.width = width;
        layout.m_maxWidth = std::max(layout.m_maxWidth, width);
        layout.m_rowOfId.insert(revisions[size_t(node)].id, int(layout.m_rows.size()));
        layout.m_rows.push_back(std::move(row));
    }
    return layout;
}

} // namespace strata
