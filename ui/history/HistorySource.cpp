#include "history/HistorySource.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "environments/EnvironmentStore.h"
#include "session/ProjectSession.h"

namespace strata {

namespace {

HistorySource sourceOf(const ProjectSession& session, const Environment& environment) {
    HistorySource source;
    source.name = environment.name;
    const EnvironmentEntry* entry = session.store()->entry(environment.name);
    source.color = entry ? entry->color : environment.color;
    source.environment = session.passwords()->apply(environment);
    const ProjectConfig& config = session.project()->config();
    source.schema = config.versionTableSchema();
    source.table = config.historyTable();
    return source;
}

} // namespace

QList<HistorySource> HistorySource::all(const ProjectSession& session) {
    QList<HistorySource> sources;
    if (!session.project())
        return sources;
    for (const Environment& environment : session.project()->config().environments())
        sources << sourceOf(session, environment);
    return sources;
}

HistorySource HistorySource::named(const ProjectSession& session, const QString& name) {
    if (session.project())
        for (const Environment& environment : session.project()->config().environments())
            if (environment.name == name)
                return sourceOf(session, environment);
    return {};
}

} // namespace strata
