#pragma once

#include "config/Environment.h"
#include "runner/HistoryTable.h"

#include <QList>
#include <QString>

namespace strata {

class ProjectSession;

// One environment whose history the studio reads: where (the Environment with its session
// password, handed only to EnvironmentConnector), which table, and how it is shown (its name and
// colour). Copied into the background reads; never printed.
struct HistorySource {
    QString name;
    QString color;
    Environment environment;
    QString schema;
    QString table;

    HistoryTable historyTable() const { return HistoryTable(schema, table); }
    // Every environment of the session's project, in the order of strata.toml.
    static QList<HistorySource> all(const ProjectSession& session);
    // The environment `name` of the session's project (empty name: none).
    static HistorySource named(const ProjectSession& session, const QString& name);
};

} // namespace strata
