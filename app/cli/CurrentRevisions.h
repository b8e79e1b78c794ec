#pragma once

#include "Invocation.h"

#include <QStringList>

namespace strata::cli {

// The revisions an environment is at (its version table rows), for the commands that take
// `current` as Alembic does: `history -i`, `history -r current:heads`, `show current`.
Result<QStringList> currentRevisions(const Invocation& inv, const Project& project);

// `history -r LOWER:UPPER` where either bound may be `current` (Alembic's
// _display_history_w_current): `current` becomes the environment's rows, or base/heads when it
// has none. Several rows on one side: the union of the walks, in the order of the whole walk.
Result<QStringList> historyWithCurrent(const RevisionGraph& graph, QString lower, QString upper,
                                       const QStringList& currents);

} // namespace strata::cli
