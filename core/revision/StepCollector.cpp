#include "revision/StepCollector.h"

#include <QCoreApplication>

namespace strata {

namespace {

// "rev" or ("a", "b") as Alembic prints identifiers in messages.
QString describe(const QStringList& ids) {
    if (ids.isEmpty())
        return QStringLiteral("base");
    return ids.join(QLatin1String(", "));
}

Nodes present(const Nodes& nodes) {
    Nodes out;
    for (int x : nodes)
        if (x >= 0)
            out.push_back(x);
    return out;
}

TargetResolver::Overwalk overwalkOf(const CollectOptions& options) {
    return options.assertLength ? TargetResolver::Overwalk::IsNone
                                : TargetResolver::Overwalk::Allowed;
}

} // namespace

Result<StepCollector::Collected>
StepCollector::collectDowngrade(const QStringList& upper, const QString& lower,
                                const CollectOptions& options) const {
    const GraphTraversal& walk = m_resolver.traversal();
    const int n = m_d.n();
    STRATA_TRY_ASSIGN(const TargetParser::Downgrade parsed,
                      m_parser.parseDowngradeTarget(upper, lower, overwalkOf(options)));
    const QString& label = parsed.label;
    const int target = parsed.target == kBase ? kNone : parsed.target;
    Nodes roots;
    if (target == kNone) {
        for (int x = 0; x < n; ++x)
            if (m_d.parents[size_t(x)].empty())
                roots.push_back(x);
    } else if (options.inclusive) {
        roots.push_back(target);
    } else {
        roots = m_d.next[size_t(target)];
    }
    if (!label.isEmpty() && roots.size() > 1) {
        STRATA_TRY_ASSIGN(const int branch, m_resolver.resolveBranch(label));
        const std::vector<char> anc = walk.ancestors({branch}, Along::Parents);
        std::erase_if(roots, [&](int r) { return !anc[size_t(r)]; });
        if (roots.empty())
            return targetError(
                QCoreApplication::translate("strata", "Not a valid downgrade target from current "
                                                      "heads: %1")
                    .arg(lower));
    }
    STRATA_TRY_ASSIGN(const Nodes headsR, m_resolver.getRevisions(upper));
    const Nodes heads = present(headsR);
    std::vector<char> todo = walk.descendants(roots, Along::WithDependencies);
    const std::vector<char> active = walk.ancestors(heads, Along::WithDependencies);
    bool any = false;
    for (int x = 0; x < n; ++x) {
        todo[size_t(x)] = char(todo[size_t(x)] & active[size_t(x)]);
        any = any || todo[size_t(x)];
    }
    if (options.implicitBase) {
        const std::vector<char> rootAnc = walk.ancestors(roots, Along::WithDependencies);
        for (int x = 0; x < n; ++x)
            if (active[size_t(x)] && !rootAnc[size_t(x)]) {
                todo[size_t(x)] = 1;
                any = true;
            }
    }
    if (target != kNone && !any && !containsNode(heads, target))
        return targetError(
            QCoreApplication::translate("strata", "Destination %1 is not a valid downgrade target "
                                                  "from current head(s) %2")
                .arg(lower, describe(upper)));
    return Collected{std::move(todo), heads};
}

// The resolved upper bound, restricted to the lower bound's branch when it names one.
Result<Nodes> StepCollector::upgradeTargets(const QString& upper, const Lower& lower,
                                            const CollectOptions& options) const {
    STRATA_TRY_ASSIGN(Nodes targets,
                      m_parser.parseUpgradeTarget(lower.revisions, upper, overwalkOf(options)));
    if (containsNode(targets, kNone))
        return targetError(
            QCoreApplication::translate("strata", "Target %1 does not resolve to a revision")
                .arg(upper));
    targets = present(targets);
    if (lower.scalar && !lower.revisions.isEmpty() &&
        lower.revisions.front().contains(QLatin1Char('@'))) {
        QString branch = lower.revisions.front().section(QLatin1Char('@'), 0, 0);
        STRATA_TRY_ASSIGN(const int branchRev, m_resolver.getRevision(branch));
        if (branchRev >= 0 && m_d.name(branchRev) == branch) {
            const QStringList& labels = m_d.labelsOf[size_t(branchRev)];
            if (labels.size() != 1)
                return targetError(
                    QCoreApplication::translate("strata", "Revision %1 used as a branch has %2 "
                                                          "branch labels; name one")
                        .arg(branch)
                        .arg(labels.size()));
            branch = labels.front();
        }
        std::erase_if(targets, [&](int t) { return !m_d.labelsOf[size_t(t)].contains(branch); });
    }
    return targets;
}

// The version table may list a revision together with one of its descendants: Alembic before
// 1.13.1 leaves that after downgrading a revision whose depends_on names one of its ancestors
// (sqlalchemy/alembic#1373; Strata writes what fixed Alembic writes). Alembic then refuses every
// upgrade with "overlaps"; Strata says which row is redundant and how to repair it.
Result<void> StepCollector::checkCurrentRows(const Nodes& current) const {
    const GraphTraversal& walk = m_resolver.traversal();
    const Result<void> overlap = walk.checkOverlap(current, Along::WithDependencies);
    if (overlap)
        return overlap;
    for (int low : current) {
        for (int high : current) {
            if (low == high || low < 0 || high < 0)
                continue;
            const Nodes others{high};
            if (!walk.ancestors(others, Along::WithDependencies)[size_t(low)])
                continue;
            QStringList keep;
            for (int c : current)
                if (c != low && c >= 0)
                    keep << m_d.name(c);
            return targetError(
                QCoreApplication::translate(
                    "strata", "the version table lists %1 and %2, but %1 is an ancestor of %2 (a "
                              "redundant row, as Alembic before 1.13.1 leaves after downgrading a "
                              "revision whose depends_on names an ancestor); repair it with "
                              "`strata stamp --purge %3`")
                    .arg(m_d.name(low), m_d.name(high), keep.join(QLatin1Char(' '))));
        }
    }
    return overlap;
}

Result<StepCollector::Collected>
StepCollector::collectUpgrade(const QString& upper, Lower lower,
                              const CollectOptions& options) const {
    const GraphTraversal& walk = m_resolver.traversal();
    const int n = m_d.n();
    STRATA_TRY_ASSIGN(const Nodes targets, upgradeTargets(upper, lower, options));
    STRATA_TRY(walk.checkOverlap(targets, Along::WithDependencies));
    const std::vector<char> required = walk.ancestors(targets, Along::WithDependencies);

    STRATA_TRY_ASSIGN(Nodes current, m_resolver.getRevisions(lower.revisions));
    if (!options.implicitBase)
        for (int c : current)
            if (c >= 0 && !required[size_t(c)])
                return targetError(QCoreApplication::translate(
                                       "strata", "Revision %1 is not an ancestor of revision %2")
                                       .arg(describe(lower.revisions),
                                            upper.isEmpty() ? QStringLiteral("base") : upper));
    if (!current.empty() && current.front() == kNone) {
        // A relative lower bound that overwalked: resolve it against the upper one.
        STRATA_TRY_ASSIGN(const TargetParser::Downgrade p,
                          m_parser.parseDowngradeTarget(
                              QStringList{upper}, lower.revisions.value(0), overwalkOf(options)));
        if (p.target < 0) {
            current.clear();
            lower.revisions.clear();
        } else {
            current = {p.target};
            lower.revisions = QStringList{m_d.name(p.target)};
        }
    }
    current = present(current);
    STRATA_TRY(checkCurrentRows(current));
    const std::vector<char> currentSet = walk.ancestors(current, Along::WithDependencies);
    std::vector<char> needs(static_cast<size_t>(n), 0);
    for (int x = 0; x < n; ++x)
        needs[size_t(x)] = char(required[size_t(x)] && !currentSet[size_t(x)]);
    if (options.inclusive) {
        STRATA_TRY_ASSIGN(const Nodes l, m_resolver.getRevisions(lower.revisions));
        for (int x : l)
            if (x >= 0)
                needs[size_t(x)] = 1;
    }
    if (!current.empty() && !options.implicitBase) {
        const std::vector<char> below = walk.descendants(current, Along::Parents);
        for (int x = 0; x < n; ++x)
            needs[size_t(x)] = char(needs[size_t(x)] & below[size_t(x)]);
    }
    return Collected{std::move(needs), targets};
}

Result<std::vector<StampMove>> StepCollector::collectStamps(const QStringList& targets,
                                                            const Nodes& current) const {
    const GraphTraversal& walk = m_resolver.traversal();
    QStringList revisions = targets;
    if (revisions.isEmpty())
        revisions << QStringLiteral("base");
    // filtered_heads: the current heads in the lineage of any target (dependencies included).
    Nodes filtered;
    for (const QString& rev : std::as_const(revisions)) {
        if (rev.isEmpty())
            continue;
        STRATA_TRY_ASSIGN(const Nodes f,
                          m_resolver.filterForLineage(current, rev, Along::WithDependencies));
        for (int x : f)
            appendUnique(filtered, x);
    }
    STRATA_TRY_ASSIGN(Nodes dests, m_resolver.getRevisions(revisions));
    if (dests.empty())
        dests.push_back(kNone);

    std::vector<StampMove> stamps;
    for (int dest : dests) {
        if (dest < 0) {
            for (int h : filtered)
                stamps.push_back({{h}, {}, false, true});
            continue;
        }
        if (containsNode(filtered, dest))
            continue;
        const std::vector<char> desc = walk.descendants({dest}, Along::WithDependencies);
        const std::vector<char> anc = walk.ancestors({dest}, Along::WithDependencies);
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
    return stamps;
}

} // namespace strata
