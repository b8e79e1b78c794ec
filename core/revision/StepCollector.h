#pragma once

#include "revision/GraphData.h"
#include "revision/TargetParser.h"
#include "revision/TargetResolver.h"

namespace strata {

// How _collect_upgrade_revisions / _collect_downgrade_revisions are called.
struct CollectOptions {
    bool inclusive = false;    // the lower bound itself is part of the range (history)
    bool implicitBase = false; // revisions not below the bound are included too (upgrade)
    bool assertLength = false; // a relative walk past the end is an error
};

// A stamp step before it runs: Alembic's StampStep (from/to revisions, direction, whether it
// starts or ends a branch).
struct StampMove {
    Nodes from;
    Nodes to;
    bool upgrade = true;
    bool branchMove = false;
};

// Which revisions an upgrade, downgrade, history walk or stamp touches (Alembic's
// _collect_upgrade_revisions, _collect_downgrade_revisions and the StampSteps of _stamp_revs),
// before they are put in order (TopologicalOrder) and simulated (HeadMaintainer).
class StepCollector {
public:
    explicit StepCollector(const GraphData& data)
        : m_d(data)
        , m_resolver(data)
        , m_parser(m_resolver, data) {}

    struct Collected {
        std::vector<char> todo; // the revisions to visit, as a mark
        Nodes heads;            // where the topological order starts
    };

    // _collect_downgrade_revisions(upper = current heads, lower = target)
    Result<Collected> collectDowngrade(const QStringList& upper, const QString& lower,
                                       const CollectOptions& options) const;

    // The lower bound of _collect_upgrade_revisions: the tuple of current heads (upgrade) or a
    // single identifier that may carry a branch label (history).
    struct Lower {
        QStringList revisions;
        bool scalar = false;
    };
    // _collect_upgrade_revisions(upper = target, lower)
    Result<Collected> collectUpgrade(const QString& upper, Lower lower,
                                     const CollectOptions& options) const;

    // The StampSteps of _stamp_revs for `targets` from `current` (already canonical).
    Result<std::vector<StampMove>> collectStamps(const QStringList& targets,
                                                 const Nodes& current) const;

    const TargetResolver& resolver() const { return m_resolver; }

private:
    Result<void> checkCurrentRows(const Nodes& current) const;
    Result<Nodes> upgradeTargets(const QString& upper, const Lower& lower,
                                 const CollectOptions& options) const;

    const GraphData& m_d;
    TargetResolver m_resolver;
    TargetParser m_parser;
};

} // namespace strata
