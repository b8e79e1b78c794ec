#include "revision/TargetParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata {

namespace {

const QRegularExpression& relativeDestination() {
    // Alembic's _relative_destination, applied with re.match (anchored at the start only).
    static const QRegularExpression re(QStringLiteral("^(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"));
    return re;
}

QString didntProduce(const QString& relative, int count) {
    return QStringLiteral("Relative revision %1 didn't produce %2 migrations")
        .arg(relative)
        .arg(std::abs(count));
}

Error walkedTooFar(const QString& target) {
    return targetError(QCoreApplication::translate("strata", "Walked too far: %1").arg(target));
}

} // namespace

Result<Nodes> TargetParser::allCurrent(const QStringList& ids) const {
    STRATA_TRY_ASSIGN(const Nodes top, m_resolver.getRevisions(ids));
    const int n = m_d.n();
    const std::vector<char> set = m_resolver.traversal().ancestors(top, Along::WithDependencies);
    // reach[x]: x or one of its descendants (parents only) is in the set.
    std::vector<char> reach(static_cast<size_t>(n), 0);
    for (auto it = m_d.topo.rbegin(); it != m_d.topo.rend(); ++it) {
        const int x = *it;
        char r = set[size_t(x)];
        for (int c : m_d.next[size_t(x)])
            r = char(r | reach[size_t(c)]);
        reach[size_t(x)] = r;
    }
    Nodes out;
    for (int x = 0; x < n; ++x) {
        if (!set[size_t(x)])
            continue;
        bool covered = false;
        for (int c : m_d.next[size_t(x)])
            covered = covered || reach[size_t(c)];
        if (!covered)
            out.push_back(x);
    }
    return out;
}

// The one current revision on branch `label` a relative downgrade walks from.
Result<QString> TargetParser::branchSymbol(const QStringList& current, const QString& label,
                                           const QString& relative) const {
    STRATA_TRY_ASSIGN(const Nodes cur, m_resolver.getRevisions(current));
    STRATA_TRY_ASSIGN(Nodes list, m_resolver.filterForLineage(cur, label, Along::Parents));
    if (list.empty()) {
        STRATA_TRY_ASSIGN(const Nodes all, allCurrent(current));
        STRATA_TRY_ASSIGN(list, m_resolver.filterForLineage(all, label, Along::Parents));
    }
    if (list.size() != 1)
        return targetError(
            QCoreApplication::translate("strata", "Branch '%1' has %2 current revisions; cannot "
                                                  "walk %3 from them")
                .arg(label)
                .arg(list.size())
                .arg(relative));
    return m_d.name(list.front());
}

Result<TargetParser::Downgrade>
TargetParser::parseDowngradeTarget(const QStringList& current, const QString& target,
                                   TargetResolver::Overwalk overwalk) const {
    if (target.isNull())
        return Downgrade{QString(), kNone};
    const QRegularExpressionMatch m = relativeDestination().match(target);
    if (m.hasMatch()) {
        QString label = m.captured(1);
        QString symbol = m.hasCaptured(2) ? m.captured(2) : QString();
        const QString relative = m.captured(3);
        const int rel = relative.toInt();
        if (rel >= 0) {
            if (symbol.isNull())
                return targetError(didntProduce(relative, rel));
            STRATA_TRY_ASSIGN(const int start, m_resolver.getRevision(symbol));
            STRATA_TRY_ASSIGN(const int rev, m_resolver.walk(start, rel, label, overwalk));
            if (rev == kNone)
                return walkedTooFar(target);
            return Downgrade{label, rev};
        }
        const bool relativeRevision = symbol.isNull();
        if (relativeRevision) {
            if (!label.isEmpty()) {
                STRATA_TRY_ASSIGN(symbol, branchSymbol(current, label, relative));
            } else {
                if (current.isEmpty())
                    return targetError(didntProduce(relative, rel));
                symbol = current.front();
                label = symbol;
            }
        }
        STRATA_TRY_ASSIGN(
            const int start,
            m_resolver.getRevision(label.isEmpty() ? symbol : label + QLatin1Char('@') + symbol));
        STRATA_TRY_ASSIGN(const int rev, m_resolver.walk(start, rel, QString(), overwalk));
        if (rev == kNone)
            return relativeRevision ? targetError(didntProduce(relative, rel))
                                    : walkedTooFar(target);
        return Downgrade{label, rev};
    }
    const qsizetype at = target.lastIndexOf(QLatin1Char('@'));
    const QString label = at >= 0 ? target.left(at) : QString();
    STRATA_TRY_ASSIGN(const int rev, m_resolver.getRevision(at >= 0 ? target.mid(at + 1) : target));
    return Downgrade{label, rev};
}

// Where `+N` without a symbol starts: the current revision on `label`'s branch (or, when the
// branch is not at a current head, the tips of the current revisions' ancestry on it), else
// the current revisions.
Result<Nodes> TargetParser::upgradeStarts(const QStringList& current, const QString& label) const {
    Nodes starts;
    if (!label.isEmpty()) {
        STRATA_TRY_ASSIGN(const Nodes cur, m_resolver.getRevisions(current));
        STRATA_TRY_ASSIGN(starts, m_resolver.filterForLineage(cur, label, Along::Parents));
        if (starts.empty()) {
            const std::vector<char> anc =
                m_resolver.traversal().ancestors(cur, Along::WithDependencies);
            Nodes active;
            for (int x = 0; x < m_d.n(); ++x)
                if (anc[size_t(x)])
                    active.push_back(x);
            STRATA_TRY_ASSIGN(const Nodes onBranch,
                              m_resolver.filterForLineage(active, label, Along::Parents));
            std::vector<char> isDown(static_cast<size_t>(m_d.n()), 0);
            for (int x : onBranch)
                for (int p : m_d.normDown[size_t(x)])
                    isDown[size_t(p)] = 1;
            for (int x : onBranch)
                if (!isDown[size_t(x)])
                    starts.push_back(x);
            if (starts.empty())
                starts.push_back(kNone);
        }
    } else if (current.isEmpty()) {
        starts.push_back(kNone);
    } else {
        for (const QString& c : current) {
            STRATA_TRY_ASSIGN(const int r, m_resolver.getRevision(c));
            starts.push_back(r);
        }
    }
    return starts;
}

Result<Nodes> TargetParser::parseUpgradeTarget(const QStringList& current, const QString& target,
                                               TargetResolver::Overwalk overwalk) const {
    const QRegularExpressionMatch m = relativeDestination().match(target);
    if (!m.hasMatch())
        return m_resolver.getRevisions(target);
    const QString label = m.captured(1);
    const QString symbol = m.hasCaptured(2) ? m.captured(2) : QString();
    const QString relative = m.captured(3);
    const int rel = relative.toInt();
    int rev = kNone;
    if (rel > 0) {
        if (symbol.isNull()) {
            STRATA_TRY_ASSIGN(const Nodes starts, upgradeStarts(current, label));
            if (starts.size() > 1)
                return targetError(
                    QCoreApplication::translate("strata", "Ambiguous upgrade from multiple current "
                                                          "revisions (%1); use <branch>@%2")
                        .arg(m_d.names(starts).join(QLatin1String(", ")), relative));
            STRATA_TRY_ASSIGN(rev, m_resolver.walk(starts.front(), rel, label, overwalk));
            if (rev == kNone)
                return targetError(didntProduce(relative, rel));
        } else {
            STRATA_TRY_ASSIGN(const int start, m_resolver.getRevision(symbol));
            STRATA_TRY_ASSIGN(rev, m_resolver.walk(start, rel, label, overwalk));
        }
    } else {
        if (symbol.isNull())
            return targetError(didntProduce(relative, rel));
        STRATA_TRY_ASSIGN(
            const int start,
            m_resolver.getRevision(label.isEmpty() ? symbol : label + QLatin1Char('@') + symbol));
        STRATA_TRY_ASSIGN(rev, m_resolver.walk(start, rel, QString(), overwalk));
    }
    if (rev == kNone)
        return walkedTooFar(target);
    if (rev == kBase)
        return Nodes{};
    return Nodes{rev};
}

} // namespace strata
