#include "lint/LintRegistry.h"

#include <algorithm>

namespace strata {

namespace {

struct Rules {
    lintrules::RuleList owned;
    QList<const LintRule*> all;
    Rules() {
        lintrules::addIndexRules(owned);
        lintrules::addConstraintRules(owned);
        lintrules::addColumnRules(owned);
        lintrules::addTypeRules(owned);
        lintrules::addDropRules(owned);
        lintrules::addSessionRules(owned);
        lintrules::addDataRules(owned);
        lintrules::addRevisionRules(owned);
        for (const auto& rule : owned)
            all.append(rule.get());
        std::sort(all.begin(), all.end(),
                  [](const LintRule* a, const LintRule* b) { return a->id() < b->id(); });
    }
};

const Rules& rules() {
    static const Rules instance;
    return instance;
}

} // namespace

const QList<const LintRule*>& LintRegistry::all() {
    return rules().all;
}

const LintRule* LintRegistry::find(const QString& id) {
    for (const LintRule* rule : rules().all) {
        if (rule->id() == id)
            return rule;
    }
    return nullptr;
}

} // namespace strata
