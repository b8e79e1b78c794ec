#pragma once

#include "Environment.h"
#include "TomlReader.h"

#include <QString>
#include <QStringList>

namespace strata::config {

// The settings an [environments.NAME] table and a [groups.NAME] table share (a group's are its
// members' defaults): color, protected, lock_timeout, statement_timeout, backup, pg_dump and
// description. One reader, so both check a value the same way and name the same line.
class EnvironmentKeys {
public:
    static const QStringList& names();

    // Reads `key` (one of names()) into `env`; false when `key` is not one of them. `what` is the
    // dotted key for messages ("environments.prod.protected"); a relative pg_dump path is taken
    // from `projectDir`.
    static Result<bool> read(const TomlReader& r, const QString& key, const toml::node& node,
                             const QString& what, const QString& projectDir, Environment& env);
};

} // namespace strata::config
