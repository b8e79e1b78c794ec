#include "revision/GraphTraversal.h"

#include <QCoreApplication>

namespace strata {

std::vector<char> GraphTraversal::reach(const Nodes& targets,
                                        const std::vector<Nodes>& edges) const {
    std::vector<char> mark(static_cast<size_t>(m_d.n()), 0);
    Nodes stack;
    for (int t : targets)
        if (t >= 0 && !mark[size_t(t)]) {
            mark[size_t(t)] = 1;
            stack.push_back(t);
        }
    while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        for (int y : edges[size_t(x)])
            if (!mark[size_t(y)]) {
                mark[size_t(y)] = 1;
                stack.push_back(y);
            }
    }
    return mark;
}

std::vector<char> GraphTraversal::ancestors(const Nodes& targets, Along along) const {
    return reach(targets, along == Along::WithDependencies ? m_d.normDown : m_d.parents);
}

std::vector<char> GraphTraversal::descendants(const Nodes& targets, Along along) const {
    return reach(targets, along == Along::WithDependencies ? m_d.allNext : m_d.next);
}

std::vector<char> GraphTraversal::lineageOf(const Nodes& tests, Along along) const {
    std::vector<char> up = descendants(tests, along);
    const std::vector<char> down = ancestors(tests, along);
    for (size_t i = 0; i < up.size(); ++i)
        up[i] = char(up[i] | down[i]);
    return up;
}

Result<void> GraphTraversal::checkOverlap(const Nodes& targets, Along along) const {
    const std::vector<Nodes>& edges = along == Along::WithDependencies ? m_d.normDown : m_d.parents;
    Nodes starts;
    for (int t : targets)
        if (t >= 0)
            for (int p : edges[size_t(t)])
                starts.push_back(p);
    if (starts.empty())
        return {};
    const std::vector<char> below = ancestors(starts, along);
    for (int t : targets)
        if (t >= 0 && below[size_t(t)])
            return targetError(QCoreApplication::translate(
                                   "strata", "Requested revision %1 overlaps with other requested "
                                             "revisions (it is an ancestor of another one)")
                                   .arg(m_d.name(t)));
    return {};
}

bool GraphTraversal::isAncestorOfAny(int x, const Nodes& sources, const Nodes& excluded) {
    if (sources.empty())
        return false;
    if (m_segStamp.size() != m_d.segBottom.size())
        m_segStamp.assign(m_d.segBottom.size(), 0);
    const int gen = ++m_segGeneration;
    const int floor = m_d.level[size_t(x)];
    const int target = m_d.seg[size_t(x)];
    // Walk down segment by segment (a segment is entered at its top and left at its bottom);
    // inside x's own segment, x is below exactly the nodes with a higher level.
    Nodes stack;
    for (int s : sources) {
        if (s < 0 || m_d.level[size_t(s)] < floor || containsNode(excluded, s))
            continue;
        if (m_d.seg[size_t(s)] == target)
            return true;
        stack.push_back(m_d.seg[size_t(s)]);
        while (!stack.empty()) {
            const int sg = stack.back();
            stack.pop_back();
            if (m_segStamp[size_t(sg)] == gen)
                continue;
            m_segStamp[size_t(sg)] = gen;
            for (int p : m_d.normDown[size_t(m_d.segBottom[size_t(sg)])]) {
                if (m_d.level[size_t(p)] < floor)
                    continue;
                if (m_d.seg[size_t(p)] == target)
                    return true;
                if (m_segStamp[size_t(m_d.seg[size_t(p)])] != gen)
                    stack.push_back(m_d.seg[size_t(p)]);
            }
        }
    }
    return false;
}

} // namespace strata
