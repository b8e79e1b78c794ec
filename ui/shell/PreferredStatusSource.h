#pragma once

#include "common/Preferences.h"
#include "environments/RunnerStatusSource.h"

#include <memory>

namespace strata {

// The studio's status reads: RunnerStatusSource with the connect timeout of Preferences, read
// at every status read, so a change in Preferences applies to the next refresh.
class PreferredStatusSource final : public StatusSource {
public:
    EnvironmentStatus read(const Project& project, const Environment& environment) const override {
        return RunnerStatusSource(Preferences::connectTimeoutSeconds()).read(project, environment);
    }

    // `status` when given, else a PreferredStatusSource.
    static std::shared_ptr<const StatusSource>
    orDefault(std::shared_ptr<const StatusSource> status) {
        return status ? std::move(status) : std::make_shared<PreferredStatusSource>();
    }
};

} // namespace strata
