#pragma once

#include "LintSettings.h"
#include "Result.h"

#include <toml++/toml.h>

namespace strata {

// Reads strata.toml's [lint] table (ProjectConfig calls it for the `lint` key): `postgres` an
// integer major version, `disable` an array of rule ids, `[lint.levels]` rule ids mapped to
// "off" | "note" | "warning" | "error". Every other key, a wrong type or a bad value is an
// ErrorCode::Config error naming `path`:LINE, as for the rest of strata.toml. Whether the rule
// ids exist is not checked here (config sits below the linter): see LintSettingsCheck.
namespace LintSettingsReader {

Result<LintSettings> read(const toml::node& lint, const QString& path);

// The oldest and newest PostgreSQL major versions `postgres` accepts.
inline constexpr int kOldestPostgres = 9;
inline constexpr int kNewestPostgres = 99;

} // namespace LintSettingsReader

} // namespace strata
