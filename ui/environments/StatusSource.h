#pragma once

#include "environments/EnvironmentState.h"

namespace strata {

class Project;
struct Environment;

// Reads one environment's state. Called on a worker thread, several at once: an
// implementation must be thread-safe and open its own connection per call.
class StatusSource {
public:
    virtual ~StatusSource() = default;
    virtual EnvironmentState read(const Project& project, const Environment& environment) const = 0;

protected:
    StatusSource() = default;
    StatusSource(const StatusSource&) = default;
    StatusSource& operator=(const StatusSource&) = default;
};

// Fills the parts of a state that come from strata.toml alone (name, colour, URL, protected).
EnvironmentState stateFromConfig(const Environment& environment);

} // namespace strata
