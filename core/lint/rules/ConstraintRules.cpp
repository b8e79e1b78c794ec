// Constraint rules.
#include "lint/LintRegistry.h"
#include "lint/rules/RuleBase.h"

namespace strata::lintrules {

void addConstraintRules(RuleList& out) {
    (void)out;
}

} // namespace strata::lintrules
