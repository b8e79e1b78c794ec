#pragma once

#include "Result.h"
#include "config/EnvironmentGroup.h"
#include "fleet/GroupDrift.h"
#include "fleet/GroupStatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace strata {

// One [groups.NAME] in the studio: its members as last resolved and read (GroupStatus), and
// the last comparison of every member with its expected schema. Never holds a password.
struct GroupEntry {
    EnvironmentGroup group;
    bool loading = false;
    bool loaded = false;  // a read has completed at least once
    Error error;          // the members could not be resolved (discover failed, no members)
    QStringList warnings; // rows of a discovered group that made no member
    QList<Environment> members;
    GroupStatus status;

    bool comparing = false;
    QDateTime comparedAt;              // invalid: never compared
    QHash<QString, MemberDrift> drift; // member -> its comparison
    QString driftSummary;              // GroupDrift::summary

    // "tenants: 197 at 0012, 3 behind", or what is going on before that.
    QString summary(const QStringList& projectHeads) const;
    const EnvironmentStatus* member(const QString& name) const;
};

} // namespace strata
