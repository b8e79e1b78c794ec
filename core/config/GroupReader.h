#pragma once

#include "EnvironmentGroup.h"
#include "TomlReader.h"

#include <QList>

namespace strata::config {

// Reads the [groups.NAME] tables of strata.toml (EnvironmentGroup.h), after the environments:
// every key is checked, a listed name must be an environment, a discovered group needs
// discover, from (an environment) and url, and a group may not share a name with an
// environment. Errors name strata.toml:LINE.
class GroupReader {
public:
    static Result<QList<EnvironmentGroup>> read(const TomlReader& r, const toml::node& groups,
                                                const QList<Environment>& environments,
                                                const QString& projectDir,
                                                const QString& envFilePath);
};

} // namespace strata::config
