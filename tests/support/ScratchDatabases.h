#pragma once

#include "SandboxDatabase.h"
#include "db/Connection.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <QString>

#include <memory>
#include <vector>

namespace strata::test {

// Fresh databases in the test sandbox (SandboxDatabase), dropped with this object.
class ScratchDatabases {
public:
    // A new empty database with `sql` applied (one simple-query exec), and a connection to it;
    // qFatal when either fails.
    std::unique_ptr<Connection> create(const QString& sql = {});

private:
    std::vector<std::unique_ptr<SandboxDatabase>> m_databases;
};

// SnapshotReader::read, or qFatal with its error.
SchemaSnapshot readSnapshot(Connection& conn, const SnapshotOptions& options = {});

} // namespace strata::test
