#include "revision/TopologicalOrder.h"

#include "revision/GraphTraversal.h"

#include <QCoreApplication>

namespace strata {

int TopologicalOrder::Slots::add(int n) {
    const int s = int(node.size());
    node.push_back(n);
    prev.push_back(last);
    next.push_back(-1);
    if (last >= 0)
        next[size_t(last)] = s;
    else
        first = s;
    last = s;
    return s;
}

void TopologicalOrder::Slots::unlink(int slot) {
    const int p = prev[size_t(slot)];
    const int nx = next[size_t(slot)];
    if (p >= 0)
        next[size_t(p)] = nx;
    else
        first = nx;
    if (nx >= 0)
        prev[size_t(nx)] = p;
    else
        last = p;
}

// `start` is no longer a current head: its ancestors lose a child in the union.
void TopologicalOrder::leaveUnion(int start) {
    Nodes stack{start};
    while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        for (int p : m_d.normDown[size_t(x)])
            if (--m_cnt[size_t(p)] == 0 && !m_isHead[size_t(p)])
                stack.push_back(p);
    }
}

// The first head (in list order) having `c` as an ancestor, c excluded; -1 when none.
int TopologicalOrder::firstHeadAbove(int c) {
    const int gen = ++m_generation;
    int best = -1;
    Nodes stack{c};
    m_stamp[size_t(c)] = gen;
    while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        if (x != c && m_isHead[size_t(x)] && (best < 0 || m_slotOf[size_t(x)] < best))
            best = m_slotOf[size_t(x)];
        for (int y : m_d.normUp[size_t(x)])
            if (m_stamp[size_t(y)] != gen && (m_isHead[size_t(y)] || m_cnt[size_t(y)] > 0)) {
                m_stamp[size_t(y)] = gen;
                stack.push_back(y);
            }
    }
    return best;
}

Result<Nodes> TopologicalOrder::sort(std::vector<char> todo, const Nodes& heads) {
    const int n = m_d.n();
    Nodes output;
    Nodes startHeads;
    for (int h : heads)
        if (h >= 0 && todo[size_t(h)])
            appendUnique(startHeads, h);
    std::sort(startHeads.begin(), startHeads.end());

    m_isHead.assign(static_cast<size_t>(n), 0);
    m_cnt.assign(static_cast<size_t>(n), 0);
    m_slotOf.assign(static_cast<size_t>(n), -1);
    if (m_stamp.size() != size_t(n))
        m_stamp.assign(static_cast<size_t>(n), 0);
    Slots list;
    for (int h : startHeads) {
        m_slotOf[size_t(h)] = list.add(h);
        m_isHead[size_t(h)] = 1;
    }
    // The union of the heads' ancestors, and for each member its children in the union.
    const std::vector<char> inUnion =
        GraphTraversal(m_d).ancestors(startHeads, Along::WithDependencies);
    for (int x = 0; x < n; ++x)
        if (inUnion[size_t(x)])
            for (int p : m_d.normDown[size_t(x)])
                ++m_cnt[size_t(p)];

    int idx = list.first;
    while (list.first >= 0) {
        const int candidate = list.node[size_t(idx)];
        if (m_cnt[size_t(candidate)] > 0) {
            const int above = firstHeadAbove(candidate);
            if (above < 0)
                return Error(ErrorCode::Internal,
                             QCoreApplication::translate("strata", "topological sort lost a "
                                                                   "head above %1")
                                 .arg(m_d.name(candidate)));
            idx = above;
            continue;
        }
        if (todo[size_t(candidate)]) {
            output.push_back(candidate);
            todo[size_t(candidate)] = 0;
        }
        Nodes toAdd;
        for (int r : m_d.normDown[size_t(candidate)])
            if (todo[size_t(r)] && !m_isHead[size_t(r)])
                toAdd.push_back(r);
        m_isHead[size_t(candidate)] = 0;
        m_slotOf[size_t(candidate)] = -1;
        for (int r : toAdd)
            m_isHead[size_t(r)] = 1;
        leaveUnion(candidate);
        if (toAdd.empty()) {
            const int p = list.prev[size_t(idx)];
            list.unlink(idx);
            idx = p >= 0 ? p : list.first;
        } else {
            list.node[size_t(idx)] = toAdd.front();
            m_slotOf[size_t(toAdd.front())] = idx;
            for (size_t i = 1; i < toAdd.size(); ++i)
                m_slotOf[size_t(toAdd[i])] = list.add(toAdd[i]);
        }
    }
    for (int x = 0; x < n; ++x)
        if (todo[size_t(x)])
            return targetError(QCoreApplication::translate(
                                   "strata",
                                   "Cannot order the revisions: %1 is reachable from the "
                                   "requested heads only through a dependent outside the range "
                                   "(Alembic fails here too)")
                                   .arg(m_d.name(x)));
    return output;
}

} // namespace strata
