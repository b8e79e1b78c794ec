#pragma once

#include "Result.h"
#include "revision/Revision.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

// Internal to RevisionGraph and its parts (GraphBuilder, GraphTraversal, TargetResolver,
// TargetParser, StepCollector, TopologicalOrder, HeadMaintainer): the interned graph. Revisions
// are ints (their index in input order); "None" and the string "base" that Alembic passes around
// are kNone and kBase.

namespace strata {

using Nodes = std::vector<int>;
constexpr int kNone = -1; // Alembic's None (no revision / overwalked)
constexpr int kBase = -2; // Alembic's "base" string returned by _walk

inline void appendUnique(Nodes& list, int v) {
    if (std::find(list.begin(), list.end(), v) == list.end())
        list.push_back(v);
}

inline bool containsNode(const Nodes& list, int v) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

inline Error targetError(const QString& message) {
    return Error(ErrorCode::Target, message);
}

// Which edges a walk follows: Alembic's include_dependencies=False / True.
enum class Along {
    Parents,         // down along parents, up along children [nextrev]
    WithDependencies // down along normalized down revisions, up along _all_nextrev
};

struct GraphData {
    std::vector<Revision> revs;
    QHash<QString, int> ids;
    QHash<QString, int> labels;                  // declared label -> revision
    std::vector<std::pair<QString, int>> keys;   // ids then labels (Alembic's map key order)
    std::vector<std::pair<QString, int>> sorted; // (key, position in keys), sorted by key
    std::vector<Nodes> parents, deps, normDown, normUp, next, allNext;
    std::vector<QStringList> labelsOf; // resolved (own + inherited), sorted
    std::vector<int> level;            // longest path from a real base along normDown
    // Segments: maximal lines along normDown whose inner links are the only child of their
    // parent and the only parent of their child; ancestor queries jump segment by segment.
    std::vector<int> seg;       // segment of each revision
    std::vector<int> segBottom; // lowest revision of each segment
    Nodes topo;                 // every revision after its normalized down revisions
    Nodes heads, realHeads, bases, realBases;

    int n() const { return int(revs.size()); }
    int keyNode(const QString& key) const {
        auto it = ids.constFind(key);
        if (it != ids.constEnd())
            return it.value();
        auto lt = labels.constFind(key);
        return lt == labels.constEnd() ? kNone : lt.value();
    }
    QString name(int node) const {
        if (node == kBase || node == kNone)
            return QStringLiteral("base");
        return revs[size_t(node)].id;
    }
    QStringList names(const Nodes& nodes) const {
        QStringList out;
        out.reserve(qsizetype(nodes.size()));
        for (int x : nodes)
            out << name(x);
        return out;
    }
};

} // namespace strata
