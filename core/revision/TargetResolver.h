#pragma once

#include "revision/GraphData.h"
#include "revision/GraphTraversal.h"

namespace strata {

// Alembic's identifier resolution over the interned graph: _resolve_revision_number,
// get_current_head, filter_for_lineage, _resolve_branch, _revision_for_ident, get_revisions,
// get_revision and _walk. Nodes are revision indexes, kNone (None) or kBase ("base").
class TargetResolver {
public:
    explicit TargetResolver(const GraphData& data)
        : m_d(data)
        , m_traversal(data) {}

    struct Resolved {
        QStringList ids; // empty = base/None
        QString label;
    };

    // _resolve_revision_number
    Result<Resolved> resolveRevisionNumber(const QString& input) const;
    // get_current_head
    Result<int> currentHead(const QString& label) const;
    // filter_for_lineage
    Result<Nodes> filterForLineage(const Nodes& targets, const QString& checkAgainst,
                                   Along along) const;
    // _resolve_branch
    Result<int> resolveBranch(const QString& label) const;
    // _revision_for_ident; a null `id` is Alembic's () / None.
    Result<int> revisionForIdent(const QString& id, const QString& checkBranch) const;
    // get_revisions (one identifier, then a tuple of identifiers)
    Result<Nodes> getRevisions(const QString& id) const;
    Result<Nodes> getRevisions(const QStringList& ids) const;
    // get_revision
    Result<int> getRevision(const QString& id) const;

    // How _walk treats a walk past the end.
    enum class Overwalk {
        Allowed, // stop at the last revision reached
        IsNone   // return kNone (Alembic's no_overwalk=True)
    };
    // _walk
    Result<int> walk(int start, int steps, const QString& label, Overwalk overwalk) const;

    // The version table's rows as stored: full ids ("base" and empty entries dropped).
    Result<Nodes> canonicalHeads(const QStringList& current) const;

    const GraphTraversal& traversal() const { return m_traversal; }

private:
    Result<int> partialIdentifier(const QString& id, int branchRev) const;

    const GraphData& m_d;
    GraphTraversal m_traversal;
};

} // namespace strata
