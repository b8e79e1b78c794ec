#include "db/TransactionGuard.h"

#include "db/Connection.h"

namespace strata {

TransactionGuard::TransactionGuard(Connection& conn)
    : m_conn(conn) {
    Result<void> r = m_conn.begin();
    if (r)
        m_open = true;
    else
        m_beginError = r.error();
}

TransactionGuard::~TransactionGuard() {
    rollback();
}

Result<void> TransactionGuard::begun() const {
    if (m_beginError)
        return *m_beginError;
    return {};
}

Result<void> TransactionGuard::commit() {
    if (m_beginError)
        return *m_beginError;
    Result<void> committed = m_conn.commit();
    if (committed)
        m_open = false; // a failed COMMIT may leave the session in a transaction: roll it back
    return committed;
}

void TransactionGuard::rollback() {
    if (!m_open)
        return;
    m_open = false;
    if (m_conn.isOpen() && m_conn.transactionStatus() != Connection::TransactionStatus::Idle)
        (void)m_conn.rollback();
}

} // namespace strata
