#pragma once

#include <QString>

namespace strata::test {

// SQL that creates one object of each kind SnapshotReader learnt with the "kinds" readers, in
// schema `kinds` and database-wide, for a server of version `serverVersion`
// (server_version_num): collations (ICU non-deterministic, libc), a foreign data wrapper, a
// server with options, a user mapping whose options hold a password ("kinds-secret"), a
// foreign table with table and column options, extended statistics (and, on 14+, statistics
// on an expression), a rule, an event trigger (function kinds.on_ddl), and a range-partitioned
// table with a default partition and a partitioned index. Spare objects nothing depends on
// (kinds_spare_fdw, kinds_spare_srv) are there to be dropped. Runs as a superuser.
QString schemaKindsSql(int serverVersion);

} // namespace strata::test
