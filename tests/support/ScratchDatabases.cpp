#include "ScratchDatabases.h"

#include <QtGlobal>

namespace strata::test {

std::unique_ptr<Connection> ScratchDatabases::create(const QString& sql) {
    m_databases.push_back(std::make_unique<SandboxDatabase>(QStringLiteral("snap")));
    auto conn = m_databases.back()->connect();
    if (!conn)
        qFatal("cannot connect to %s: %s", qPrintable(m_databases.back()->name()),
               qPrintable(conn.error().toString()));
    if (!sql.isEmpty()) {
        auto done = (*conn)->exec(sql);
        if (!done)
            qFatal("setup SQL failed: %s", qPrintable(done.error().toString()));
    }
    return std::move(conn.value());
}

SchemaSnapshot readSnapshot(Connection& conn, const SnapshotOptions& options) {
    auto result = SnapshotReader::read(conn, options);
    if (!result)
        qFatal("snapshot failed: %s", qPrintable(result.error().toString()));
    return std::move(result.value());
}

} // namespace strata::test
