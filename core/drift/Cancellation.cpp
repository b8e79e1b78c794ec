#include "drift/Cancellation.h"

#include <QCoreApplication>

namespace strata {

Error Cancellation::error() {
    return Error(ErrorCode::Cancelled, QCoreApplication::translate("strata", "cancelled"));
}

} // namespace strata
