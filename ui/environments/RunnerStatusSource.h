#pragma once

#include "environments/StatusSource.h"

namespace strata {

// A StatusSource over the runner's EnvironmentStatus (read-only: no lock, nothing created),
// plus the newest rows of the history table for the history view and the inspector.
class RunnerStatusSource final : public StatusSource {
public:
    explicit RunnerStatusSource(int connectTimeoutSeconds = 5, int historyRows = 500);
    EnvironmentState read(const Project& project, const Environment& environment) const override;

private:
    int m_connectTimeoutSeconds;
    int m_historyRows;
};

} // namespace strata
