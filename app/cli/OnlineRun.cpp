#include "OnlineRun.h"

namespace strata::cli {

int runOnline(Invocation& inv, const Project&, OfflineScript::Kind, const QStringList&, bool) {
    return inv.fail(
        Error(ErrorCode::Usage,
              QStringLiteral("running against a database is not built yet; use --sql")));
}

} // namespace strata::cli
