#pragma once

#include <QList>
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
// LintSettingsReader checks the table's shape when strata.toml loads (unknown keys, types,
// level names: errors naming strata.toml:LINE); the rule ids are checked against the linter's
// rules by LintSettingsCheck (core/lint), which `strata check` and `strata lint` run
// (strata.toml:LINE: unknown lint rule 'x' (did you mean 'y'?)).
struct LintSettings {
    int postgresMajor = 13;
    QStringList disable;
    QMap<QString, QString> levels; // rule id -> level name as written (checked on load)

    // Where each setting was written, for errors naming strata.toml:LINE (0 = not written).
    QString file; // the strata.toml the settings came from (empty: defaults)
    int postgresLine = 0;
    QList<int> disableLines;       // parallel to `disable`
    QMap<QString, int> levelLines; // rule id -> line of its `[lint.levels]` key
};

} // namespace strata
