#pragma once

#include "lint/LintRule.h"

#include <QList>
#include <QString>
#include <memory>

namespace strata {

// Every lint rule Strata has, in id order. Rule groups live in lint/rules/*Rules.cpp, each
// adding its rules through one function declared here.
class LintRegistry {
public:
    static const QList<const LintRule*>& all();
    static const LintRule* find(const QString& id); // nullptr for an unknown id
};

namespace lintrules {
using RuleList = QList<std::shared_ptr<const LintRule>>;
void addIndexRules(RuleList& out);      // lint/rules/IndexRules.cpp
void addConstraintRules(RuleList& out); // lint/rules/ConstraintRules.cpp
void addColumnRules(RuleList& out);     // lint/rules/ColumnRules.cpp
void addTypeRules(RuleList& out);       // lint/rules/TypeRules.cpp
void addDropRules(RuleList& out);       // lint/rules/DropRules.cpp
void addSessionRules(RuleList& out);    // lint/rules/SessionRules.cpp (timeouts, transactions)
void addDataRules(RuleList& out);       // lint/rules/DataRules.cpp (backfills, truncate, repack)
void addRevisionRules(RuleList& out);   // lint/rules/RevisionRules.cpp (downgrades, locks)
} // namespace lintrules

} // namespace strata
