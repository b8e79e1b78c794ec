#pragma once

#include "Environment.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// One [groups.NAME] table of strata.toml: environments run as a fleet (issue 16). Either static
//
//   [groups.eu]
//   environments = ["eu_1", "eu_2", "tenant_*"]   # names or patterns over [environments.*]
//
// or discovered: one member per row of a query run on another environment's connection,
//
//   [groups.tenants]
//   discover = "SELECT datname FROM pg_database WHERE datname LIKE 'tenant\\_%'"
//   from = "catalog"                               # the environment the query runs on
//   url = "postgresql://app@db.internal/{datname}" # {column} from each row
//
// and in both the settings of an environment (protected, lock_timeout, statement_timeout,
// backup, pg_dump, color, description), which are its members' defaults. Plain data, checked by
// ProjectConfig::load (GroupReader).
struct EnvironmentGroup {
    QString name;
    QStringList environments; // static: names and patterns ('*', '?'), as written
    QString discover;         // discovered: the query (empty for a static group)
    QString from;             // ... the environment it runs on
    QString url;              // ... the members' URL: {column} per row, then ${VAR} on use
    int discoverLine = 0;
    int urlLine = 0;
    Environment defaults; // the group's own settings (name and url empty)
    QString file;         // the strata.toml that defines it, and the line of its header
    int line = 0;
    int index = 0; // position among the groups, in file order

    bool isDiscovered() const { return !discover.isEmpty(); }

    // A static group's members: the environments its names and patterns match, in the order of
    // `environments` (then of strata.toml within one pattern), each once, with the group's
    // settings inherited (inherit()).
    QList<Environment> staticMembers(const QList<Environment>& all) const;

    // `environment` as a member of this group: protected or backed up when either says so;
    // timeouts, pg_dump and description from the group where the environment sets none.
    Environment inherit(const Environment& environment) const;

    // A discovered member: named `name`, its URL the template filled from `row` (column ->
    // value), the group's settings. ErrorCode::Config at the url's line when the template names
    // a column the row lacks ("groups.tenants.url: {dbname} is not a column of the discover
    // query (columns: datname)") or a row's value is NULL.
    Result<Environment> member(const QString& name, const QStringList& columns,
                               const QStringList& values, const QList<bool>& nulls) const;

    // Fills {column} in `urlTemplate`: percent-encoded in a URI (postgresql://...), quoted in a
    // key=value conninfo. "{{" and "}}" are literal braces. Errors: an unknown column, an
    // unterminated '{' (one line, no file: the caller adds it).
    static Result<QString> fill(const QString& urlTemplate, const QHash<QString, QString>& values);
    // The {column} names a template uses, in order.
    static Result<QStringList> placeholders(const QString& urlTemplate);
};

} // namespace strata
