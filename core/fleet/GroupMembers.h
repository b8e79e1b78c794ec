#pragma once

#include "Result.h"
#include "config/Environment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

class ProjectConfig;
struct EnvironmentGroup;

// The members of a group, now: a static group's environments (EnvironmentGroup::staticMembers),
// or one member per row of a discovered group's query, run read-only on its `from`
// environment's connection (ConnectionPurpose::Catalog) and closed before anything else runs.
struct GroupMembers {
    QList<Environment> members;
    // Rows that made no member (an empty or invalid name, a duplicate): one line each, naming
    // the group and the row; the other rows still count.
    QStringList warnings;

    // Errors name the group: "group 'tenants': no members", "group 'tenants': discover on
    // 'catalog': <server error>" (ErrorCode::Connection when `from` is unreachable,
    // ErrorCode::Database for a bad query), or the url template's file:line.
    static Result<GroupMembers> resolve(const ProjectConfig& config, const EnvironmentGroup& group,
                                        int connectTimeoutSeconds = 10);
};

} // namespace strata
