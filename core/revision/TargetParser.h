#pragma once

#include "revision/GraphData.h"
#include "revision/TargetResolver.h"

namespace strata {

// The destinations of upgrade and downgrade (Alembic's _parse_upgrade_target and
// _parse_downgrade_target): relative walks (+N, rev+N, label@+N, -N, rev-N, label@head-N,
// base+N) from the current heads, on top of TargetResolver.
class TargetParser {
public:
    explicit TargetParser(const TargetResolver& resolver, const GraphData& data)
        : m_d(data)
        , m_resolver(resolver) {}

    struct Downgrade {
        QString label;      // the branch label written before '@', if any
        int target = kNone; // a node, kNone or kBase
    };
    // _parse_downgrade_target
    Result<Downgrade> parseDowngradeTarget(const QStringList& current, const QString& target,
                                           TargetResolver::Overwalk overwalk) const;
    // _parse_upgrade_target (kNone entries are errors here; kBase is dropped)
    Result<Nodes> parseUpgradeTarget(const QStringList& current, const QString& target,
                                     TargetResolver::Overwalk overwalk) const;
    // _filter_into_branch_heads(_get_all_current(ids))
    Result<Nodes> allCurrent(const QStringList& ids) const;

private:
    Result<QString> branchSymbol(const QStringList& current, const QString& label,
                                 const QString& relative) const;
    Result<Nodes> upgradeStarts(const QStringList& current, const QString& label) const;

    const GraphData& m_d;
    const TargetResolver& m_resolver;
};

} // namespace strata
