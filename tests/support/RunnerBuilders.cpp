#include "RunnerBuilders.h"

namespace strata::test {

Revision revision(const QString& id, const QStringList& parents) {
    Revision r;
    r.id = id;
    r.parents = parents;
    r.fileName = id + QStringLiteral(".sql");
    r.filePath = QStringLiteral("/project/versions/") + r.fileName;
    r.message = id;
    return r;
}

RevisionGraph graphOf(std::vector<Revision> revisions) {
    Result<RevisionGraph> graph = RevisionGraph::fromRevisions(std::move(revisions));
    if (!graph)
        qFatal("not a revision graph: %s", qPrintable(graph.error().message));
    return std::move(graph).value();
}

RunRequest request(RunRequest::Kind kind, const QStringList& targets) {
    RunRequest r;
    r.kind = kind;
    r.targets = targets;
    r.environment = QStringLiteral("dev");
    return r;
}

} // namespace strata::test
