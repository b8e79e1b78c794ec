#pragma once

#include "environments/StatusSource.h"

namespace strata {

// The core's EnvironmentStatus::read (one connection; read-only: no lock, nothing created),
// with the newest history rows for the history view and the inspector.
class RunnerStatusSource final : public StatusSource {
public:
    explicit RunnerStatusSource(int connectTimeoutSeconds = 5, int historyRows = 500)
        : m_connectTimeoutSeconds(connectTimeoutSeconds)
        , m_historyRows(historyRows) {}
    EnvironmentStatus read(const Project& project, const Environment& environment) const override {
        return EnvironmentStatus::read(project, environment, m_connectTimeoutSeconds,
                                       m_historyRows);
    }

private:
    int m_connectTimeoutSeconds;
    int m_historyRows;
};

} // namespace strata
