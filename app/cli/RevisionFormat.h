#pragma once

#include "revision/RevisionGraph.h"

#include <QJsonObject>
#include <QString>

namespace strata::cli {

// Alembic's text formats for a revision (alembic/script/base.py: Script._head_only,
// Script.log_entry), so scripts that parse `alembic heads/history/show` keep working.
class RevisionFormat {
public:
    explicit RevisionFormat(const RevisionGraph& graph)
        : m_graph(graph) {}

    struct Flags {
        bool includeBranches = false;
        bool includeDoc = false;
        bool includeParents = false;
        bool treeIndicators = true;
    };
    // One line: "[parents -> ]id[ (labels)][ (head)][ (effective head)][ (current)]
    // [ (branchpoint)][ (mergepoint)][, message]".
    QString line(const QString& id, const Flags& flags, bool current = false) const;
    // Alembic's verbose block: Rev:, Parent:/Merges:, Also depends on:, Branches into:,
    // Branch names:, Path:, and the indented description.
    QString logEntry(const QString& id, bool current = false) const;
    // "<base>" or the parents, comma separated.
    QString downRevisions(const QString& id) const;
    QJsonObject json(const QString& id) const;

private:
    const RevisionGraph& m_graph;
};

} // namespace strata::cli
