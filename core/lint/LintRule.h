#pragma once

#include "lint/LintFinding.h"

#include <QString>

namespace strata {

class LintContext;
struct LintStatement;

// One lint rule: an id, a default level, a help line and a check over the parse tree. Rules are
// stateless (LintContext carries what the revision did before the statement) and registered in
// LintRegistry; each has a page docs/lint/<id>.md.
class LintRule {
public:
    virtual ~LintRule() = default;

    virtual QString id() const = 0; // "require-concurrent-index-creation"
    virtual LintLevel defaultLevel() const = 0;
    virtual QString summary() const = 0; // one line for `strata lint --rules` and docs
    virtual QString help() const = 0;    // the safe rewrite, one line

    // Called for every statement of both sections in file order (upgrade first); report through
    // context.report(statement, *this, message[, location]).
    virtual void check(const LintStatement& statement, LintContext& context) const = 0;
    // Called once per section after its last statement (rules about the whole revision:
    // a missing downgrade, a backfill mixed with DDL, timeouts never set).
    virtual void finishSection(LintContext& context) const { (void)context; }
};

} // namespace strata
