#include "environments/EnvironmentState.h"

#include "revision/RevisionGraph.h"

namespace strata {

QSet<QString> EnvironmentState::appliedSet(const RevisionGraph& graph) const {
    QSet<QString> applied;
    QStringList stack = heads;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (applied.contains(id))
            continue;
        const Revision* revision = graph.revision(id);
        if (!revision)
            continue;
        applied.insert(id);
        stack += revision->parents;
        stack += graph.resolvedDependencies(id);
    }
    return applied;
}

} // namespace strata
