#include "db/Canceller.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace strata {

Canceller::Canceller(pg_cancel* cancel)
    : m_cancel(cancel) {}

Canceller::~Canceller() {
    invalidate();
}

void Canceller::invalidate() {
    std::lock_guard lock(m_mutex);
    if (m_cancel) {
        PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
}

bool Canceller::cancel(QString* errorOut) {
    std::lock_guard lock(m_mutex);
    if (!m_cancel) {
        if (errorOut)
            *errorOut = QCoreApplication::translate("strata",
                                                    "the connection is closed; nothing to cancel");
        return false;
    }
    m_requested.store(true);
    char buffer[256] = {};
    if (!PQcancel(m_cancel, buffer, sizeof buffer)) {
        if (errorOut)
            *errorOut =
                QCoreApplication::translate("strata", "could not send the cancel request: %1")
                    .arg(QString::fromUtf8(buffer).trimmed());
        return false;
    }
    return true;
}

} // namespace strata
