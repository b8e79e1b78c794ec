#pragma once

#include <QList>
#include <QString>

namespace strata {

// PostgreSQL's table-level lock modes, weakest first (the order of the documentation's
// "Conflicting Lock Modes" table).
enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
};

// "ACCESS EXCLUSIVE" (as LOCK TABLE and pg_locks spell it, without "MODE"/"Lock").
QString lockModeName(LockMode mode);
// What the lock keeps others from doing while it is held, for a DBA:
// ACCESS EXCLUSIVE "blocks reads and writes", SHARE "blocks writes (reads continue)", ...
QString lockModeBlocks(LockMode mode);

// One lock a statement takes.
struct TableLock {
    QString relation; // as written: "items", "public.items"
    LockMode mode = LockMode::None;
    bool newRelation = false; // created earlier in the same revision: nobody else can wait on it
    // "ACCESS EXCLUSIVE on public.items: blocks reads and writes until commit"
    QString describe(bool transactional) const;
};

// The strongest lock of `locks` on a relation that is not new (LockMode::None when none).
LockMode strongestExistingLock(const QList<TableLock>& locks);

} // namespace strata
