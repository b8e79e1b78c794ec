#include "lint/LintContext.h"

#include "lint/LintRule.h"
#include "lint/ParseNode.h"
#include "lint/StatementObjects.h"

namespace strata {

bool LintContext::isNewRelation(const QString& relation) const {
    return m_createdEarlier.contains(QStringLiteral("table"), relation);
}

const RevisionSection& sectionOf(const Revision& revision, RevisionFile::Section section) {
    return section == RevisionFile::Section::Upgrade ? revision.upgrade : revision.downgrade;
}

bool LintContext::sectionPresent() const {
    return sectionOf(m_revision, m_section).present;
}

int LintContext::sectionLine() const {
    const RevisionSection& s = sectionOf(m_revision, m_section);
    return s.present ? s.markerLine : 0;
}

namespace {

LintFinding findingFor(const LintRule& rule, const QString& message, const Revision& revision,
                       RevisionFile::Section section) {
    LintFinding f;
    f.rule = rule.id();
    f.level = rule.defaultLevel();
    f.message = message;
    f.help = rule.help();
    f.revision = revision.id;
    f.file = revision.filePath;
    f.section = section;
    return f;
}

} // namespace

void LintContext::report(const LintStatement& statement, const LintRule& rule,
                         const QString& message, int location) {
    LintFinding f = findingFor(rule, message, m_revision, statement.section);
    statement.position(location, &f.line, &f.column);
    f.endLine = statement.endLine;
    f.endColumn = statement.endColumn;
    f.statementIndex = statement.index;
    f.locks = statement.locks;
    m_findings.append(std::move(f));
}

void LintContext::reportRevision(const LintRule& rule, const QString& message, int line) {
    LintFinding f = findingFor(rule, message, m_revision, m_section);
    f.line = line > 0 ? line : m_revision.headerLine;
    f.column = 1;
    f.endLine = f.line;
    m_findings.append(std::move(f));
}

void LintContext::beginSection(RevisionFile::Section section, QList<LintStatement> statements) {
    m_section = section;
    m_statements = std::move(statements);
    m_createdEarlier = LintObjects();
    m_lockTimeoutSet = false;
    m_statementTimeoutSet = false;
}

void LintContext::afterStatement(const LintStatement& statement) {
    StatementObjects::created(statement, &m_createdEarlier);
    if (m_section == RevisionFile::Section::Upgrade) {
        StatementObjects::created(statement, &m_upgradeCreates);
        StatementObjects::dropped(statement, &m_upgradeDrops);
    }
    if (statement.type == QLatin1String("VariableSetStmt")) {
        const QString name = statement.node.value(QLatin1String("name")).toString();
        const QString kind = statement.node.value(QLatin1String("kind")).toString();
        const bool set = kind == QLatin1String("VAR_SET_VALUE");
        if (name == QLatin1String("lock_timeout"))
            m_lockTimeoutSet = set;
        else if (name == QLatin1String("statement_timeout"))
            m_statementTimeoutSet = set;
    }
}

void LintContext::endSection() {}

} // namespace strata
