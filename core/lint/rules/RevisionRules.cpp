// Revision rules.
#include "lint/LintRegistry.h"
#include "lint/rules/RuleBase.h"

namespace strata::lintrules {

void addRevisionRules(RuleList& out) {
    (void)out;
}

} // namespace strata::lintrules
