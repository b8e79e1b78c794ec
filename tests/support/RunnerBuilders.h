#pragma once

// Builders for runner and planner tests: revisions and graphs in memory, no files.
#include "revision/RevisionGraph.h"
#include "runner/RunRequest.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace strata::test {

// A revision `id` with `parents` (file "<id>.sql" under /project/versions).
Revision revision(const QString& id, const QStringList& parents = {});
// The graph of `revisions` (aborts the test program when they do not form one).
RevisionGraph graphOf(std::vector<Revision> revisions);
// A request of `kind` to `targets`.
RunRequest request(RunRequest::Kind kind, const QStringList& targets);

} // namespace strata::test
