#pragma once

#include "schema/SchemaDiff.h"

#include <QString>

namespace strata {

// Decides whether a difference between snapshots read from two PostgreSQL majors is what the
// servers themselves ship rather than drift: the version of an extension the server provides
// (pg_trgm 1.5 on 13, 1.6 on 14+; plpgsql), the public schema's default owner and privileges
// (pg_database_owner since 15), the MAINTAIN privilege PostgreSQL 17 grants table owners, and
// the name of a NOT NULL constraint, which only 18 keeps. Such a difference stays visible, in a
// group of its own ("server differences, not drift").
class ServerDifference {
public:
    // Why `difference` (between snapshot A read from `versionA` and B from `versionB`, in
    // server_version_num form) is a server difference; empty when it is drift.
    static QString reason(const SchemaDifference& difference, int versionA, int versionB);
};

} // namespace strata
