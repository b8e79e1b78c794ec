#include "revision/LaneLayout.h"

#include <algorithm>

namespace strata {

namespace {

// Revision indexes, every child before its parents: the reverse of a depth-first post-order
// from the heads (in input order) along the parents (in order), by index.
std::vector<int> newestFirst(const RevisionGraph& graph) {
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
            const std::vector<int>& ps = graph.parentIndexes(node);
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
    for (const int head : graph.headIndexes())
        visit(head);
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
    layout.m_graph = graph;
    const std::vector<int> order = newestFirst(graph);
    layout.m_rows.reserve(order.size());
    layout.m_rowOfRevision.assign(size_t(graph.size()), -1);
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
        for (const int parent : graph.parentIndexes(node)) {
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
        layout.m_rowOfRevision[size_t(node)] = int(layout.m_rows.size());
        layout.m_rows.push_back(std::move(row));
    }
    return layout;
}

} // namespace strata
