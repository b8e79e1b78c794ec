#include "revision/GraphBuilder.h"

#include "revision/GraphTraversal.h"

#include <QCoreApplication>

namespace strata {

GraphBuilder::GraphBuilder(std::vector<Revision> input)
    : m_input(std::move(input))
    , m_m(int(m_input.size()))
    , m_skip(static_cast<size_t>(m_m), 0)
    , m_bad(static_cast<size_t>(m_m), 0)
    , m_ownLabels(static_cast<size_t>(m_m))
    , m_par(static_cast<size_t>(m_m))
    , m_dep(static_cast<size_t>(m_m))
    , m_allDown(static_cast<size_t>(m_m)) {}

void GraphBuilder::problem(int i, const QString& message) {
    const Revision& r = m_input[size_t(i)];
    Error e(ErrorCode::Graph, message);
    e.at(r.filePath.isEmpty() ? r.fileName : r.filePath, r.headerLine);
    e.revision = r.id;
    m_problems << e;
}

GraphBuilder::Output GraphBuilder::build() {
    checkIds();
    mapLabels();
    resolveEdges();
    Nodes order;
    const std::vector<char> keep = findCycles(order);
    assemble(keep, order);
    indexKeys();
    linkChildren();
    normalizeDependencies();
    levelsAndSegments();
    spreadLabels();
    return {std::move(m_data), std::move(m_problems)};
}

// Missing, illegal and duplicate ids, self-loops.
void GraphBuilder::checkIds() {
    m_idIndex.reserve(m_m);
    for (int i = 0; i < m_m; ++i) {
        const Revision& r = m_input[size_t(i)];
        if (r.id.isEmpty()) {
            problem(i, QCoreApplication::translate("strata", "Revision has no Revision ID"));
            m_skip[size_t(i)] = 1;
            continue;
        }
        QStringList illegal;
        for (QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char(':'), QLatin1Char('@')})
            if (r.id.contains(c))
                illegal << QString(c);
        if (!illegal.isEmpty()) {
            problem(i, QCoreApplication::translate(
                           "strata", "Character(s) '%1' not allowed in revision identifier '%2'")
                           .arg(illegal.join(QLatin1String(", ")), r.id));
            m_bad[size_t(i)] = 1;
        }
        auto dup = m_idIndex.constFind(r.id);
        if (dup != m_idIndex.constEnd()) {
            const Revision& first = m_input[size_t(dup.value())];
            problem(i, QCoreApplication::translate(
                           "strata", "Revision %1 is present more than once (also in %2)")
                           .arg(r.id, first.fileName.isEmpty() ? first.filePath : first.fileName));
            m_skip[size_t(i)] = 1;
            continue;
        }
        m_idIndex.insert(r.id, i);
        if (r.parents.contains(r.id)) {
            problem(i, QCoreApplication::translate("strata", "Self-loop is detected in revision %1")
                           .arg(r.id));
            m_bad[size_t(i)] = 1;
        }
        if (r.dependsOn.contains(r.id)) {
            problem(i, QCoreApplication::translate(
                           "strata", "Dependency self-loop is detected in revision %1")
                           .arg(r.id));
            m_bad[size_t(i)] = 1;
        }
    }
}

// Branch labels (Alembic's _map_branch_labels): unique among labels and revision ids.
void GraphBuilder::mapLabels() {
    for (int i = 0; i < m_m; ++i) {
        if (m_skip[size_t(i)])
            continue;
        const Revision& r = m_input[size_t(i)];
        for (const QString& label : r.branchLabels) {
            if (label.isEmpty() || m_ownLabels[size_t(i)].contains(label))
                continue;
            int other = m_idIndex.value(label, -1);
            if (other < 0)
                other = m_labelIndex.value(label, -1);
            if (other >= 0) {
                problem(i, QCoreApplication::translate(
                               "strata", "Branch name '%1' in revision %2 already used by "
                                         "revision %3")
                               .arg(label, r.id, m_input[size_t(other)].id));
                continue;
            }
            m_labelIndex.insert(label, i);
            m_ownLabels[size_t(i)] << label;
        }
    }
}

void GraphBuilder::resolveParents(int i) {
    const Revision& r = m_input[size_t(i)];
    for (const QString& p : r.parents) {
        if (p == r.id)
            continue;
        const int j = m_idIndex.value(p, -1);
        if (j < 0) {
            problem(i, QCoreApplication::translate("strata",
                                                   "Revision %1 referenced from %2 is not present")
                           .arg(p, r.id));
            m_bad[size_t(i)] = 1;
            continue;
        }
        appendUnique(m_par[size_t(i)], j);
    }
}

void GraphBuilder::resolveDependencies(int i) {
    const Revision& r = m_input[size_t(i)];
    for (const QString& dn : r.dependsOn) {
        if (dn == r.id)
            continue;
        int j = m_idIndex.value(dn, -1);
        if (j < 0)
            j = m_labelIndex.value(dn, -1);
        if (j < 0) {
            problem(i, QCoreApplication::translate("strata",
                                                   "Dependency %1 of revision %2 is not present")
                           .arg(dn, r.id));
            m_bad[size_t(i)] = 1;
            continue;
        }
        if (j == i) {
            problem(i, QCoreApplication::translate(
                           "strata", "Dependency self-loop is detected in revision %1 (via "
                                     "branch label %2)")
                           .arg(r.id, dn));
            m_bad[size_t(i)] = 1;
            continue;
        }
        appendUnique(m_dep[size_t(i)], j);
    }
}

void GraphBuilder::resolveEdges() {
    for (int i = 0; i < m_m; ++i) {
        if (m_skip[size_t(i)])
            continue;
        resolveParents(i);
        resolveDependencies(i);
        m_allDown[size_t(i)] = m_par[size_t(i)];
        for (int j : m_dep[size_t(i)])
            appendUnique(m_allDown[size_t(i)], j);
    }
}

// Kahn's algorithm over `down` (nodes in `exclude` left out): appends the ordered nodes to
// `order` and returns what cannot be ordered.
GraphBuilder::Unordered GraphBuilder::kahn(const std::vector<Nodes>& down,
                                           const std::vector<char>& exclude, Nodes& order) const {
    std::vector<Nodes> up(static_cast<size_t>(m_m));
    std::vector<int> indeg(static_cast<size_t>(m_m), 0);
    for (int i = 0; i < m_m; ++i) {
        if (m_skip[size_t(i)] || exclude[size_t(i)])
            continue;
        for (int j : down[size_t(i)]) {
            if (exclude[size_t(j)])
                continue;
            up[size_t(j)].push_back(i);
            ++indeg[size_t(i)];
        }
    }
    Nodes queue;
    for (int i = 0; i < m_m; ++i)
        if (!m_skip[size_t(i)] && !exclude[size_t(i)] && indeg[size_t(i)] == 0)
            queue.push_back(i);
    for (size_t q = 0; q < queue.size(); ++q) {
        order.push_back(queue[q]);
        for (int c : up[size_t(queue[q])])
            if (--indeg[size_t(c)] == 0)
                queue.push_back(c);
    }
    Unordered out;
    out.left.assign(static_cast<size_t>(m_m), 0);
    std::vector<char> done(static_cast<size_t>(m_m), 0);
    for (int x : order)
        done[size_t(x)] = 1;
    for (int i = 0; i < m_m; ++i)
        if (!m_skip[size_t(i)] && !exclude[size_t(i)] && !done[size_t(i)]) {
            out.left[size_t(i)] = 1;
            out.ids << m_input[size_t(i)].id;
            if (out.first < 0)
                out.first = i;
        }
    out.ids.sort();
    return out;
}

// Cycles: Kahn over parents, then over parents + dependencies. What cannot be ordered is in a
// cycle or below one. Returns which revisions are kept; `order` is topological.
std::vector<char> GraphBuilder::findCycles(Nodes& order) {
    const std::vector<char> none(static_cast<size_t>(m_m), 0);
    const Unordered cyclic = kahn(m_par, none, order);
    if (cyclic.first >= 0)
        problem(cyclic.first,
                QCoreApplication::translate("strata", "Cycle is detected in revisions (%1)")
                    .arg(cyclic.ids.join(QLatin1String(", "))));
    // Dependents of revisions in a cycle cannot be placed either.
    for (int i = 0; i < m_m; ++i)
        for (int j : m_dep[size_t(i)])
            if (cyclic.left[size_t(j)])
                m_bad[size_t(i)] = 1;
    order.clear();
    const Unordered depCyclic = kahn(m_allDown, cyclic.left, order);
    if (depCyclic.first >= 0)
        problem(depCyclic.first,
                QCoreApplication::translate("strata", "Dependency cycle is detected in revisions "
                                                      "(%1)")
                    .arg(depCyclic.ids.join(QLatin1String(", "))));
    // Bad revisions take their descendants with them (order is topological).
    std::vector<char> keep(static_cast<size_t>(m_m), 0);
    for (int x : order) {
        bool ok = !m_bad[size_t(x)];
        for (int j : m_allDown[size_t(x)])
            ok = ok && keep[size_t(j)];
        keep[size_t(x)] = ok;
    }
    return keep;
}

// The kept revisions, renumbered in input order, with their parents, dependencies and labels.
void GraphBuilder::assemble(const std::vector<char>& keep, const Nodes& order) {
    m_data = std::make_shared<GraphData>();
    GraphData& d = *m_data;
    std::vector<int> newIndex(static_cast<size_t>(m_m), -1);
    for (int i = 0; i < m_m; ++i)
        if (keep[size_t(i)]) {
            newIndex[size_t(i)] = int(d.revs.size());
            d.revs.push_back(std::move(m_input[size_t(i)]));
        }
    const size_t n = d.revs.size();
    auto remap = [&](const Nodes& list) {
        Nodes outList;
        outList.reserve(list.size());
        for (int j : list)
            outList.push_back(newIndex[size_t(j)]);
        return outList;
    };
    d.parents.resize(n);
    d.deps.resize(n);
    d.next.resize(n);
    d.allNext.resize(n);
    d.normDown.resize(n);
    d.normUp.resize(n);
    d.labelsOf.resize(n);
    d.level.assign(n, 0);
    for (int i = 0; i < m_m; ++i) {
        const int x = newIndex[size_t(i)];
        if (x < 0)
            continue;
        d.parents[size_t(x)] = remap(m_par[size_t(i)]);
        d.deps[size_t(x)] = remap(m_dep[size_t(i)]);
        d.labelsOf[size_t(x)] = m_ownLabels[size_t(i)];
    }
    for (int x : order)
        if (newIndex[size_t(x)] >= 0)
            d.topo.push_back(newIndex[size_t(x)]);
}

// Ids and declared labels: the lookup hashes, Alembic's key order and the sorted keys for
// prefix matching.
void GraphBuilder::indexKeys() {
    GraphData& d = *m_data;
    const int n = d.n();
    d.ids.reserve(n);
    for (int x = 0; x < n; ++x) {
        const Revision& r = d.revs[size_t(x)];
        d.ids.insert(r.id, x);
        d.keys.emplace_back(r.id, x);
    }
    for (int x = 0; x < n; ++x)
        for (const QString& label : std::as_const(d.labelsOf[size_t(x)])) {
            d.labels.insert(label, x);
            d.keys.emplace_back(label, x);
        }
    d.sorted.reserve(d.keys.size());
    for (size_t k = 0; k < d.keys.size(); ++k)
        d.sorted.emplace_back(d.keys[k].first, int(k));
    std::sort(d.sorted.begin(), d.sorted.end());
}

// Children, heads and bases.
void GraphBuilder::linkChildren() {
    GraphData& d = *m_data;
    const int n = d.n();
    for (int x = 0; x < n; ++x) {
        for (int p : d.parents[size_t(x)])
            d.next[size_t(p)].push_back(x);
        Nodes all = d.parents[size_t(x)];
        for (int j : d.deps[size_t(x)])
            appendUnique(all, j);
        for (int p : all)
            d.allNext[size_t(p)].push_back(x);
    }
    for (int x = 0; x < n; ++x) {
        if (d.next[size_t(x)].empty())
            d.heads.push_back(x);
        if (d.allNext[size_t(x)].empty())
            d.realHeads.push_back(x);
        if (d.parents[size_t(x)].empty()) {
            d.bases.push_back(x);
            if (d.revs[size_t(x)].dependsOn.isEmpty())
                d.realBases.push_back(x);
        }
    }
}

// _normalize_depends_on: drop dependencies already declared by an ancestor (parents only).
void GraphBuilder::normalizeDependencies() {
    GraphData& d = *m_data;
    const int n = d.n();
    std::vector<int> stamp(static_cast<size_t>(n), -1);
    for (int x = 0; x < n; ++x) {
        Nodes normalized = d.deps[size_t(x)];
        if (!normalized.empty()) {
            Nodes stack = d.parents[size_t(x)];
            for (int p : stack)
                stamp[size_t(p)] = x;
            while (!stack.empty() && !normalized.empty()) {
                const int a = stack.back();
                stack.pop_back();
                for (int j : d.deps[size_t(a)])
                    std::erase(normalized, j);
                for (int p : d.parents[size_t(a)])
                    if (stamp[size_t(p)] != x) {
                        stamp[size_t(p)] = x;
                        stack.push_back(p);
                    }
            }
        }
        Nodes down = d.parents[size_t(x)];
        for (int j : normalized)
            appendUnique(down, j);
        d.normDown[size_t(x)] = std::move(down);
    }
    for (int x = 0; x < n; ++x)
        for (int p : d.normDown[size_t(x)])
            d.normUp[size_t(p)].push_back(x);
}

void GraphBuilder::levelsAndSegments() {
    GraphData& d = *m_data;
    d.seg.assign(static_cast<size_t>(d.n()), -1);
    for (int x : d.topo) {
        int lv = 0;
        for (int p : d.normDown[size_t(x)])
            lv = std::max(lv, d.level[size_t(p)] + 1);
        d.level[size_t(x)] = lv;
        const Nodes& down = d.normDown[size_t(x)];
        if (down.size() == 1 && d.normUp[size_t(down.front())].size() == 1) {
            d.seg[size_t(x)] = d.seg[size_t(down.front())];
        } else {
            d.seg[size_t(x)] = int(d.segBottom.size());
            d.segBottom.push_back(x);
        }
    }
}

// _add_branches: labels spread to descendants (parents only) and, when those form a single
// line, down from its tip to the nearest branch point or merge point.
void GraphBuilder::spreadLabels() {
    GraphData& d = *m_data;
    const int n = d.n();
    const GraphTraversal traversal(d);
    for (int x = 0; x < n; ++x) {
        if (d.revs[size_t(x)].branchLabels.isEmpty() || d.labelsOf[size_t(x)].isEmpty())
            continue;
        const QStringList labels = d.labelsOf[size_t(x)];
        auto addTo = [&](int node) {
            QStringList& l = d.labelsOf[size_t(node)];
            bool changed = false;
            for (const QString& label : labels)
                if (!l.contains(label)) {
                    l << label;
                    changed = true;
                }
            if (changed)
                l.sort();
        };
        const std::vector<char> below = traversal.descendants({x}, Along::Parents);
        for (int y = 0; y < n; ++y)
            if (below[size_t(y)])
                addTo(y);
        int tip = x;
        while (d.next[size_t(tip)].size() == 1)
            tip = d.next[size_t(tip)].front();
        if (!d.next[size_t(tip)].empty())
            continue; // the walk back stops at a branch point inside the descendants
        for (int p = tip;;) {
            if (d.allNext[size_t(p)].size() > 1 || d.parents[size_t(p)].size() > 1)
                break;
            addTo(p);
            if (d.parents[size_t(p)].empty())
                break;
            p = d.parents[size_t(p)].front();
        }
    }
    for (QStringList& l : d.labelsOf)
        l.sort();
}

} // namespace strata
