#pragma once

#include "lint/LintContext.h"
#include "lint/LintRule.h"
#include "lint/LintStatement.h"
#include "lint/ParseNode.h"

#include <QCoreApplication>

namespace strata::lintrules {

// A rule whose id, level, summary and help are fixed strings: the rule classes in
// lint/rules/*Rules.cpp derive from it and implement check() (and finishSection()).
class RuleBase : public LintRule {
public:
    RuleBase(const char* id, LintLevel level, const char* summary, const char* help)
        : m_id(QString::fromLatin1(id))
        , m_level(level)
        , m_summary(QCoreApplication::translate("strata-lint", summary))
        , m_help(QCoreApplication::translate("strata-lint", help)) {}

    QString id() const override { return m_id; }
    LintLevel defaultLevel() const override { return m_level; }
    QString summary() const override { return m_summary; }
    QString help() const override { return m_help; }

protected:
    static QString tr(const char* text) { return QCoreApplication::translate("strata-lint", text); }
    static QLatin1StringView L(const char* s) { return QLatin1StringView(s); }

private:
    QString m_id;
    LintLevel m_level;
    QString m_summary;
    QString m_help;
};

} // namespace strata::lintrules
