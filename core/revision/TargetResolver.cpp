#include "revision/TargetResolver.h"

#include <QCoreApplication>

namespace strata {

Result<TargetResolver::Resolved> TargetResolver::resolveRevisionNumber(const QString& input) const {
    Resolved r;
    QString id = input;
    const qsizetype at = id.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.label = id.left(at);
        id = id.mid(at + 1);
    }
    if (id == QLatin1String("heads")) {
        if (!r.label.isEmpty()) {
            STRATA_TRY_ASSIGN(const Nodes f, filterForLineage(m_d.heads, r.label, Along::Parents));
            r.ids = m_d.names(f);
        } else {
            r.ids = m_d.names(m_d.realHeads);
        }
    } else if (id == QLatin1String("head")) {
        STRATA_TRY_ASSIGN(const int h, currentHead(r.label));
        if (h >= 0)
            r.ids << m_d.name(h);
    } else if (id == QLatin1String("base") || input.isNull()) {
        // nothing
    } else {
        r.ids << id;
    }
    return r;
}

Result<int> TargetResolver::currentHead(const QString& label) const {
    Nodes heads = m_d.heads;
    if (!label.isEmpty()) {
        STRATA_TRY_ASSIGN(heads, filterForLineage(heads, label, Along::Parents));
    }
    if (heads.size() > 1) {
        const QString arg = label.isEmpty() ? QStringLiteral("head") : label + "@head";
        return targetError(
            QCoreApplication::translate("strata", "Multiple heads are present for given argument "
                                                  "'%1': %2; use a specific revision, "
                                                  "'<branch>@head' or 'heads'")
                .arg(arg, m_d.names(heads).join(QLatin1String(", "))));
    }
    return heads.empty() ? kNone : heads.front();
}

Result<Nodes> TargetResolver::filterForLineage(const Nodes& targets, const QString& checkAgainst,
                                               Along along) const {
    STRATA_TRY_ASSIGN(const Resolved r, resolveRevisionNumber(checkAgainst));
    QStringList shares;
    if (!r.label.isEmpty())
        shares << r.label;
    shares << r.ids;
    if (shares.isEmpty())
        return targets;
    Nodes tests;
    for (const QString& s : shares) {
        STRATA_TRY_ASSIGN(const int t, revisionForIdent(s, QString()));
        if (t >= 0)
            tests.push_back(t);
    }
    const std::vector<char> lineage = m_traversal.lineageOf(tests, along);
    Nodes out;
    for (int t : targets)
        if (t >= 0 && lineage[size_t(t)])
            out.push_back(t);
    return out;
}

Result<int> TargetResolver::resolveBranch(const QString& label) const {
    const int node = m_d.keyNode(label);
    if (node >= 0)
        return node;
    auto r = revisionForIdent(label, QString());
    if (!r)
        return targetError(
            QCoreApplication::translate("strata", "No such branch: '%1'").arg(label));
    return r;
}

// A partial identifier: keys longer than 3 characters starting with `id` (in `branchRev`'s
// lineage when it is a revision).
Result<int> TargetResolver::partialIdentifier(const QString& id, int branchRev) const {
    std::vector<int> positions;
    auto it = std::lower_bound(
        m_d.sorted.begin(), m_d.sorted.end(), id,
        [](const std::pair<QString, int>& e, const QString& v) { return e.first < v; });
    for (; it != m_d.sorted.end() && it->first.startsWith(id); ++it)
        if (it->first.size() > 3)
            positions.push_back(it->second);
    std::sort(positions.begin(), positions.end());
    if (branchRev >= 0 && !positions.empty()) {
        const std::vector<char> lineage = m_traversal.lineageOf({branchRev}, Along::Parents);
        std::erase_if(positions,
                      [&](int pos) { return !lineage[size_t(m_d.keys[size_t(pos)].second)]; });
    }
    if (positions.empty())
        return targetError(
            QCoreApplication::translate("strata", "No such revision or branch '%1'%2")
                .arg(id, id.size() < 4 ? QStringLiteral("; please ensure at least four characters "
                                                        "are present for partial revision "
                                                        "identifier matches")
                                       : QString()));
    if (positions.size() > 1) {
        QStringList candidates;
        for (size_t i = 0; i < positions.size() && i < 5; ++i)
            candidates << QLatin1Char('\'') + m_d.keys[size_t(positions[i])].first +
                              QLatin1Char('\'');
        if (positions.size() > 5)
            candidates << QStringLiteral("...");
        return targetError(
            QCoreApplication::translate("strata", "Multiple revisions start with '%1': %2")
                .arg(id, candidates.join(QLatin1String(", "))));
    }
    return m_d.keys[size_t(positions.front())].second;
}

Result<int> TargetResolver::revisionForIdent(const QString& id, const QString& checkBranch) const {
    int branchRev = kNone;
    if (!checkBranch.isEmpty()) {
        STRATA_TRY_ASSIGN(branchRev, resolveBranch(checkBranch));
    }
    if (id.isNull())
        return kNone;
    int node = m_d.keyNode(id);
    if (node < 0) {
        STRATA_TRY_ASSIGN(node, partialIdentifier(id, branchRev));
    }
    if (branchRev >= 0 && !m_traversal.lineageOf({branchRev}, Along::Parents)[size_t(node)])
        return targetError(
            QCoreApplication::translate("strata", "Revision %1 is not a member of branch '%2'")
                .arg(m_d.name(node), checkBranch));
    return node;
}

Result<Nodes> TargetResolver::getRevisions(const QString& id) const {
    STRATA_TRY_ASSIGN(const Resolved r, resolveRevisionNumber(id));
    if (r.ids.size() == 1) {
        bool isInt = false;
        const int steps = r.ids.front().toInt(&isInt);
        if (isInt && steps < 0) {
            Nodes out;
            for (int head : m_d.realHeads) {
                if (!r.label.isEmpty() && !m_d.labelsOf[size_t(head)].contains(r.label))
                    continue;
                STRATA_TRY_ASSIGN(const int w, walk(head, steps, QString(), Overwalk::IsNone));
                out.push_back(w);
            }
            return out;
        }
    }
    Nodes out;
    for (const QString& rid : r.ids) {
        STRATA_TRY_ASSIGN(const int x, revisionForIdent(rid, r.label));
        out.push_back(x);
    }
    return out;
}

Result<Nodes> TargetResolver::getRevisions(const QStringList& ids) const {
    Nodes out;
    for (const QString& id : ids) {
        STRATA_TRY_ASSIGN(const Nodes r, getRevisions(id));
        out.insert(out.end(), r.begin(), r.end());
    }
    return out;
}

Result<int> TargetResolver::getRevision(const QString& id) const {
    STRATA_TRY_ASSIGN(const Resolved r, resolveRevisionNumber(id));
    if (r.ids.size() > 1)
        return targetError(
            QCoreApplication::translate("strata", "Multiple heads are present for given argument "
                                                  "'%1': %2")
                .arg(id, r.ids.join(QLatin1String(", "))));
    return revisionForIdent(r.ids.isEmpty() ? QString() : r.ids.front(), r.label);
}

Result<int> TargetResolver::walk(int start, int steps, const QString& label,
                                 Overwalk overwalk) const {
    int initial = start;
    for (int i = 0; i < std::abs(steps); ++i) {
        Nodes children;
        if (steps > 0) {
            const Nodes& up = initial < 0 ? m_d.bases : m_d.next[size_t(initial)];
            if (!label.isEmpty()) {
                STRATA_TRY_ASSIGN(children, filterForLineage(up, label, Along::Parents));
            } else {
                children = up;
            }
        } else if (initial != kBase) {
            children = initial == kNone ? m_d.heads : m_d.parents[size_t(initial)];
            if (children.empty())
                children.push_back(kBase);
        }
        if (children.empty())
            return overwalk == Overwalk::IsNone ? kNone : initial;
        if (children.size() > 1)
            return targetError(
                QCoreApplication::translate(
                    "strata", "Ambiguous walk: %1 step(s) from %2 reach %3, a branch or "
                              "merge point; name a revision or use <branch>@%4")
                    .arg(std::abs(steps))
                    .arg(initial == kNone
                             ? QCoreApplication::translate("strata", "the current revisions")
                             : m_d.name(initial),
                         m_d.names(children).join(QLatin1String(", ")),
                         steps > 0 ? QStringLiteral("+N") : QStringLiteral("-N")));
        initial = children.front();
    }
    return initial;
}

Result<Nodes> TargetResolver::canonicalHeads(const QStringList& current) const {
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

} // namespace strata
