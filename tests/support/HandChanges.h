#pragma once

#include <QList>
#include <QString>

namespace strata::test {

class SandboxDatabase;

// A change made by hand to a database built by the sample migrations (the drift that
// `strata revision --from-diff` and the drift view's "New revision from these differences"
// capture).
struct HandChange {
    QString name;
    QString sql;
    // Differences left between a database at the expected schema with the captured revision
    // applied and the changed one: 0, or those of the destructive statements the revision
    // holds commented out.
    int leftAfterUpgrade = 0;
    bool destructive = false; // the upgrade holds a "-- DESTRUCTIVE:" statement
};

// One of each kind: a table with an index and a foreign key (and its own sequence), a column,
// a function, an enum type used by a new column, a changed default, an index dropped, all of
// them at once, and a column dropped (destructive).
QList<HandChange> handChanges();

// Runs `sql` on `db`; the error text, empty when it ran.
QString execOn(const SandboxDatabase& db, const QString& sql);

} // namespace strata::test
