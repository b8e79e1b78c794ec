#pragma once

#include "revision/RevisionGraph.h"

#include <QHash>
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
    // One line (Script._head_only): "[parents -> ]id[ (labels, own and inherited)][ (head)][
    // (effective head)][ (current)] [ (branchpoint)][ (mergepoint)][, message]".
    QString line(const QString& id, const Flags& flags, bool current = false) const;
    // Alembic's verbose block: Rev:, Parent:/Merges:, Also depends on:, Branches into:,
    // Branch names:, Path:, and the indented description.
    QString logEntry(const QString& id, bool current = false) const;
    // "<base>" or the parents, comma separated.
    QString downRevisions(const QString& id) const;
    QJsonObject json(const QString& id) const;

    // Script.longdoc: a .py revision's stripped docstring (empty when it has none); for a .sql
    // revision, what Alembic's template would have written into it.
    QString longDoc(const QString& id) const;
    // Script.doc: the first paragraph of longDoc.
    QString doc(const QString& id) const;

private:
    const RevisionGraph& m_graph;
    mutable QHash<QString, QString> m_longDocs; // .py docstrings, read once
};

} // namespace strata::cli
