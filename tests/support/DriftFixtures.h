#pragma once

#include <QString>

namespace strata::test {

// The sample project's revisions in `dir` with environments a (urlA) and b (urlB), for the
// drift tests (strata diff, the drift view). Returns `dir`.
QString writeTwoEnvironmentProject(const QString& dir, const QString& urlA, const QString& urlB);

// The integer the test sandbox's `postgres` database answers to `sql` (a count over
// pg_database or pg_stat_activity); -1 when it cannot be asked.
int sandboxCount(const QString& sql);

} // namespace strata::test
