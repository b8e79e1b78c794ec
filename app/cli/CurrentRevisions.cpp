#include "CurrentRevisions.h"

#include "EnvironmentChoice.h"

#include "runner/EnvironmentStatus.h"

#include <QSet>

namespace strata::cli {

Result<QStringList> currentRevisions(const Invocation& inv, const Project& project) {
    STRATA_TRY_ASSIGN(const Environment* env, chooseEnvironment(inv, project));
    const EnvironmentStatus status = EnvironmentStatus::read(project, *env, 10);
    if (!status.reachable || !status.error.message.isEmpty())
        return status.error;
    return status.heads;
}

Result<QStringList> historyWithCurrent(const RevisionGraph& graph, QString lower, QString upper,
                                       const QStringList& currents) {
    const bool upperCurrent = upper == QLatin1String("current");
    const bool lowerCurrent = !upperCurrent && lower == QLatin1String("current");
    if (!upperCurrent && !lowerCurrent)
        return graph.history(lower, upper);
    // An empty version table: Alembic passes an empty tuple, which walk_revisions reads as
    // "base" / "heads".
    if (currents.size() <= 1) {
        const QString bound = currents.value(0);
        return upperCurrent ? graph.history(lower, bound) : graph.history(bound, upper);
    }
    QSet<QString> wanted;
    for (const QString& c : currents) {
        STRATA_TRY_ASSIGN(const QStringList part,
                          upperCurrent ? graph.history(lower, c) : graph.history(c, upper));
        for (const QString& id : part)
            wanted.insert(id);
    }
    STRATA_TRY_ASSIGN(const QStringList whole, upperCurrent ? graph.history(lower, QString())
                                                            : graph.history(QString(), upper));
    QStringList out;
    for (const QString& id : whole)
        if (wanted.contains(id))
            out << id;
    return out;
}

} // namespace strata::cli
