#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace strata {

// strata.toml's [lint] table:
//
//   [lint]
//   postgres = 13                        # oldest PostgreSQL major the project targets
//   disable = ["prefer-text-field"]      # rules that never run
//   [lint.levels]
//   prefer-robust-stmts = "error"        # "off" | "note" | "warning" | "error"
//
// Rule ids are checked against the linter's rules by ProjectConfig (strata.toml:LINE: unknown
// lint rule 'x' (did you mean 'y'?)).
struct LintSettings {
    int postgresMajor = 13;
    QStringList disable;
    QMap<QString, QString> levels; // rule id -> level name as written (checked on load)
};

} // namespace strata
