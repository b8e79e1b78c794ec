#include "revision/HeadMaintainer.h"

#include <QCoreApplication>

namespace strata {

HeadMaintainer::HeadMaintainer(const GraphData& data, const Nodes& startHeads)
    : m_d(data)
    , m_traversal(data)
    , m_in(static_cast<size_t>(data.n()), 0) {
    for (int x : startHeads)
        if (x >= 0 && !m_in[size_t(x)]) {
            m_in[size_t(x)] = 1;
            m_order.push_back(x);
        }
    m_initial = m_order;
    m_names = m_d.names(m_order);
}

Result<void> HeadMaintainer::insertRow(int v, PlanStep& step) {
    if (m_in[size_t(v)])
        return targetError(
            QCoreApplication::translate("strata", "Version %1 is already in the version table")
                .arg(m_d.name(v)));
    m_in[size_t(v)] = 1;
    m_order.push_back(v);
    m_names << m_d.name(v);
    step.rows << VersionRowOp::insert(m_d.name(v));
    return {};
}

Result<void> HeadMaintainer::deleteRow(int v, PlanStep& step) {
    if (!m_in[size_t(v)])
        return targetError(
            QCoreApplication::translate("strata", "Version %1 is not in the version table; cannot "
                                                  "delete it")
                .arg(m_d.name(v)));
    m_in[size_t(v)] = 0;
    const auto at = std::find(m_order.begin(), m_order.end(), v);
    m_names.removeAt(qsizetype(at - m_order.begin()));
    m_order.erase(at);
    step.rows << VersionRowOp::remove(m_d.name(v));
    return {};
}

Result<void> HeadMaintainer::updateRow(int from, int to, PlanStep& step) {
    if (!m_in[size_t(from)])
        return targetError(
            QCoreApplication::translate("strata", "Version %1 is not in the version table; cannot "
                                                  "update it to %2")
                .arg(m_d.name(from), m_d.name(to)));
    if (m_in[size_t(to)])
        return targetError(
            QCoreApplication::translate("strata", "Version %1 is already in the version table")
                .arg(m_d.name(to)));
    m_in[size_t(from)] = 0;
    m_in[size_t(to)] = 1;
    const auto at = std::find(m_order.begin(), m_order.end(), from);
    *at = to;
    m_names[qsizetype(at - m_order.begin())] = m_d.name(to);
    step.rows << VersionRowOp::update(m_d.name(from), m_d.name(to));
    return {};
}

// Whether `x` is a current head other than `excluded`, or an ancestor of one. A short walk up
// from x settles most cases (a head right above, or nothing above at all); otherwise the heads
// are walked down.
bool HeadMaintainer::isAncestorOfOtherHeads(int x, const Nodes& excluded) {
    if (m_stamp.size() != size_t(m_d.n()))
        m_stamp.assign(static_cast<size_t>(m_d.n()), 0);
    const int gen = ++m_generation;
    Nodes stack{x};
    m_stamp[size_t(x)] = gen;
    int budget = 64;
    while (!stack.empty()) {
        const int y = stack.back();
        stack.pop_back();
        if (m_in[size_t(y)] && !containsNode(excluded, y))
            return true;
        if (--budget < 0)
            return m_traversal.isAncestorOfAny(x, m_order, excluded);
        for (int c : m_d.normUp[size_t(y)])
            if (m_stamp[size_t(c)] != gen) {
                m_stamp[size_t(c)] = gen;
                stack.push_back(c);
            }
    }
    return false;
}

// RevisionStep._unmerge_to_revisions. Python returns a set; Strata orders the result so that the
// merge row is updated to its first parent and the other parents are inserted.
Nodes HeadMaintainer::unmergeTo(int r) {
    const Nodes& to = m_d.normDown[size_t(r)];
    const bool others = m_order.size() > (m_in[size_t(r)] ? 1u : 0u);
    Nodes out;
    for (int t : to) {
        bool implied = false;
        if (others) {
            implied = isAncestorOfOtherHeads(t, {r});
        } else {
            for (int u : to)
                if (u != t && m_traversal.isAncestorOfAny(t, {u}))
                    implied = true;
        }
        if (!implied)
            out.push_back(t);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Result<void> HeadMaintainer::applyUpgrade(int r, PlanStep& step) {
    const Nodes& down = m_d.normDown[size_t(r)];
    int present = 0;
    for (int p : down)
        present += m_in[size_t(p)];
    if (down.empty() || present == 0)
        return insertRow(r, step);
    if (down.size() > 1 && present > 1) {
        const bool others = m_order.size() > size_t(present);
        Nodes from;
        for (int p : down)
            if (!others || !isAncestorOfOtherHeads(p, down))
                from.push_back(p);
        if (from.empty())
            return targetError(QCoreApplication::translate("strata",
                                                           "Cannot merge into %1: its parents are "
                                                           "implied by other heads")
                                   .arg(m_d.name(r)));
        for (size_t i = 0; i + 1 < from.size(); ++i)
            STRATA_TRY(deleteRow(from[i], step));
        return updateRow(from.back(), r, step);
    }
    int from = down.front();
    if (down.size() != 1)
        for (int p : down)
            if (m_in[size_t(p)])
                from = p;
    return updateRow(from, r, step);
}

Result<void> HeadMaintainer::applyDowngrade(int r, PlanStep& step) {
    const Nodes& down = m_d.normDown[size_t(r)];
    if (m_in[size_t(r)]) {
        if (down.empty())
            return deleteRow(r, step);
        const Nodes to = unmergeTo(r);
        if (to.empty())
            return deleteRow(r, step);
        if (down.size() > 1) {
            for (size_t i = 0; i + 1 < to.size(); ++i)
                STRATA_TRY(insertRow(to[i], step));
            return updateRow(r, to.back(), step);
        }
        return updateRow(r, down.front(), step);
    }
    if (down.size() != 1) {
        Nodes present;
        for (int p : down)
            if (m_in[size_t(p)])
                present.push_back(p);
        if (present.size() != 1)
            return targetError(
                QCoreApplication::translate("strata", "Can't do an UPDATE for %1 because its down "
                                                      "revision is ambiguous")
                    .arg(m_d.name(r)));
        return updateRow(r, present.front(), step);
    }
    return updateRow(r, down.front(), step);
}

Result<void> HeadMaintainer::applyStamp(const StampMove& s, PlanStep& step) {
    auto anyMissing = [&](const Nodes& list) {
        return std::any_of(list.begin(), list.end(), [&](int x) { return !m_in[size_t(x)]; });
    };
    if (!s.upgrade && s.branchMove)
        return deleteRow(s.from.front(), step);
    if (s.upgrade && (s.branchMove || anyMissing(s.from)) && anyMissing(s.to))
        return insertRow(s.to.front(), step);
    if (s.from.size() > 1) {
        for (size_t i = 0; i + 1 < s.from.size(); ++i)
            STRATA_TRY(deleteRow(s.from[i], step));
        return updateRow(s.from.back(), s.to.front(), step);
    }
    if (s.from.size() != 1 || s.to.size() != 1)
        return targetError(
            QCoreApplication::translate("strata", "Cannot stamp %1: nothing to change")
                .arg(m_d.names(s.to).join(QLatin1String(", "))));
    return updateRow(s.from.front(), s.to.front(), step);
}

Result<PlanStep> HeadMaintainer::revisionStep(int r, StepDirection direction) {
    const bool upgrade = direction == StepDirection::Upgrade;
    PlanStep step;
    step.revision = m_d.name(r);
    step.direction = direction;
    const QStringList self{step.revision};
    const QStringList parents = m_d.names(m_d.parents[size_t(r)]);
    step.fromRevisions = upgrade ? parents : self;
    step.toRevisions = upgrade ? self : parents;
    STRATA_TRY(upgrade ? applyUpgrade(r, step) : applyDowngrade(r, step));
    step.headsAfter = QStringList(m_names.cbegin(), m_names.cend()); // a copy of its own
    return step;
}

Result<PlanStep> HeadMaintainer::stampStep(const StampMove& move) {
    PlanStep step;
    step.stamp = true;
    step.direction = move.upgrade ? StepDirection::Upgrade : StepDirection::Downgrade;
    step.fromRevisions = m_d.names(move.from);
    step.toRevisions = m_d.names(move.to);
    step.revision = move.to.empty() ? m_d.name(move.from.front()) : m_d.name(move.to.front());
    STRATA_TRY(applyStamp(move, step));
    step.headsAfter = QStringList(m_names.cbegin(), m_names.cend()); // a copy of its own
    return step;
}

StepPlan HeadMaintainer::startPlan() const {
    StepPlan plan;
    plan.initialHeads = m_d.names(m_initial);
    return plan;
}

Result<StepPlan> HeadMaintainer::revisionPlan(const Nodes& order, StepDirection direction) {
    StepPlan plan = startPlan();
    plan.steps.reserve(qsizetype(order.size()));
    for (int r : order) {
        STRATA_TRY_ASSIGN(PlanStep step, revisionStep(r, direction));
        plan.steps << std::move(step);
    }
    plan.resultingHeads = m_names;
    return plan;
}

Result<StepPlan> HeadMaintainer::stampPlan(const std::vector<StampMove>& moves) {
    StepPlan plan = startPlan();
    for (const StampMove& move : moves) {
        STRATA_TRY_ASSIGN(PlanStep step, stampStep(move));
        plan.steps << std::move(step);
    }
    plan.resultingHeads = m_names;
    return plan;
}

} // namespace strata
