#pragma once

#include "Result.h"
#include "config/LintSettings.h"

#include <QList>
#include <QStringList>

namespace strata {

// Checks strata.toml's [lint] against the rules Strata has (LintRegistry): every id of
// `disable` and `[lint.levels]`, and every level name. One Error per bad entry, naming
// strata.toml:LINE: "unknown lint rule 'x' in lint.disable (did you mean 'y'?)".
// `strata check` lists them as problems and `strata lint` refuses to run with them; loading
// the project does not fail on them (config sits below the linter, and a rule id that a newer
// or older Strata does not know must not stop `strata upgrade`).
class LintSettingsCheck {
public:
    static QList<Error> check(const LintSettings& settings);

    // "unknown lint rule 'x' WHERE (did you mean 'y'?)" for one id (no file or line).
    static QString unknownRuleMessage(const QString& id, const QString& where = QString());
    // The registry's rule ids, in id order.
    static QStringList ruleIds();
};

} // namespace strata
