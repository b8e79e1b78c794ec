#include "environments/EnvironmentState.h"

#include "environments/StatusSource.h"

#include "config/Environment.h"
#include "revision/RevisionGraph.h"

namespace strata {

EnvironmentState stateFromConfig(const Environment& environment) {
    EnvironmentState state;
    state.name = environment.name;
    state.color = environment.color.isEmpty() ? Environment::defaultColor(environment.index)
                                              : environment.color;
    state.displayUrl = environment.displayUrl();
    state.isProtected = environment.isProtected;
    return state;
}

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
