#pragma once

#include "runner/EnvironmentStatus.h"

namespace strata {

class Project;
struct Environment;

// Reads one environment's status. Called on a worker thread, several at once: an
// implementation must be thread-safe and open its own connection per call.
class StatusSource {
public:
    virtual ~StatusSource() = default;
    virtual EnvironmentStatus read(const Project& project,
                                   const Environment& environment) const = 0;

protected:
    StatusSource() = default;
    StatusSource(const StatusSource&) = default;
    StatusSource& operator=(const StatusSource&) = default;
};

} // namespace strata
