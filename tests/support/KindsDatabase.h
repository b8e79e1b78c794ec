#pragma once

#include "Result.h"
#include "schema/SchemaSnapshot.h"

#include <QString>

#include <functional>
#include <optional>

namespace strata {
class Sandbox;
}

namespace strata::test {

// A database of the test sandbox built from schemaKindsSql (SchemaKindsFixture.h) for its
// server, its snapshot, and clones of it with a change applied; dropped with this object.
class KindsDatabase {
public:
    KindsDatabase(Sandbox& sandbox, QString name);
    ~KindsDatabase();
    KindsDatabase(const KindsDatabase&) = delete;
    KindsDatabase& operator=(const KindsDatabase&) = delete;

    // Creates the database and reads its snapshot (fails the test process when it cannot).
    const SchemaSnapshot& snapshot();

    // A clone with `sql` applied, snapshotted. With `then`, the SQL it returns for that
    // snapshot runs in the clone too, and *after gets the clone's snapshot after it. The clone
    // is dropped.
    Result<SchemaSnapshot> cloneWith(const QString& sql,
                                     const std::function<QString(const SchemaSnapshot&)>& then = {},
                                     Result<SchemaSnapshot>* after = nullptr);

private:
    Sandbox& m_sandbox;
    QString m_name;
    int m_clones = 0;
    std::optional<SchemaSnapshot> m_snapshot;
};

} // namespace strata::test
