#pragma once

#include "Result.h"

#include <optional>

namespace strata {

class Connection;

// RAII around one transaction: BEGIN on construction, COMMIT on commit(), ROLLBACK in the
// destructor when the transaction was begun and not committed (and the session still holds
// one). Check begun() before using the transaction.
//
//   TransactionGuard tx(conn);
//   STRATA_TRY(tx.begun());
//   STRATA_TRY(doWork(conn));
//   return tx.commit();
class TransactionGuard {
public:
    explicit TransactionGuard(Connection& conn);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    // The result of BEGIN.
    Result<void> begun() const;
    // COMMIT. A COMMIT the server answers with ROLLBACK (the transaction had failed) is an error.
    // After a successful commit() the destructor does nothing.
    Result<void> commit();
    // ROLLBACK now (the destructor would do it anyway); harmless when nothing is open.
    void rollback();

private:
    Connection& m_conn;
    std::optional<Error> m_beginError;
    bool m_open = false;
};

} // namespace strata
