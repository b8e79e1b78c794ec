#pragma once

#include "runner/EnvironmentStatus.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace strata {

class Project;

// The status of every member of a group (`strata status --group`, the studio's group row): each
// member read as EnvironmentStatus::read does, `jobs` at a time (never one connection per member
// at once), in member order, with the counts a one-line summary needs.
struct GroupStatus {
    QString group;
    QList<EnvironmentStatus> members;
    int atHeads = 0;     // at the project's heads
    int behind = 0;      // reachable, with revisions pending
    int unreachable = 0; // could not connect (or authenticate)
    int dirty = 0;       // a failed non-transactional step left unresolved
    int unknown = 0;     // reachable, but heads unknown to the project or no plan possible
    int changed = 0;     // an applied revision's file changed since it was applied
    // How many members are at each set of heads ("r2", "<base>", "a, b"), reachable ones only.
    QMap<QString, int> byHeads;

    // "tenants: 197 at 0012, 3 behind (2 at 0011, 1 at <base>), 1 unreachable".
    QString summary(const QStringList& projectHeads) const;
    QJsonObject toJson(const QStringList& projectHeads) const;

    static GroupStatus read(const Project& project, const QString& group,
                            const QList<Environment>& members, int jobs = 8,
                            int connectTimeoutSeconds = 5);
    // Counts and byHeads from `members` (after they were read or changed).
    void recount();
};

} // namespace strata
