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

// Whether a SET's value is zero ("0", 0, '0s', '0ms'): a timeout of 0 disables the timeout.
bool isZeroSetting(const QJsonObject& set) {
    const QJsonArray args = parse::list(set, QLatin1StringView("args"));
    if (args.size() != 1)
        return false;
    const QJsonObject value = parse::as(args.first(), QLatin1StringView("A_Const"));
    if (value.contains(QLatin1String("ival")))
        return value.value(QLatin1String("ival")).toObject().value(QLatin1String("ival")).toInt() ==
               0;
    const QString text =
        value.value(QLatin1String("sval")).toObject().value(QLatin1String("sval")).toString();
    qsizetype digits = 0;
    while (digits < text.size() && (text.at(digits).isDigit() || text.at(digits) == u'.'))
        ++digits;
    bool ok = false;
    const double number = text.left(digits).toDouble(&ok);
    return ok && number == 0.0;
}

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
    m_reportedInSection.insert(rule.id());
}

void LintContext::reportRevision(const LintRule& rule, const QString& message, int line) {
    LintFinding f = findingFor(rule, message, m_revision, m_section);
    f.line = line > 0 ? line : m_revision.headerLine;
    f.column = 1;
    f.endLine = f.line;
    m_findings.append(std::move(f));
    m_reportedInSection.insert(rule.id());
}

bool LintContext::reportedInSection(const LintRule& rule) const {
    return m_reportedInSection.contains(rule.id());
}

void LintContext::beginSection(RevisionFile::Section section, QList<LintStatement> statements) {
    m_section = section;
    m_statements = std::move(statements);
    m_createdEarlier = LintObjects();
    m_reportedInSection.clear();
    m_lockTimeoutSet = false;
    m_statementTimeoutSet = false;
}

void LintContext::afterStatement(const LintStatement& statement) {
    StatementObjects::created(statement, &m_createdEarlier);
    if (m_section == RevisionFile::Section::Upgrade) {
        StatementObjects::created(statement, &m_upgradeCreates);
        StatementObjects::dropped(statement, &m_upgradeDrops);
    }
    // SET LOCAL outside a transaction block has no effect (Transactional: no runs each statement
    // in autocommit); a timeout of 0 is no timeout.
    if (statement.type == QLatin1String("VariableSetStmt") &&
        !(statement.node.value(QLatin1String("is_local")).toBool() && !transactional())) {
        const QString name = statement.node.value(QLatin1String("name")).toString();
        const QString kind = statement.node.value(QLatin1String("kind")).toString();
        const bool set = kind == QLatin1String("VAR_SET_VALUE") && !isZeroSetting(statement.node);
        if (name == QLatin1String("lock_timeout"))
            m_lockTimeoutSet = set;
        else if (name == QLatin1String("statement_timeout"))
            m_statementTimeoutSet = set;
    }
}

void LintContext::endSection() {}

} // namespace strata
