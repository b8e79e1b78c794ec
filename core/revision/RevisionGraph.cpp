#include "revision/RevisionGraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

// A port of Alembic's RevisionMap (alembic/script/revision.py), ScriptDirectory._upgrade_revs /
// _downgrade_revs / _stamp_revs (alembic/script/base.py) and HeadMaintainer / RevisionStep /
// StampStep (alembic/runtime/migration.py). Revisions are interned to ints (their input index);
// "None" and the string "base" that Alembic passes around are kNone and kBase.

namespace strata {

namespace {

using Nodes = std::vector<int>;
constexpr int kNone = -1; // Alembic's None (no revision / overwalked)
constexpr int kBase = -2; // Alembic's "base" string returned by _walk

void appendUnique(Nodes& list, int v) {
    if (std::find(list.begin(), list.end(), v) == list.end())
        list.push_back(v);
}

bool containsNode(const Nodes& list, int v) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

Error targetError(const QString& message) {
    return Error(ErrorCode::Target, message);
}

// "rev" or ("a", "b") as Alembic prints identifiers in messages.
QString describe(const QStringList& ids) {
    if (ids.isEmpty())
        return QStringLiteral("base");
    return ids.join(QLatin1String(", "));
}

const QRegularExpression& relativeDestination() {
    // Alembic's _relative_destination, applied with re.match (anchored at the start only).
    static const QRegularExpression re(QStringLiteral("^(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"));
    return re;
}

} // namespace

struct RevisionGraph::Data {
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
};

// The query side: every Alembic traversal and target function, over interned revisions.
class GraphEngine {
public:
    explicit GraphEngine(const RevisionGraph::Data& data)
        : d(data)
        , n(data.n()) {}

    const RevisionGraph::Data& d;
    const int n;
    mutable std::vector<int> m_stamp;
    mutable int m_generation = 0;
    mutable std::vector<int> m_segStamp;
    mutable int m_segGeneration = 0;

    QString name(int node) const {
        if (node == kBase || node == kNone)
            return QStringLiteral("base");
        return d.revs[size_t(node)].id;
    }
    QStringList names(const Nodes& nodes) const {
        QStringList out;
        for (int x : nodes)
            out << name(x);
        return out;
    }

    // --- traversals --------------------------------------------------------------------------

    // Every node reachable from `targets` (included) along `edges`.
    std::vector<char> reach(const Nodes& targets, const std::vector<Nodes>& edges) const {
        std::vector<char> mark(static_cast<size_t>(n), 0);
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

    // _get_ancestor_nodes (targets included): along normalized down revisions when `deps`,
    // else along parents only.
    std::vector<char> ancestors(const Nodes& targets, bool deps) const {
        return reach(targets, deps ? d.normDown : d.parents);
    }

    // _get_descendant_nodes (targets included): along _all_nextrev when `deps`, else nextrev.
    std::vector<char> descendants(const Nodes& targets, bool deps) const {
        return reach(targets, deps ? d.allNext : d.next);
    }

    // _iterate_related_revisions(check=True): no requested revision may be an ancestor (or,
    // walking up, a descendant) of another one.
    Result<void> checkOverlap(const Nodes& targets, bool deps) const {
        Nodes starts;
        for (int t : targets)
            if (t >= 0)
                for (int p : deps ? d.normDown[size_t(t)] : d.parents[size_t(t)])
                    starts.push_back(p);
        if (starts.empty())
            return {};
        const std::vector<char> below = ancestors(starts, deps);
        for (int t : targets)
            if (t >= 0 && below[size_t(t)])
                return targetError(QCoreApplication::translate(
                                       "strata",
                                       "Requested revision %1 overlaps with other requested "
                                       "revisions (it is an ancestor of another one)")
                                       .arg(name(t)));
        return {};
    }

    // Whether `x` is one of `sources` or an ancestor of one (along normalized down revisions).
    // Nodes below x's level cannot lead to x, so the walk stops there.
    bool isAncestorOfAny(int x, const Nodes& sources, const Nodes& excluded = {}) const {
        if (sources.empty())
            return false;
        if (m_segStamp.size() != d.segBottom.size())
            m_segStamp.assign(d.segBottom.size(), 0);
        const int gen = ++m_segGeneration;
        const int floor = d.level[size_t(x)];
        const int target = d.seg[size_t(x)];
        // Walk down segment by segment (a segment is entered at its top and left at its
        // bottom); inside x's own segment, x is below exactly the nodes with a higher level.
        Nodes stack;
        for (int s : sources) {
            if (s < 0 || d.level[size_t(s)] < floor || containsNode(excluded, s))
                continue;
            if (d.seg[size_t(s)] == target)
                return true;
            stack.push_back(d.seg[size_t(s)]);
            while (!stack.empty()) {
                const int sg = stack.back();
                stack.pop_back();
                if (m_segStamp[size_t(sg)] == gen)
                    continue;
                m_segStamp[size_t(sg)] = gen;
                for (int p : d.normDown[size_t(d.segBottom[size_t(sg)])]) {
                    if (d.level[size_t(p)] < floor)
                        continue;
                    if (d.seg[size_t(p)] == target)
                        return true;
                    if (m_segStamp[size_t(d.seg[size_t(p)])] != gen)
                        stack.push_back(d.seg[size_t(p)]);
                }
            }
        }
        return false;
    }

    // Revisions sharing lineage with any of `tests` (_shares_lineage): the union of the
    // ancestors and descendants of the tests, as a mark.
    std::vector<char> lineageOf(const Nodes& tests, bool deps) const {
        std::vector<char> up = descendants(tests, deps);
        const std::vector<char> down = ancestors(tests, deps);
        for (size_t i = 0; i < up.size(); ++i)
            up[i] = char(up[i] | down[i]);
        return up;
    }

    // --- identifiers -------------------------------------------------------------------------

    struct Resolved {
        QStringList ids; // empty = base/None
        QString label;
    };

    // _resolve_revision_number
    Result<Resolved> resolveRevisionNumber(const QString& input) const {
        Resolved r;
        QString id = input;
        const qsizetype at = id.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            r.label = id.left(at);
            id = id.mid(at + 1);
        }
        if (id == QLatin1String("heads")) {
            if (!r.label.isEmpty()) {
                auto f = filterForLineage(d.heads, r.label, false);
                if (!f)
                    return f.error();
                r.ids = names(*f);
            } else {
                r.ids = names(d.realHeads);
            }
        } else if (id == QLatin1String("head")) {
            auto h = currentHead(r.label);
            if (!h)
                return h.error();
            if (*h >= 0)
                r.ids << name(*h);
        } else if (id == QLatin1String("base") || input.isNull()) {
            // nothing
        } else {
            r.ids << id;
        }
        return r;
    }

    // get_current_head
    Result<int> currentHead(const QString& label) const {
        Nodes heads = d.heads;
        if (!label.isEmpty()) {
            auto f = filterForLineage(heads, label, false);
            if (!f)
                return f.error();
            heads = *f;
        }
        if (heads.size() > 1) {
            const QString arg = label.isEmpty() ? QStringLiteral("head") : label + "@head";
            return targetError(QCoreApplication::translate(
                                   "strata", "Multiple heads are present for given argument "
                                             "'%1': %2; use a specific revision, "
                                             "'<branch>@head' or 'heads'")
                                   .arg(arg, names(heads).join(QLatin1String(", "))));
        }
        return heads.empty() ? kNone : heads.front();
    }

    // filter_for_lineage
    Result<Nodes> filterForLineage(const Nodes& targets, const QString& checkAgainst,
                                   bool deps) const {
        auto r = resolveRevisionNumber(checkAgainst);
        if (!r)
            return r.error();
        QStringList shares;
        if (!r->label.isEmpty())
            shares << r->label;
        shares << r->ids;
        if (shares.isEmpty())
            return targets;
        Nodes tests;
        for (const QString& s : shares) {
            auto t = revisionForIdent(s, QString());
            if (!t)
                return t.error();
            if (*t >= 0)
                tests.push_back(*t);
        }
        const std::vector<char> lineage = lineageOf(tests, deps);
        Nodes out;
        for (int t : targets)
            if (t >= 0 && lineage[size_t(t)])
                out.push_back(t);
        return out;
    }

    // _resolve_branch
    Result<int> resolveBranch(const QString& label) const {
        const int node = d.keyNode(label);
        if (node >= 0)
            return node;
        auto r = revisionForIdent(label, QString());
        if (!r)
            return targetError(
                QCoreApplication::translate("strata", "No such branch: '%1'").arg(label));
        return r;
    }

    // _revision_for_ident; a null `id` is Alembic's () / None.
    Result<int> revisionForIdent(const QString& id, const QString& checkBranch) const {
        int branchRev = kNone;
        if (!checkBranch.isEmpty()) {
            auto b = resolveBranch(checkBranch);
            if (!b)
                return b.error();
            branchRev = *b;
        }
        if (id.isNull())
            return kNone;
        int node = d.keyNode(id);
        if (node < 0) {
            // Partial identifier: keys longer than 3 characters starting with `id`.
            std::vector<int> positions;
            auto it = std::lower_bound(
                d.sorted.begin(), d.sorted.end(), id,
                [](const std::pair<QString, int>& e, const QString& v) { return e.first < v; });
            for (; it != d.sorted.end() && it->first.startsWith(id); ++it)
                if (it->first.size() > 3)
                    positions.push_back(it->second);
            std::sort(positions.begin(), positions.end());
            if (branchRev >= 0 && !positions.empty()) {
                const std::vector<char> lineage = lineageOf({branchRev}, false);
                std::erase_if(positions, [&](int pos) {
                    return !lineage[size_t(d.keys[size_t(pos)].second)];
                });
            }
            if (positions.empty())
                return targetError(
                    QCoreApplication::translate("strata", "No such revision or branch '%1'%2")
                        .arg(id, id.size() < 4
                                     ? QStringLiteral("; please ensure at least four characters "
                                                      "are present for partial revision "
                                                      "identifier matches")
                                     : QString()));
            if (positions.size() > 1) {
                QStringList candidates;
                for (size_t i = 0; i < positions.size() && i < 5; ++i)
                    candidates << QLatin1Char('\'') + d.keys[size_t(positions[i])].first +
                                      QLatin1Char('\'');
                if (positions.size() > 5)
                    candidates << QStringLiteral("...");
                return targetError(
                    QCoreApplication::translate("strata", "Multiple revisions start with '%1': %2")
                        .arg(id, candidates.join(QLatin1String(", "))));
            }
            node = d.keys[size_t(positions.front())].second;
        }
        if (branchRev >= 0 && !lineageOf({branchRev}, false)[size_t(node)])
            return targetError(
                QCoreApplication::translate("strata", "Revision %1 is not a member of branch '%2'")
                    .arg(name(node), checkBranch));
        return node;
    }

    // get_revisions (one identifier)
    Result<Nodes> getRevisions(const QString& id) const {
        auto r = resolveRevisionNumber(id);
        if (!r)
            return r.error();
        if (r->ids.size() == 1) {
            bool isInt = false;
            const int steps = r->ids.front().toInt(&isInt);
            if (isInt && steps < 0) {
                Nodes out;
                for (int head : d.realHeads) {
                    if (!r->label.isEmpty() && !d.labelsOf[size_t(head)].contains(r->label))
                        continue;
                    auto w = walk(head, steps, QString(), true);
                    if (!w)
                        return w.error();
                    out.push_back(*w);
                }
                return out;
            }
        }
        Nodes out;
        for (const QString& rid : std::as_const(r->ids)) {
            auto x = revisionForIdent(rid, r->label);
            if (!x)
                return x.error();
            out.push_back(*x);
        }
        return out;
    }

    // get_revisions (a tuple of identifiers)
    Result<Nodes> getRevisions(const QStringList& ids) const {
        Nodes out;
        for (const QString& id : ids) {
            auto r = getRevisions(id);
            if (!r)
                return r.error();
            out.insert(out.end(), r->begin(), r->end());
        }
        return out;
    }

    // get_revision
    Result<int> getRevision(const QString& id) const {
        auto r = resolveRevisionNumber(id);
        if (!r)
            return r.error();
        if (r->ids.size() > 1)
            return targetError(QCoreApplication::translate(
                                   "strata", "Multiple heads are present for given argument "
                                             "'%1': %2")
                                   .arg(id, r->ids.join(QLatin1String(", "))));
        return revisionForIdent(r->ids.isEmpty() ? QString() : r->ids.front(), r->label);
    }

    // _walk
    Result<int> walk(int start, int steps, const QString& label, bool noOverwalk) const {
        int initial = start;
        for (int i = 0; i < std::abs(steps); ++i) {
            Nodes children;
            if (steps > 0) {
                const Nodes& up = initial < 0 ? d.bases : d.next[size_t(initial)];
                if (!label.isEmpty()) {
                    auto f = filterForLineage(up, label, false);
                    if (!f)
                        return f.error();
                    children = *f;
                } else {
                    children = up;
                }
            } else if (initial != kBase) {
                children = initial == kNone ? d.heads : d.parents[size_t(initial)];
                if (children.empty())
                    children.push_back(kBase);
            }
            if (children.empty())
                return noOverwalk ? kNone : initial;
            if (children.size() > 1)
                return targetError(
                    QCoreApplication::translate(
                        "strata", "Ambiguous walk: %1 step(s) from %2 reach %3, a branch or "
                                  "merge point; name a revision or use <branch>@%4")
                        .arg(std::abs(steps))
                        .arg(initial == kNone
                                 ? QCoreApplication::translate("strata", "the current revisions")
                                 : name(initial),
                             names(children).join(QLatin1String(", ")),
                             steps > 0 ? QStringLiteral("+N") : QStringLiteral("-N")));
            initial = children.front();
        }
        return initial;
    }

    static QString didntProduce(const QString& relative, int count) {
        return QStringLiteral("Relative revision %1 didn't produce %2 migrations")
            .arg(relative)
            .arg(std::abs(count));
    }

    // _filter_into_branch_heads(_get_all_current(ids))
    Result<Nodes> allCurrent(const QStringList& ids) const {
        auto top = getRevisions(ids);
        if (!top)
            return top.error();
        const std::vector<char> set = ancestors(*top, true);
        // reach[x]: x or one of its descendants (parents only) is in the set.
        std::vector<char> reach(static_cast<size_t>(n), 0);
        for (auto it = d.topo.rbegin(); it != d.topo.rend(); ++it) {
            const int x = *it;
            char r = set[size_t(x)];
            for (int c : d.next[size_t(x)])
                r = char(r | reach[size_t(c)]);
            reach[size_t(x)] = r;
        }
        Nodes out;
        for (int x = 0; x < n; ++x) {
            if (!set[size_t(x)])
                continue;
            bool covered = false;
            for (int c : d.next[size_t(x)])
                covered = covered || reach[size_t(c)];
            if (!covered)
                out.push_back(x);
        }
        return out;
    }

    // _parse_downgrade_target -> (branch label, target: node, kNone or kBase)
    Result<std::pair<QString, int>> parseDowngradeTarget(const QStringList& current,
                                                         const QString& target,
                                                         bool assertLength) const {
        if (target.isNull())
            return std::pair<QString, int>(QString(), kNone);
        const QRegularExpressionMatch m = relativeDestination().match(target);
        if (m.hasMatch()) {
            QString label = m.captured(1);
            QString symbol = m.hasCaptured(2) ? m.captured(2) : QString();
            const QString relative = m.captured(3);
            const int rel = relative.toInt();
            if (rel >= 0) {
                if (symbol.isNull())
                    return targetError(didntProduce(relative, rel));
                auto start = getRevision(symbol);
                if (!start)
                    return start.error();
                auto rev = walk(*start, rel, label, assertLength);
                if (!rev)
                    return rev.error();
                if (*rev == kNone)
                    return targetError(
                        QCoreApplication::translate("strata", "Walked too far: %1").arg(target));
                return std::pair<QString, int>(label, *rev);
            }
            const bool relativeRevision = symbol.isNull();
            if (relativeRevision) {
                if (!label.isEmpty()) {
                    auto cur = getRevisions(current);
                    if (!cur)
                        return cur.error();
                    auto list = filterForLineage(*cur, label, false);
                    if (!list)
                        return list.error();
                    if (list->empty()) {
                        auto all = allCurrent(current);
                        if (!all)
                            return all.error();
                        list = filterForLineage(*all, label, false);
                        if (!list)
                            return list.error();
                    }
                    if (list->size() != 1)
                        return targetError(QCoreApplication::translate(
                                               "strata",
                                               "Branch '%1' has %2 current revisions; cannot walk "
                                               "%3 from them")
                                               .arg(label)
                                               .arg(list->size())
                                               .arg(relative));
                    symbol = name(list->front());
                } else {
                    if (current.isEmpty())
                        return targetError(didntProduce(relative, rel));
                    symbol = current.front();
                    label = symbol;
                }
            }
            auto start = getRevision(label.isEmpty() ? symbol : label + QLatin1Char('@') + symbol);
            if (!start)
                return start.error();
            auto rev = walk(*start, rel, QString(), assertLength);
            if (!rev)
                return rev.error();
            if (*rev == kNone)
                return targetError(
                    relativeRevision
                        ? didntProduce(relative, rel)
                        : QCoreApplication::translate("strata", "Walked too far: %1").arg(target));
            return std::pair<QString, int>(label, *rev);
        }
        const qsizetype at = target.lastIndexOf(QLatin1Char('@'));
        const QString label = at >= 0 ? target.left(at) : QString();
        auto rev = getRevision(at >= 0 ? target.mid(at + 1) : target);
        if (!rev)
            return rev.error();
        return std::pair<QString, int>(label, *rev);
    }

    // _parse_upgrade_target (kNone entries are errors here; kBase is dropped)
    Result<Nodes> parseUpgradeTarget(const QStringList& current, const QString& target,
                                     bool assertLength) const {
        const QRegularExpressionMatch m = relativeDestination().match(target);
        if (!m.hasMatch())
            return getRevisions(target);
        const QString label = m.captured(1);
        const QString symbol = m.hasCaptured(2) ? m.captured(2) : QString();
        const QString relative = m.captured(3);
        const int rel = relative.toInt();
        int rev = kNone;
        if (rel > 0) {
            if (symbol.isNull()) {
                Nodes starts;
                if (!label.isEmpty()) {
                    auto cur = getRevisions(current);
                    if (!cur)
                        return cur.error();
                    auto f = filterForLineage(*cur, label, false);
                    if (!f)
                        return f.error();
                    starts = *f;
                    if (starts.empty()) {
                        // The branch is not at a current head: start from the tips of the
                        // current revisions' ancestry that lie on the branch.
                        const std::vector<char> anc = ancestors(*cur, true);
                        Nodes active;
                        for (int x = 0; x < n; ++x)
                            if (anc[size_t(x)])
                                active.push_back(x);
                        auto onBranch = filterForLineage(active, label, false);
                        if (!onBranch)
                            return onBranch.error();
                        std::vector<char> isDown(static_cast<size_t>(n), 0);
                        for (int x : *onBranch)
                            for (int p : d.normDown[size_t(x)])
                                isDown[size_t(p)] = 1;
                        for (int x : *onBranch)
                            if (!isDown[size_t(x)])
                                starts.push_back(x);
                        if (starts.empty())
                            starts.push_back(kNone);
                    }
                } else if (current.isEmpty()) {
                    starts.push_back(kNone);
                } else {
                    for (const QString& c : current) {
                        auto r = getRevision(c);
                        if (!r)
                            return r.error();
                        starts.push_back(*r);
                    }
                }
                if (starts.size() > 1)
                    return targetError(QCoreApplication::translate(
                                           "strata", "Ambiguous upgrade from multiple current "
                                                     "revisions (%1); use <branch>@%2")
                                           .arg(names(starts).join(QLatin1String(", ")), relative));
                auto w = walk(starts.front(), rel, label, assertLength);
                if (!w)
                    return w.error();
                if (*w == kNone)
                    return targetError(didntProduce(relative, rel));
                rev = *w;
            } else {
                auto start = getRevision(symbol);
                if (!start)
                    return start.error();
                auto w = walk(*start, rel, label, assertLength);
                if (!w)
                    return w.error();
                rev = *w;
            }
        } else {
            if (symbol.isNull())
                return targetError(didntProduce(relative, rel));
            auto start = getRevision(label.isEmpty() ? symbol : label + QLatin1Char('@') + symbol);
            if (!start)
                return start.error();
            auto w = walk(*start, rel, QString(), assertLength);
            if (!w)
                return w.error();
            rev = *w;
        }
        if (rev == kNone)
            return targetError(
                QCoreApplication::translate("strata", "Walked too far: %1").arg(target));
        if (rev == kBase)
            return Nodes{};
        return Nodes{rev};
    }

    struct Collected {
        std::vector<char> todo;
        Nodes heads;
    };

    static Nodes present(const Nodes& nodes) {
        Nodes out;
        for (int x : nodes)
            if (x >= 0)
                out.push_back(x);
        return out;
    }

    // _collect_downgrade_revisions
    Result<Collected> collectDowngrade(const QStringList& upper, const QString& lower,
                                       bool inclusive, bool implicitBase, bool assertLength) const {
        auto parsed = parseDowngradeTarget(upper, lower, assertLength);
        if (!parsed)
            return parsed.error();
        const QString label = parsed->first;
        int target = parsed->second == kBase ? kNone : parsed->second;
        Nodes roots;
        if (target == kNone) {
            for (int x = 0; x < n; ++x)
                if (d.parents[size_t(x)].empty())
                    roots.push_back(x);
        } else if (inclusive) {
            roots.push_back(target);
        } else {
            roots = d.next[size_t(target)];
        }
        if (!label.isEmpty() && roots.size() > 1) {
            auto branch = resolveBranch(label);
            if (!branch)
                return branch.error();
            const std::vector<char> anc = ancestors({*branch}, false);
            std::erase_if(roots, [&](int r) { return !anc[size_t(r)]; });
            if (roots.empty())
                return targetError(QCoreApplication::translate(
                                       "strata", "Not a valid downgrade target from current "
                                                 "heads: %1")
                                       .arg(lower));
        }
        auto headsR = getRevisions(upper);
        if (!headsR)
            return headsR.error();
        const Nodes heads = present(*headsR);
        std::vector<char> todo = descendants(roots, true);
        const std::vector<char> active = ancestors(heads, true);
        bool any = false;
        for (int x = 0; x < n; ++x) {
            todo[size_t(x)] = char(todo[size_t(x)] & active[size_t(x)]);
            any = any || todo[size_t(x)];
        }
        if (implicitBase) {
            const std::vector<char> rootAnc = ancestors(roots, true);
            for (int x = 0; x < n; ++x)
                if (active[size_t(x)] && !rootAnc[size_t(x)]) {
                    todo[size_t(x)] = 1;
                    any = true;
                }
        }
        if (target != kNone && !any && !containsNode(heads, target))
            return targetError(QCoreApplication::translate(
                                   "strata", "Destination %1 is not a valid downgrade target "
                                             "from current head(s) %2")
                                   .arg(lower, describe(upper)));
        return Collected{std::move(todo), heads};
    }

    // _collect_upgrade_revisions. `lower` is a single identifier when lowerIsScalar (history),
    // else the tuple of current heads (upgrade).
    Result<Collected> collectUpgrade(const QString& upper, QStringList lower, bool lowerIsScalar,
                                     bool inclusive, bool implicitBase, bool assertLength) const {
        auto targetsR = parseUpgradeTarget(lower, upper, assertLength);
        if (!targetsR)
            return targetsR.error();
        Nodes targets = *targetsR;
        if (containsNode(targets, kNone))
            return targetError(
                QCoreApplication::translate("strata", "Target %1 does not resolve to a revision")
                    .arg(upper));
        targets = present(targets);
        if (lowerIsScalar && !lower.isEmpty() && lower.front().contains(QLatin1Char('@'))) {
            QString branch = lower.front().section(QLatin1Char('@'), 0, 0);
            auto branchRev = getRevision(branch);
            if (!branchRev)
                return branchRev.error();
            if (*branchRev >= 0 && name(*branchRev) == branch) {
                const QStringList& labels = d.labelsOf[size_t(*branchRev)];
                if (labels.size() != 1)
                    return targetError(
                        QCoreApplication::translate("strata", "Revision %1 used as a branch has %2 "
                                                              "branch labels; name one")
                            .arg(branch)
                            .arg(labels.size()));
                branch = labels.front();
            }
            std::erase_if(targets, [&](int t) { return !d.labelsOf[size_t(t)].contains(branch); });
        }
        if (auto c = checkOverlap(targets, true); !c)
            return c.error();
        const std::vector<char> required = ancestors(targets, true);

        auto currentR = getRevisions(lower);
        if (!currentR)
            return currentR.error();
        Nodes current = *currentR;
        if (!implicitBase)
            for (int c : current)
                if (c >= 0 && !required[size_t(c)])
                    return targetError(
                        QCoreApplication::translate("strata",
                                                    "Revision %1 is not an ancestor of revision %2")
                            .arg(describe(lower),
                                 upper.isEmpty() ? QStringLiteral("base") : upper));
        if (!current.empty() && current.front() == kNone) {
            // A relative lower bound that overwalked: resolve it against the upper one.
            auto p = parseDowngradeTarget(QStringList{upper}, lower.value(0), assertLength);
            if (!p)
                return p.error();
            if (p->second < 0) {
                current.clear();
                lower.clear();
            } else {
                current = {p->second};
                lower = QStringList{name(p->second)};
            }
        }
        current = present(current);
        if (auto c = checkOverlap(current, true); !c)
            return c.error();
        const std::vector<char> currentSet = ancestors(current, true);
        std::vector<char> needs(static_cast<size_t>(n), 0);
        for (int x = 0; x < n; ++x)
            needs[size_t(x)] = char(required[size_t(x)] && !currentSet[size_t(x)]);
        if (inclusive) {
            auto l = getRevisions(lower);
            if (!l)
                return l.error();
            for (int x : *l)
                if (x >= 0)
                    needs[size_t(x)] = 1;
        }
        if (!current.empty() && !implicitBase) {
            const std::vector<char> below = descendants(current, false);
            for (int x = 0; x < n; ++x)
                needs[size_t(x)] = char(needs[size_t(x)] & below[size_t(x)]);
        }
        return Collected{std::move(needs), targets};
    }

    // _topological_sort, in linear time (plus the upward searches at shared ancestors).
    //
    // Alembic keeps an ordered list of current heads, each with its full ancestor set, and a
    // candidate index. A candidate that is an ancestor of another current head moves the index to
    // the first such head; otherwise it is emitted and replaced by its normalized down revisions
    // that are still to do (the first in place, the others appended), or removed (the index then
    // steps back by one). Here the union of the heads' ancestor sets is kept as a reference count
    // (children inside the union), so "is an ancestor of another head" is cnt > 0; the list is a
    // linked list of slots whose ids grow with list position, so "the first such head" is the
    // smallest slot among the heads found by walking up from the candidate inside the union.
    Result<Nodes> topologicalSort(std::vector<char> todo, const Nodes& heads) const {
        Nodes output;
        Nodes startHeads;
        for (int h : heads)
            if (h >= 0 && todo[size_t(h)])
                appendUnique(startHeads, h);
        std::sort(startHeads.begin(), startHeads.end());

        std::vector<char> isHead(static_cast<size_t>(n), 0);
        std::vector<int> cnt(static_cast<size_t>(n), 0);
        std::vector<int> slotOf(static_cast<size_t>(n), -1);
        std::vector<int> slotNode, prev, next;
        auto newSlot = [&](int node) {
            const int s = int(slotNode.size());
            slotNode.push_back(node);
            prev.push_back(s - 1);
            next.push_back(-1);
            return s;
        };
        int first = -1;
        int last = -1;
        for (int h : startHeads) {
            const int s = newSlot(h);
            if (last >= 0) {
                next[size_t(last)] = s;
                prev[size_t(s)] = last;
            } else {
                prev[size_t(s)] = -1;
                first = s;
            }
            last = s;
            isHead[size_t(h)] = 1;
            slotOf[size_t(h)] = s;
        }
        // The union of the heads' ancestors, and for each member its children in the union.
        const std::vector<char> inUnion = ancestors(startHeads, true);
        for (int x = 0; x < n; ++x)
            if (inUnion[size_t(x)])
                for (int p : d.normDown[size_t(x)])
                    ++cnt[size_t(p)];

        auto leaveUnion = [&](int start) {
            Nodes stack{start};
            while (!stack.empty()) {
                const int x = stack.back();
                stack.pop_back();
                for (int p : d.normDown[size_t(x)])
                    if (--cnt[size_t(p)] == 0 && !isHead[size_t(p)])
                        stack.push_back(p);
            }
        };
        if (m_stamp.size() != size_t(n))
            m_stamp.assign(static_cast<size_t>(n), 0);
        // The first head (in list order) having `c` as an ancestor, c excluded.
        auto firstHeadAbove = [&](int c) {
            const int gen = ++m_generation;
            int best = -1;
            Nodes stack{c};
            m_stamp[size_t(c)] = gen;
            while (!stack.empty()) {
                const int x = stack.back();
                stack.pop_back();
                if (x != c && isHead[size_t(x)] && (best < 0 || slotOf[size_t(x)] < best))
                    best = slotOf[size_t(x)];
                for (int y : d.normUp[size_t(x)])
                    if (m_stamp[size_t(y)] != gen && (isHead[size_t(y)] || cnt[size_t(y)] > 0)) {
                        m_stamp[size_t(y)] = gen;
                        stack.push_back(y);
                    }
            }
            return best;
        };

        int idx = first;
        while (first >= 0) {
            const int candidate = slotNode[size_t(idx)];
            if (cnt[size_t(candidate)] > 0) {
                const int above = firstHeadAbove(candidate);
                if (above < 0)
                    return Error(ErrorCode::Internal,
                                 QCoreApplication::translate("strata", "topological sort lost a "
                                                                       "head above %1")
                                     .arg(name(candidate)));
                idx = above;
                continue;
            }
            if (todo[size_t(candidate)]) {
                output.push_back(candidate);
                todo[size_t(candidate)] = 0;
            }
            Nodes toAdd;
            for (int r : d.normDown[size_t(candidate)])
                if (todo[size_t(r)] && !isHead[size_t(r)])
                    toAdd.push_back(r);
            isHead[size_t(candidate)] = 0;
            slotOf[size_t(candidate)] = -1;
            for (int r : toAdd)
                isHead[size_t(r)] = 1;
            leaveUnion(candidate);
            if (toAdd.empty()) {
                const int p = prev[size_t(idx)];
                const int nx = next[size_t(idx)];
                if (p >= 0)
                    next[size_t(p)] = nx;
                else
                    first = nx;
                if (nx >= 0)
                    prev[size_t(nx)] = p;
                else
                    last = p;
                idx = p >= 0 ? p : first;
            } else {
                slotNode[size_t(idx)] = toAdd.front();
                slotOf[size_t(toAdd.front())] = idx;
                for (size_t i = 1; i < toAdd.size(); ++i) {
                    const int s = newSlot(toAdd[i]);
                    prev[size_t(s)] = last;
                    next[size_t(last)] = s;
                    last = s;
                    slotOf[size_t(toAdd[i])] = s;
                }
            }
        }
        for (int x = 0; x < n; ++x)
            if (todo[size_t(x)])
                return targetError(QCoreApplication::translate(
                                       "strata",
                                       "Cannot order the revisions: %1 is reachable from the "
                                       "requested heads only through a dependent outside the range "
                                       "(Alembic fails here too)")
                                       .arg(name(x)));
        return output;
    }

    // --- the version table (HeadMaintainer.update_to_step) ------------------------------------

    struct Heads {
        Nodes order;
        std::vector<char> in;
    };

    Result<void> insertRow(Heads& h, int v, PlanStep& step) const {
        if (h.in[size_t(v)])
            return targetError(
                QCoreApplication::translate("strata", "Version %1 is already in the version table")
                    .arg(name(v)));
        h.in[size_t(v)] = 1;
        h.order.push_back(v);
        step.rows << VersionRowOp::insert(name(v));
        return {};
    }
    Result<void> deleteRow(Heads& h, int v, PlanStep& step) const {
        if (!h.in[size_t(v)])
            return targetError(QCoreApplication::translate(
                                   "strata", "Version %1 is not in the version table; cannot "
                                             "delete it")
                                   .arg(name(v)));
        h.in[size_t(v)] = 0;
        std::erase(h.order, v);
        step.rows << VersionRowOp::remove(name(v));
        return {};
    }
    Result<void> updateRow(Heads& h, int from, int to, PlanStep& step) const {
        if (!h.in[size_t(from)])
            return targetError(QCoreApplication::translate(
                                   "strata", "Version %1 is not in the version table; cannot "
                                             "update it to %2")
                                   .arg(name(from), name(to)));
        if (h.in[size_t(to)])
            return targetError(
                QCoreApplication::translate("strata", "Version %1 is already in the version table")
                    .arg(name(to)));
        h.in[size_t(from)] = 0;
        h.in[size_t(to)] = 1;
        std::replace(h.order.begin(), h.order.end(), from, to);
        step.rows << VersionRowOp::update(name(from), name(to));
        return {};
    }

    // Whether `x` is a current head other than `excluded`, or an ancestor of one. A short walk up
    // from x settles most cases (a head right above, or nothing above at all); otherwise the
    // heads are walked down.
    bool isAncestorOfOtherHeads(int x, const Heads& h, const Nodes& excluded) const {
        if (m_stamp.size() != size_t(n))
            m_stamp.assign(static_cast<size_t>(n), 0);
        const int gen = ++m_generation;
        Nodes stack{x};
        m_stamp[size_t(x)] = gen;
        int budget = 64;
        while (!stack.empty()) {
            const int y = stack.back();
            stack.pop_back();
            if (h.in[size_t(y)] && !containsNode(excluded, y))
                return true;
            if (--budget < 0)
                return isAncestorOfAny(x, h.order, excluded);
            for (int c : d.normUp[size_t(y)])
                if (m_stamp[size_t(c)] != gen) {
                    m_stamp[size_t(c)] = gen;
                    stack.push_back(c);
                }
        }
        return false;
    }

    // RevisionStep._unmerge_to_revisions. Python returns a set; Strata orders the result so that
    // the merge row is updated to its first parent and the other parents are inserted.
    Nodes unmergeTo(const Heads& h, int r) const {
        const Nodes& to = d.normDown[size_t(r)];
        const bool others = h.order.size() > (h.in[size_t(r)] ? 1u : 0u);
        Nodes out;
        for (int t : to) {
            bool implied = false;
            if (others) {
                implied = isAncestorOfOtherHeads(t, h, {r});
            } else {
                for (int u : to)
                    if (u != t && isAncestorOfAny(t, {u}))
                        implied = true;
            }
            if (!implied)
                out.push_back(t);
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

    Result<void> applyRevisionStep(Heads& h, int r, bool upgrade, PlanStep& step) const {
        const Nodes& down = d.normDown[size_t(r)];
        if (upgrade) {
            int present = 0;
            for (int p : down)
                present += h.in[size_t(p)];
            if (down.empty() || present == 0)
                return insertRow(h, r, step);
            if (down.size() > 1 && present > 1) {
                const bool others = h.order.size() > size_t(present);
                Nodes from;
                for (int p : down)
                    if (!others || !isAncestorOfOtherHeads(p, h, down))
                        from.push_back(p);
                if (from.empty())
                    return targetError(QCoreApplication::translate(
                                           "strata", "Cannot merge into %1: its parents are "
                                                     "implied by other heads")
                                           .arg(name(r)));
                for (size_t i = 0; i + 1 < from.size(); ++i)
                    if (auto e = deleteRow(h, from[i], step); !e)
                        return e;
                return updateRow(h, from.back(), r, step);
            }
            int from = down.front();
            if (down.size() != 1)
                for (int p : down)
                    if (h.in[size_t(p)])
                        from = p;
            return updateRow(h, from, r, step);
        }
        if (h.in[size_t(r)]) {
            if (down.empty())
                return deleteRow(h, r, step);
            const Nodes to = unmergeTo(h, r);
            if (to.empty())
                return deleteRow(h, r, step);
            if (down.size() > 1) {
                for (size_t i = 0; i + 1 < to.size(); ++i)
                    if (auto e = insertRow(h, to[i], step); !e)
                        return e;
                return updateRow(h, r, to.back(), step);
            }
            return updateRow(h, r, down.front(), step);
        }
        if (down.size() != 1) {
            Nodes present;
            for (int p : down)
                if (h.in[size_t(p)])
                    present.push_back(p);
            if (present.size() != 1)
                return targetError(QCoreApplication::translate(
                                       "strata", "Can't do an UPDATE for %1 because its down "
                                                 "revision is ambiguous")
                                       .arg(name(r)));
            return updateRow(h, r, present.front(), step);
        }
        return updateRow(h, r, down.front(), step);
    }

    struct Stamp {
        Nodes from;
        Nodes to;
        bool upgrade = true;
        bool branchMove = false;
    };

    // HeadMaintainer.update_to_step for a StampStep.
    Result<void> applyStampStep(Heads& h, const Stamp& s, PlanStep& step) const {
        auto anyMissing = [&](const Nodes& list) {
            return std::any_of(list.begin(), list.end(), [&](int x) { return !h.in[size_t(x)]; });
        };
        if (!s.upgrade && s.branchMove)
            return deleteRow(h, s.from.front(), step);
        if (s.upgrade && (s.branchMove || anyMissing(s.from)) && anyMissing(s.to))
            return insertRow(h, s.to.front(), step);
        if (s.from.size() > 1) {
            for (size_t i = 0; i + 1 < s.from.size(); ++i)
                if (auto e = deleteRow(h, s.from[i], step); !e)
                    return e;
            return updateRow(h, s.from.back(), s.to.front(), step);
        }
        if (s.from.size() != 1 || s.to.size() != 1)
            return targetError(
                QCoreApplication::translate("strata", "Cannot stamp %1: nothing to change")
                    .arg(names(s.to).join(QLatin1String(", "))));
        return updateRow(h, s.from.front(), s.to.front(), step);
    }

    Heads startHeads(const Nodes& current) const {
        Heads h;
        h.in.assign(static_cast<size_t>(n), 0);
        for (int x : current)
            if (x >= 0 && !h.in[size_t(x)]) {
                h.in[size_t(x)] = 1;
                h.order.push_back(x);
            }
        return h;
    }

    // The version table's rows as stored: full ids ("base" and empty entries dropped).
    Result<Nodes> canonicalHeads(const QStringList& current) const {
        Nodes out;
        for (const QString& c : current) {
            if (c.isEmpty() || c == QLatin1String("base"))
                continue;
            auto r = getRevision(c);
            if (!r) {
                Error e = r.error();
                e.message = QCoreApplication::translate(
                                "strata", "Can't locate revision identified by '%1' (a current "
                                          "head): %2")
                                .arg(c, e.message);
                e.revision = c;
                return e;
            }
            if (*r >= 0)
                appendUnique(out, *r);
        }
        return out;
    }

    Result<StepPlan> revisionPlan(const Nodes& order, bool upgrade, const Nodes& current) const {
        StepPlan plan;
        plan.initialHeads = names(current);
        Heads h = startHeads(current);
        for (int r : order) {
            PlanStep step;
            step.revision = name(r);
            step.direction = upgrade ? StepDirection::Upgrade : StepDirection::Downgrade;
            const QStringList self{step.revision};
            const QStringList parents = names(d.parents[size_t(r)]);
            step.fromRevisions = upgrade ? parents : self;
            step.toRevisions = upgrade ? self : parents;
            if (auto e = applyRevisionStep(h, r, upgrade, step); !e)
                return e.error();
            plan.steps << step;
        }
        plan.resultingHeads = names(h.order);
        return plan;
    }
};

// --- RevisionGraph --------------------------------------------------------------------------

RevisionGraph::RevisionGraph()
    : m_data(std::make_shared<Data>()) {}

RevisionGraph::RevisionGraph(std::shared_ptr<const Data> data)
    : m_data(std::move(data)) {}

namespace {

Error graphProblem(const Revision& r, const QString& message) {
    Error e(ErrorCode::Graph, message);
    e.at(r.filePath.isEmpty() ? r.fileName : r.filePath, r.headerLine);
    e.revision = r.id;
    return e;
}

} // namespace

GraphBuild RevisionGraph::build(std::vector<Revision> input) {
    GraphBuild out;
    const int m = int(input.size());
    QHash<QString, int> idIndex;
    idIndex.reserve(m);
    std::vector<char> skip(static_cast<size_t>(m), 0); // duplicates: not nodes at all
    std::vector<char> bad(static_cast<size_t>(m), 0);  // nodes left out with their descendants

    for (int i = 0; i < m; ++i) {
        const Revision& r = input[size_t(i)];
        if (r.id.isEmpty()) {
            out.problems << graphProblem(
                r, QCoreApplication::translate("strata", "Revision has no Revision ID"));
            skip[size_t(i)] = 1;
            continue;
        }
        QStringList illegal;
        for (QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char(':'), QLatin1Char('@')})
            if (r.id.contains(c))
                illegal << QString(c);
        if (!illegal.isEmpty()) {
            out.problems << graphProblem(
                r, QCoreApplication::translate(
                       "strata", "Character(s) '%1' not allowed in revision identifier '%2'")
                       .arg(illegal.join(QLatin1String(", ")), r.id));
            bad[size_t(i)] = 1;
        }
        auto dup = idIndex.constFind(r.id);
        if (dup != idIndex.constEnd()) {
            const Revision& first = input[size_t(dup.value())];
            out.problems << graphProblem(
                r, QCoreApplication::translate("strata",
                                               "Revision %1 is present more than once (also in %2)")
                       .arg(r.id, first.fileName.isEmpty() ? first.filePath : first.fileName));
            skip[size_t(i)] = 1;
            continue;
        }
        idIndex.insert(r.id, i);
        if (r.parents.contains(r.id)) {
            out.problems << graphProblem(
                r, QCoreApplication::translate("strata", "Self-loop is detected in revision %1")
                       .arg(r.id));
            bad[size_t(i)] = 1;
        }
        if (r.dependsOn.contains(r.id)) {
            out.problems << graphProblem(
                r, QCoreApplication::translate("strata",
                                               "Dependency self-loop is detected in revision %1")
                       .arg(r.id));
            bad[size_t(i)] = 1;
        }
    }

    // Branch labels (Alembic's _map_branch_labels): unique among labels and revision ids.
    QHash<QString, int> labelIndex;
    std::vector<QStringList> ownLabels(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i) {
        if (skip[size_t(i)])
            continue;
        const Revision& r = input[size_t(i)];
        for (const QString& label : r.branchLabels) {
            if (label.isEmpty() || ownLabels[size_t(i)].contains(label))
                continue;
            int other = idIndex.value(label, -1);
            if (other < 0)
                other = labelIndex.value(label, -1);
            if (other >= 0) {
                out.problems << graphProblem(
                    r, QCoreApplication::translate(
                           "strata", "Branch name '%1' in revision %2 already used by "
                                     "revision %3")
                           .arg(label, r.id, input[size_t(other)].id));
                continue;
            }
            labelIndex.insert(label, i);
            ownLabels[size_t(i)] << label;
        }
    }

    // Edges.
    std::vector<Nodes> par(static_cast<size_t>(m)), dep(static_cast<size_t>(m)),
        allDown(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i) {
        if (skip[size_t(i)])
            continue;
        const Revision& r = input[size_t(i)];
        for (const QString& p : r.parents) {
            if (p == r.id)
                continue;
            const int j = idIndex.value(p, -1);
            if (j < 0) {
                out.problems << graphProblem(
                    r, QCoreApplication::translate("strata",
                                                   "Revision %1 referenced from %2 is not present")
                           .arg(p, r.id));
                bad[size_t(i)] = 1;
                continue;
            }
            appendUnique(par[size_t(i)], j);
        }
        for (const QString& dn : r.dependsOn) {
            if (dn == r.id)
                continue;
            int j = idIndex.value(dn, -1);
            if (j < 0)
                j = labelIndex.value(dn, -1);
            if (j < 0) {
                out.problems << graphProblem(
                    r, QCoreApplication::translate("strata",
                                                   "Dependency %1 of revision %2 is not present")
                           .arg(dn, r.id));
                bad[size_t(i)] = 1;
                continue;
            }
            if (j == i) {
                out.problems << graphProblem(
                    r, QCoreApplication::translate(
                           "strata", "Dependency self-loop is detected in revision %1 (via "
                                     "branch label %2)")
                           .arg(r.id, dn));
                bad[size_t(i)] = 1;
                continue;
            }
            appendUnique(dep[size_t(i)], j);
        }
        allDown[size_t(i)] = par[size_t(i)];
        for (int j : dep[size_t(i)])
            appendUnique(allDown[size_t(i)], j);
    }

    // Cycles: Kahn over parents, then over parents + dependencies. What cannot be ordered is
    // in a cycle or below one.
    auto kahn = [&](const std::vector<Nodes>& down, const std::vector<char>& exclude,
                    Nodes& order) {
        std::vector<Nodes> up(static_cast<size_t>(m));
        std::vector<int> indeg(static_cast<size_t>(m), 0);
        for (int i = 0; i < m; ++i) {
            if (skip[size_t(i)] || exclude[size_t(i)])
                continue;
            for (int j : down[size_t(i)]) {
                if (exclude[size_t(j)])
                    continue;
                up[size_t(j)].push_back(i);
                ++indeg[size_t(i)];
            }
        }
        Nodes queue;
        for (int i = 0; i < m; ++i)
            if (!skip[size_t(i)] && !exclude[size_t(i)] && indeg[size_t(i)] == 0)
                queue.push_back(i);
        for (size_t q = 0; q < queue.size(); ++q) {
            order.push_back(queue[q]);
            for (int c : up[size_t(queue[q])])
                if (--indeg[size_t(c)] == 0)
                    queue.push_back(c);
        }
        std::vector<char> left(static_cast<size_t>(m), 0);
        std::vector<char> done(static_cast<size_t>(m), 0);
        for (int x : order)
            done[size_t(x)] = 1;
        QStringList ids;
        int firstLeft = -1;
        for (int i = 0; i < m; ++i)
            if (!skip[size_t(i)] && !exclude[size_t(i)] && !done[size_t(i)]) {
                left[size_t(i)] = 1;
                ids << input[size_t(i)].id;
                if (firstLeft < 0)
                    firstLeft = i;
            }
        ids.sort();
        return std::make_tuple(left, ids, firstLeft);
    };
    Nodes order;
    const std::vector<char> none(static_cast<size_t>(m), 0);
    auto [cyclic, cycleIds, firstCyclic] = kahn(par, none, order);
    if (firstCyclic >= 0)
        out.problems << graphProblem(
            input[size_t(firstCyclic)],
            QCoreApplication::translate("strata", "Cycle is detected in revisions (%1)")
                .arg(cycleIds.join(QLatin1String(", "))));
    // Dependents of revisions in a cycle cannot be placed either.
    for (int i = 0; i < m; ++i)
        for (int j : dep[size_t(i)])
            if (cyclic[size_t(j)])
                bad[size_t(i)] = 1;
    order.clear();
    auto [depCyclic, depCycleIds, firstDepCyclic] = kahn(allDown, cyclic, order);
    if (firstDepCyclic >= 0)
        out.problems << graphProblem(
            input[size_t(firstDepCyclic)],
            QCoreApplication::translate("strata", "Dependency cycle is detected in revisions "
                                                  "(%1)")
                .arg(depCycleIds.join(QLatin1String(", "))));
    // Bad revisions take their descendants with them (order is topological).
    std::vector<char> keep(static_cast<size_t>(m), 0);
    for (int x : order) {
        bool ok = !bad[size_t(x)];
        for (int j : allDown[size_t(x)])
            ok = ok && keep[size_t(j)];
        keep[size_t(x)] = ok;
    }

    auto data = std::make_shared<Data>();
    Data& d = *data;
    std::vector<int> newIndex(static_cast<size_t>(m), -1);
    for (int i = 0; i < m; ++i)
        if (keep[size_t(i)]) {
            newIndex[size_t(i)] = int(d.revs.size());
            d.revs.push_back(std::move(input[size_t(i)]));
        }
    const int n = int(d.revs.size());
    auto remap = [&](const Nodes& list) {
        Nodes outList;
        outList.reserve(list.size());
        for (int j : list)
            outList.push_back(newIndex[size_t(j)]);
        return outList;
    };
    d.parents.resize(static_cast<size_t>(n));
    d.deps.resize(static_cast<size_t>(n));
    d.next.resize(static_cast<size_t>(n));
    d.allNext.resize(static_cast<size_t>(n));
    d.normDown.resize(static_cast<size_t>(n));
    d.normUp.resize(static_cast<size_t>(n));
    d.labelsOf.resize(static_cast<size_t>(n));
    d.level.assign(static_cast<size_t>(n), 0);
    d.ids.reserve(n);
    for (int i = 0; i < m; ++i) {
        const int x = newIndex[size_t(i)];
        if (x < 0)
            continue;
        d.parents[size_t(x)] = remap(par[size_t(i)]);
        d.deps[size_t(x)] = remap(dep[size_t(i)]);
        d.labelsOf[size_t(x)] = ownLabels[size_t(i)];
    }
    for (int x : order)
        if (newIndex[size_t(x)] >= 0)
            d.topo.push_back(newIndex[size_t(x)]);
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

    // _normalize_depends_on: drop dependencies already declared by an ancestor (parents only).
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
    d.seg.assign(static_cast<size_t>(n), -1);
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

    // _add_branches: labels spread to descendants (parents only) and, when those form a single
    // line, down from its tip to the nearest branch point or merge point.
    GraphEngine engine(d);
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
        const std::vector<char> below = engine.descendants({x}, false);
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

    out.graph = RevisionGraph(std::move(data));
    return out;
}

Result<RevisionGraph> RevisionGraph::fromRevisions(std::vector<Revision> revisions) {
    GraphBuild b = build(std::move(revisions));
    if (!b.problems.isEmpty())
        return b.problems.front();
    return std::move(b.graph);
}

int RevisionGraph::size() const {
    return m_data->n();
}

int RevisionGraph::indexOf(const QString& id) const {
    return m_data->ids.value(id, -1);
}

bool RevisionGraph::contains(const QString& id) const {
    return indexOf(id) >= 0;
}

const Revision* RevisionGraph::revision(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? nullptr : &m_data->revs[size_t(x)];
}

const std::vector<Revision>& RevisionGraph::revisions() const {
    return m_data->revs;
}

QStringList RevisionGraph::names(const std::vector<int>& nodes) const {
    QStringList out;
    out.reserve(qsizetype(nodes.size()));
    for (int x : nodes)
        out << m_data->revs[size_t(x)].id;
    return out;
}

QStringList RevisionGraph::ids() const {
    QStringList out;
    out.reserve(size());
    for (const Revision& r : m_data->revs)
        out << r.id;
    return out;
}

QStringList RevisionGraph::heads() const {
    return names(m_data->heads);
}
QStringList RevisionGraph::effectiveHeads() const {
    return names(m_data->realHeads);
}
QStringList RevisionGraph::bases() const {
    return names(m_data->bases);
}
QStringList RevisionGraph::realBases() const {
    return names(m_data->realBases);
}

QStringList RevisionGraph::branchPoints() const {
    Nodes out;
    for (int x = 0; x < size(); ++x)
        if (m_data->next[size_t(x)].size() > 1)
            out.push_back(x);
    return names(out);
}

QStringList RevisionGraph::mergePoints() const {
    Nodes out;
    for (int x = 0; x < size(); ++x)
        if (m_data->parents[size_t(x)].size() > 1)
            out.push_back(x);
    return names(out);
}

#define STRATA_NODE_LIST(method, member)                                                           \
    QStringList RevisionGraph::method(const QString& id) const {                                   \
        const int x = indexOf(id);                                                                 \
        return x < 0 ? QStringList() : names(m_data->member[size_t(x)]);                           \
    }
STRATA_NODE_LIST(children, next)
STRATA_NODE_LIST(allChildren, allNext)
STRATA_NODE_LIST(resolvedDependencies, deps)
STRATA_NODE_LIST(normalizedDownRevisions, normDown)
#undef STRATA_NODE_LIST

QStringList RevisionGraph::branchLabels(const QString& id) const {
    const int x = indexOf(id);
    return x < 0 ? QStringList() : m_data->labelsOf[size_t(x)];
}

QString RevisionGraph::revisionForLabel(const QString& label) const {
    const int x = m_data->labels.value(label, -1);
    return x < 0 ? QString() : m_data->revs[size_t(x)].id;
}

bool RevisionGraph::isHead(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && m_data->next[size_t(x)].empty();
}
bool RevisionGraph::isEffectiveHead(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && m_data->allNext[size_t(x)].empty();
}
bool RevisionGraph::isBase(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && m_data->parents[size_t(x)].empty();
}
bool RevisionGraph::isBranchPoint(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && m_data->next[size_t(x)].size() > 1;
}
bool RevisionGraph::isMergePoint(const QString& id) const {
    const int x = indexOf(id);
    return x >= 0 && m_data->parents[size_t(x)].size() > 1;
}

Result<QStringList> RevisionGraph::resolve(const QString& target) const {
    GraphEngine e(*m_data);
    auto r = e.getRevisions(target);
    if (!r)
        return r.error();
    QStringList out;
    for (int x : *r)
        if (x >= 0)
            out << e.name(x);
    return out;
}

Result<QString> RevisionGraph::resolveOne(const QString& target) const {
    GraphEngine e(*m_data);
    auto r = e.getRevision(target);
    if (!r)
        return r.error();
    return *r >= 0 ? e.name(*r) : QString();
}

namespace {

// "start:end" for offline SQL; false when `spec` has no colon.
Result<bool> splitRange(const QString& spec, QString& start, QString& end) {
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    if (spec.indexOf(QLatin1Char(':'), colon + 1) >= 0)
        return Error(
            ErrorCode::Usage,
            QCoreApplication::translate("strata", "Range %1 has more than one ':'; use START:END")
                .arg(spec));
    start = spec.left(colon).trimmed();
    end = spec.mid(colon + 1).trimmed();
    return true;
}

} // namespace

Result<StepPlan> RevisionGraph::planUpgrade(const QString& target,
                                            const QStringList& currentHeads) const {
    GraphEngine e(*m_data);
    QString start;
    QString dest = target;
    QStringList current = currentHeads;
    auto ranged = splitRange(target, start, dest);
    if (!ranged)
        return ranged.error();
    if (*ranged)
        current = start.isEmpty() ? QStringList() : QStringList{start};
    auto canonical = e.canonicalHeads(current);
    if (!canonical)
        return canonical.error();
    auto collected = e.collectUpgrade(dest, e.names(*canonical), false, false, true, true);
    if (!collected)
        return collected.error();
    auto order = e.topologicalSort(std::move(collected->todo), collected->heads);
    if (!order)
        return order.error();
    std::reverse(order->begin(), order->end());
    return e.revisionPlan(*order, true, *canonical);
}

Result<StepPlan> RevisionGraph::planDowngrade(const QString& target,
                                              const QStringList& currentHeads) const {
    GraphEngine e(*m_data);
    QString start;
    QString dest = target;
    QStringList current = currentHeads;
    auto ranged = splitRange(target, start, dest);
    if (!ranged)
        return ranged.error();
    if (*ranged)
        current = start.isEmpty() ? QStringList() : QStringList{start};
    auto canonical = e.canonicalHeads(current);
    if (!canonical)
        return canonical.error();
    auto collected = e.collectDowngrade(e.names(*canonical), dest, false, false, true);
    if (!collected)
        return collected.error();
    auto order = e.topologicalSort(std::move(collected->todo), collected->heads);
    if (!order)
        return order.error();
    return e.revisionPlan(*order, false, *canonical);
}

Result<StepPlan> RevisionGraph::planStamp(const QStringList& targets,
                                          const QStringList& currentHeads, bool purge) const {
    GraphEngine e(*m_data);
    auto canonical = e.canonicalHeads(currentHeads);
    if (!canonical)
        return canonical.error();
    const Nodes current = purge ? Nodes() : *canonical;
    QStringList revisions = targets;
    if (revisions.isEmpty())
        revisions << QStringLiteral("base");
    // filtered_heads: the current heads in the lineage of any target (dependencies included).
    Nodes filtered;
    for (const QString& rev : std::as_const(revisions)) {
        if (rev.isEmpty())
            continue;
        auto f = e.filterForLineage(current, rev, true);
        if (!f)
            return f.error();
        for (int x : *f)
            appendUnique(filtered, x);
    }
    auto destsR = e.getRevisions(revisions);
    if (!destsR)
        return destsR.error();
    Nodes dests = *destsR;
    if (dests.empty())
        dests.push_back(kNone);

    std::vector<GraphEngine::Stamp> stamps;
    for (int dest : dests) {
        if (dest < 0) {
            for (int h : filtered)
                stamps.push_back({{h}, {}, false, true});
            continue;
        }
        if (containsNode(filtered, dest))
            continue;
        const std::vector<char> desc = e.descendants({dest}, true);
        const std::vector<char> anc = e.ancestors({dest}, true);
        bool above = false;
        bool below = false;
        for (int h : filtered) {
            above = above || desc[size_t(h)];
            below = below || anc[size_t(h)];
        }
        if (above)
            stamps.push_back({filtered, {dest}, false, false});
        else if (below)
            stamps.push_back({filtered, {dest}, true, false});
        else
            stamps.push_back({{}, {dest}, true, true});
    }

    StepPlan plan;
    plan.purge = purge;
    plan.initialHeads = e.names(*canonical);
    GraphEngine::Heads h = e.startHeads(current);
    for (const GraphEngine::Stamp& s : stamps) {
        PlanStep step;
        step.stamp = true;
        step.direction = s.upgrade ? StepDirection::Upgrade : StepDirection::Downgrade;
        step.fromRevisions = e.names(s.from);
        step.toRevisions = e.names(s.to);
        step.revision = s.to.empty() ? e.name(s.from.front()) : e.name(s.to.front());
        if (auto r = e.applyStampStep(h, s, step); !r)
            return r.error();
        plan.steps << step;
    }
    plan.resultingHeads = e.names(h.order);
    return plan;
}

Result<QStringList> RevisionGraph::history(const QString& lower, const QString& upper) const {
    GraphEngine e(*m_data);
    const QString low = lower.isEmpty() ? QStringLiteral("base") : lower;
    const QString up = upper.isEmpty() ? QStringLiteral("heads") : upper;
    auto collected = e.collectUpgrade(up, QStringList{low}, true, true, false, false);
    if (!collected)
        return collected.error();
    auto order = e.topologicalSort(std::move(collected->todo), collected->heads);
    if (!order)
        return order.error();
    return e.names(*order);
}

Result<QStringList> RevisionGraph::historyRange(const QString& range) const {
    QString lower;
    QString upper;
    auto ranged = splitRange(range.trimmed(), lower, upper);
    if (!ranged)
        return ranged.error();
    if (!*ranged)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "strata", "History range requires [start]:[end], [start]:, or :[end]"));
    return history(lower, upper);
}

} // namespace strata
