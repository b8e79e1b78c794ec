#pragma once

#include "environments/StatusSource.h"

namespace strata {

// A StatusSource that reads the version table and the history table itself through a
// Connection (read-only: nothing is created, no lock is taken).
class DirectStatusSource final : public StatusSource {
public:
    explicit DirectStatusSource(int connectTimeoutSeconds = 5);
    EnvironmentState read(const Project& project, const Environment& environment) const override;

private:
    int m_connectTimeoutSeconds;
};

} // namespace strata
