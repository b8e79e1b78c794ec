#include "FleetFixtures.h"

#include <algorithm>

namespace strata::test {

QString sqlRevision(const QString& id, const QString& parent, const QString& up,
                    const QString& down) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: %1\n\n"
                          "-- migrate:upgrade\n%3\n\n-- migrate:downgrade\n%4\n")
        .arg(id, parent, up, down);
}

FleetDatabases::FleetDatabases(const QString& namePrefix, int count) {
    for (int i = 0; i < count; ++i)
        databases.push_back(std::make_unique<SandboxDatabase>(namePrefix));
    std::sort(databases.begin(), databases.end(),
              [](const auto& a, const auto& b) { return a->name() < b->name(); });
    prefix = databases.front()->name().section(QLatin1Char('_'), 0, 1) + QLatin1Char('_');
}

QString FleetDatabases::toml(int oneIndex, const QString& extra) const {
    const QString port = QString::number(databases.front()->port());
    // LIKE: the prefix's '_' escaped (written \\_ in TOML); byte order, as the tests sort.
    return QStringLiteral("[environments.catalog]\n"
                          "url = \"postgresql://postgres@127.0.0.1:%1/postgres\"\n"
                          "[environments.one]\n"
                          "url = \"postgresql://postgres@127.0.0.1:%1/%2\"\n"
                          "[environments.gone]\n"
                          "url = \"postgresql://postgres@127.0.0.1:1/nothing?connect_timeout=2\"\n"
                          "[groups.tenants]\n"
                          "discover = \"SELECT datname FROM pg_database WHERE datname LIKE "
                          "'%3%' ORDER BY datname COLLATE \\\"C\\\"\"\n"
                          "from = \"catalog\"\n"
                          "url = \"postgresql://postgres@127.0.0.1:%1/{datname}\"\n")
               .arg(port, databases.at(std::size_t(oneIndex))->name(),
                    QString(prefix).replace(QStringLiteral("_"), QStringLiteral("\\\\_"))) +
           extra;
}

} // namespace strata::test
