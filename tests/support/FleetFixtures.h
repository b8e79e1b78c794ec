#pragma once

#include "SandboxDatabase.h"

#include <QString>

#include <memory>
#include <vector>

namespace strata::test {

// A Strata revision file: `up` and `down` as its two sections.
QString sqlRevision(const QString& id, const QString& parent, const QString& up,
                    const QString& down);

// The databases of a fleet test: `count` fresh sandbox databases named "<prefix>_<pid>_<n>_...",
// in the byte order of their names (the order of the discover query of fleetToml()).
struct FleetDatabases {
    FleetDatabases(const QString& prefix, int count);
    std::vector<std::unique_ptr<SandboxDatabase>> databases;
    QString prefix; // "<prefix>_<pid>_", what every name starts with

    // A strata.toml: the environments `catalog` (the sandbox's postgres database), `one` (the
    // database at `oneIndex`) and `gone` (a port nothing listens on), a discovered group
    // `tenants` of these databases, then `extra` (more groups).
    QString toml(int oneIndex, const QString& extra) const;
};

} // namespace strata::test
