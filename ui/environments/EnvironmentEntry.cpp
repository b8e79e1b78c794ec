#include "environments/EnvironmentEntry.h"

#include "config/Environment.h"

namespace strata {

EnvironmentEntry EnvironmentEntry::fromConfig(const Environment& environment) {
    EnvironmentEntry entry;
    entry.name = environment.name;
    entry.color = environment.color.isEmpty() ? Environment::defaultColor(environment.index)
                                              : environment.color;
    entry.status.environment = environment.name;
    entry.status.displayUrl = environment.displayUrl();
    entry.status.isProtected = environment.isProtected;
    return entry;
}

EnvironmentEntry::DriftState EnvironmentEntry::driftState() const {
    if (drift.isEmpty())
        return DriftState::NotCompared;
    if (driftBadgeDifferences < 0)
        return DriftState::Unknown;
    return driftBadgeDifferences == 0 ? DriftState::InSync : DriftState::Drifted;
}

} // namespace strata
