#pragma once

// A slow, line-by-line port of Alembic's algorithms (alembic/script/revision.py:
// _topological_sort, _collect_upgrade_revisions, _collect_downgrade_revisions,
// _normalize_depends_on; alembic/runtime/migration.py: HeadMaintainer.update_to_step with
// RevisionStep), used only by tests to check that RevisionGraph's linear-time versions give
// identical results. It recomputes ancestor sets exactly where Alembic does.

#include "revision/RevisionGraph.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace strata::reference {

using Set = QSet<QString>;

// _get_ancestor_nodes(include_dependencies=True): along normalized down revisions.
inline Set ancestors(const RevisionGraph& g, const QStringList& targets) {
    Set seen;
    QStringList todo = targets;
    while (!todo.isEmpty()) {
        const QString r = todo.takeLast();
        if (seen.contains(r))
            continue;
        seen.insert(r);
        todo << g.normalizedDownRevisions(r);
    }
    return seen;
}

// _get_ancestor_nodes(include_dependencies=False): along parents.
inline Set versionedAncestors(const RevisionGraph& g, const QStringList& targets) {
    Set seen;
    QStringList todo = targets;
    while (!todo.isEmpty()) {
        const QString r = todo.takeLast();
        if (seen.contains(r))
            continue;
        seen.insert(r);
        todo << g.revision(r)->parents;
    }
    return seen;
}

// _get_descendant_nodes(include_dependencies=True / False).
inline Set descendants(const RevisionGraph& g, const QStringList& targets, bool deps) {
    Set seen;
    QStringList todo = targets;
    while (!todo.isEmpty()) {
        const QString r = todo.takeLast();
        if (seen.contains(r))
            continue;
        seen.insert(r);
        todo << (deps ? g.allChildren(r) : g.children(r));
    }
    return seen;
}

// _normalize_depends_on, then _normalized_down_revisions.
inline QStringList normalizedDownRevisions(const RevisionGraph& g, const QString& id) {
    const Revision* rev = g.revision(id);
    QStringList deps = g.resolvedDependencies(id);
    for (const QString& a : versionedAncestors(g, {id}))
        if (a != id)
            for (const QString& dep : g.resolvedDependencies(a))
                deps.removeAll(dep);
    QStringList out = rev->parents;
    for (const QString& d : deps)
        if (!out.contains(d))
            out << d;
    return out;
}

// _add_branches, verbatim: labels go to the descendants (parents only) and then, from the last
// revision the depth-first walk yields, down to the nearest real branch point or merge point.
// Python walks children in frozenset order; `reversedChildren` tries the other order.
inline QHash<QString, Set> branchLabels(const RevisionGraph& g, bool reversedChildren) {
    QHash<QString, Set> labels;
    for (const QString& id : g.ids())
        for (const QString& l : g.revision(id)->branchLabels)
            if (g.revisionForLabel(l) == id)
                labels[id].insert(l);
    for (const QString& id : g.ids()) {
        if (g.revision(id)->branchLabels.isEmpty() || labels.value(id).isEmpty())
            continue;
        const Set own = labels.value(id);
        QStringList todo{id};
        Set seen;
        QString last;
        while (!todo.isEmpty()) {
            const QString r = todo.takeLast();
            if (seen.contains(r))
                continue;
            seen.insert(r);
            QStringList children = g.children(r);
            if (reversedChildren)
                std::reverse(children.begin(), children.end());
            todo << children;
            labels[r].unite(own);
            last = r;
        }
        QString parent = last;
        while (!parent.isEmpty() && g.allChildren(parent).size() <= 1 &&
               g.revision(parent)->parents.size() <= 1) {
            labels[parent].unite(own);
            parent = g.revision(parent)->parents.value(0);
        }
    }
    return labels;
}

// _topological_sort, verbatim. `complete` is false where Alembic's final `assert not todo`
// fails (revisions of the set that cannot be reached from its heads inside the set).
inline QStringList topologicalSort(const RevisionGraph& g, Set todo, const QStringList& heads,
                                   bool* complete = nullptr) {
    const QStringList inserted = g.ids();
    QStringList current;
    for (const QString& h : heads)
        if (todo.contains(h) && !current.contains(h))
            current << h;
    std::sort(current.begin(), current.end(), [&](const QString& a, const QString& b) {
        return inserted.indexOf(a) < inserted.indexOf(b);
    });
    QList<Set> ancestorsByIdx;
    for (const QString& h : current)
        ancestorsByIdx << ancestors(g, {h});

    QStringList output;
    qsizetype idx = 0;
    while (!current.isEmpty()) {
        const QString candidate = current[idx];
        bool moved = false;
        for (qsizetype j = 0; j < ancestorsByIdx.size(); ++j)
            if (j != idx && ancestorsByIdx[j].contains(candidate)) {
                idx = j;
                moved = true;
                break;
            }
        if (moved)
            continue;
        if (todo.contains(candidate)) {
            output << candidate;
            todo.remove(candidate);
        }
        const QStringList down = g.normalizedDownRevisions(candidate);
        QStringList toAdd;
        for (const QString& r : down)
            if (todo.contains(r) && !current.contains(r))
                toAdd << r;
        if (toAdd.isEmpty()) {
            current.removeAt(idx);
            ancestorsByIdx.removeAt(idx);
            idx = std::max<qsizetype>(idx - 1, 0);
        } else {
            const Revision* rev = g.revision(candidate);
            const bool plain = down.size() == rev->parents.size() && rev->parents.size() == 1;
            current[idx] = toAdd.front();
            if (plain) {
                ancestorsByIdx[idx].remove(candidate);
            } else {
                ancestorsByIdx[idx] = ancestors(g, {toAdd.front()});
                for (qsizetype k = 1; k < toAdd.size(); ++k) {
                    current << toAdd[k];
                    ancestorsByIdx << ancestors(g, {toAdd[k]});
                }
            }
        }
    }
    if (complete)
        *complete = todo.isEmpty();
    return output;
}

// upgrade TARGETS (already resolved) from CURRENT (implicit_base=True): revisions in run order.
inline QStringList upgradeOrder(const RevisionGraph& g, const QStringList& targets,
                                const QStringList& current) {
    Set needs = ancestors(g, targets);
    needs.subtract(ancestors(g, current));
    QStringList order = topologicalSort(g, needs, targets);
    std::reverse(order.begin(), order.end());
    return order;
}

// downgrade to TARGET (empty = base) from CURRENT; nullopt when Alembic raises "Nothing to drop".
inline std::optional<QStringList> downgradeOrder(const RevisionGraph& g, const QString& target,
                                                 const QStringList& current) {
    QStringList roots;
    if (target.isEmpty()) {
        for (const QString& id : g.ids())
            if (g.revision(id)->parents.isEmpty())
                roots << id;
    } else {
        roots = g.children(target);
    }
    Set todo = descendants(g, roots, true);
    todo.intersect(ancestors(g, current));
    if (!target.isEmpty() && todo.isEmpty() && !current.contains(target))
        return std::nullopt;
    return topologicalSort(g, todo, current);
}

// history LOWER:heads (walk_revisions; LOWER empty = base); nullopt where Alembic fails.
inline std::optional<QStringList> historyOrder(const RevisionGraph& g, const QString& lower) {
    const QStringList targets = g.effectiveHeads();
    Set needs = ancestors(g, targets);
    if (!lower.isEmpty()) {
        needs.subtract(ancestors(g, {lower}));
        needs.insert(lower);
        needs.intersect(descendants(g, {lower}, false));
    }
    bool complete = false;
    QStringList order = topologicalSort(g, needs, targets, &complete);
    if (!complete)
        return std::nullopt;
    return order;
}

// HeadMaintainer.update_to_step over RevisionSteps, with full ancestor sets. Row texts as
// VersionRowOp::toString; the merge/unmerge orders follow RevisionGraph's documented choice.
struct HeadSimulation {
    QStringList heads;
    QStringList rows;
    QList<QStringList> headsAfterEach; // filled by the caller after each step
    bool failed = false;

    // Alembic raises (assert / KeyError) where `failed` is set; later steps are not simulated.
    void insert(const QString& v) {
        failed = failed || heads.contains(v);
        if (failed)
            return;
        heads << v;
        rows << QStringLiteral("INSERT ") + v;
    }
    void remove(const QString& v) {
        failed = failed || !heads.contains(v);
        if (failed)
            return;
        heads.removeAll(v);
        rows << QStringLiteral("DELETE ") + v;
    }
    void update(const QString& f, const QString& t) {
        failed = failed || !heads.contains(f) || heads.contains(t);
        if (failed)
            return;
        heads.replace(heads.indexOf(f), t);
        rows << QStringLiteral("UPDATE ") + f + QStringLiteral("->") + t;
    }
};

inline QStringList unmergeTo(const RevisionGraph& g, const QStringList& heads, const QString& r) {
    const QStringList to = g.normalizedDownRevisions(r);
    QStringList others = heads;
    others.removeAll(r);
    Set anc;
    if (!others.isEmpty()) {
        anc = ancestors(g, others);
    } else {
        for (const QString& t : to)
            for (const QString& a : ancestors(g, {t}))
                if (a != t)
                    anc.insert(a);
    }
    QStringList out;
    for (const QString& t : to)
        if (!anc.contains(t))
            out.prepend(t);
    return out;
}

inline void updateToStep(const RevisionGraph& g, HeadSimulation& h, const QString& r,
                         bool upgrade) {
    const QStringList down = g.normalizedDownRevisions(r);
    if (!upgrade && h.heads.contains(r) && (down.isEmpty() || unmergeTo(g, h.heads, r).isEmpty())) {
        h.remove(r);
        return;
    }
    int present = 0;
    for (const QString& d : down)
        present += h.heads.contains(d) ? 1 : 0;
    if (upgrade && (down.isEmpty() || present == 0)) {
        h.insert(r);
        return;
    }
    if (upgrade && down.size() > 1 && present > 1) {
        QStringList others;
        for (const QString& x : h.heads)
            if (!down.contains(x))
                others << x;
        const Set anc = ancestors(g, others);
        QStringList from;
        for (const QString& d : down)
            if (others.isEmpty() || !anc.contains(d))
                from << d;
        for (qsizetype i = 0; i + 1 < from.size(); ++i)
            h.remove(from[i]);
        h.update(from.last(), r);
        return;
    }
    if (!upgrade && h.heads.contains(r) && down.size() > 1) {
        const QStringList to = unmergeTo(g, h.heads, r);
        for (qsizetype i = 0; i + 1 < to.size(); ++i)
            h.insert(to[i]);
        h.update(r, to.last());
        return;
    }
    QString d = down.value(0);
    if (down.size() != 1)
        for (const QString& x : down)
            if (h.heads.contains(x))
                d = x;
    if (upgrade)
        h.update(d, r);
    else
        h.update(r, d);
}

} // namespace strata::reference
