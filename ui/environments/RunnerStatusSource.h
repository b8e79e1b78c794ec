#pragma once

#include "environments/StatusSource.h"

namespace strata {

// The core's EnvironmentStatus::read (one connection; read-only: no lock, nothing created).
// `historyRows` newest history rows come with it (0, the default: only the newest, lastRun):
// the history view and the inspector read every row themselves, page by page (HistoryPager,
// LastAppliedReader), so nothing is silently capped here.
class RunnerStatusSource final : public StatusSource {
public:
    explicit RunnerStatusSource(int connectTimeoutSeconds = 5, int historyRows = 0)
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
