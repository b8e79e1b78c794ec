#pragma once

#include "lint/LintFinding.h"
#include "lint/LintObjects.h"
#include "lint/LintStatement.h"
#include "revision/Revision.h"

#include <QList>
#include <QSet>

namespace strata {

class LintRule;

// What the project targets, for rules whose answer depends on it.
struct LintTarget {
    // The oldest PostgreSQL major version the project runs on ([lint] postgres; default 13):
    // a constant default on ADD COLUMN rewrites nothing from 11 on.
    int postgresMajor = 13;
    // The server major the project targets ([project] postgres; 0 = unknown): when the grammar
    // may be older (SqlGrammar::mayBeNewerSyntax), a statement it rejects is a newer-syntax
    // finding instead of an error that stops the lint.
    int serverMajor = 0;
    // Set for the environment the lint is for (strata.toml lock_timeout/statement_timeout,
    // applied by Strata before every revision): require-*-timeout are satisfied by them.
    bool lockTimeoutConfigured = false;
    bool statementTimeoutConfigured = false;
};

// The state a rule sees at one statement: the revision, its transaction mode, what the section
// created before this statement, what the upgrade created (for downgrade rules), the target.
// Linter owns it and moves it through the statements; rules only read it and report.
class LintContext {
public:
    LintContext(const Revision& revision, const LintTarget& target)
        : m_revision(revision)
        , m_target(target) {}

    const Revision& revision() const { return m_revision; }
    const LintTarget& target() const { return m_target; }
    // `Transactional: yes` (the whole revision in one transaction) or no (each statement in
    // autocommit, so a failure midway leaves the statements before it applied).
    bool transactional() const { return m_revision.transactional; }
    RevisionFile::Section section() const { return m_section; }
    bool inDowngrade() const { return m_section == RevisionFile::Section::Downgrade; }

    // Objects created by the statements of this section before the current one.
    const LintObjects& createdEarlier() const { return m_createdEarlier; }
    // Whether `relation` (a RangeVar as parse::relation writes it) was created earlier in this
    // section: nobody else can be waiting on it, it holds no rows.
    bool isNewRelation(const QString& relation) const;
    // Every object the upgrade section creates (filled before the downgrade is checked).
    const LintObjects& upgradeCreates() const { return m_upgradeCreates; }
    // Every object the upgrade section drops.
    const LintObjects& upgradeDrops() const { return m_upgradeDrops; }

    // lock_timeout / statement_timeout set before this statement (SET in the section, or the
    // environment's configuration).
    bool lockTimeoutSet() const { return m_target.lockTimeoutConfigured || m_lockTimeoutSet; }
    bool statementTimeoutSet() const {
        return m_target.statementTimeoutConfigured || m_statementTimeoutSet;
    }

    // The statements of the current section (in finishSection: all of them).
    const QList<LintStatement>& sectionStatements() const { return m_statements; }
    // Whether the current section is present in the file at all (a missing downgrade).
    bool sectionPresent() const;
    // The line of the section's marker (0 when the section is missing), for revision findings.
    int sectionLine() const;

    // Reports a finding on `statement` at byte `location` of its text (-1 = its start).
    void report(const LintStatement& statement, const LintRule& rule, const QString& message,
                int location = -1);
    // Reports a finding about the section or revision as a whole at file line `line`
    // (0 = the revision header).
    void reportRevision(const LintRule& rule, const QString& message, int line = 0);
    // Whether `rule` already reported something in the current section (rules that report once
    // per section: require-lock-timeout).
    bool reportedInSection(const LintRule& rule) const;

    // --- for Linter ------------------------------------------------------------------------
    void beginSection(RevisionFile::Section section, QList<LintStatement> statements);
    void afterStatement(const LintStatement& statement); // records what it created / set
    void endSection();
    QList<LintFinding> takeFindings() { return std::move(m_findings); }
    const QList<LintStatement>& statements() const { return m_statements; }

private:
    const Revision& m_revision;
    LintTarget m_target;
    RevisionFile::Section m_section = RevisionFile::Section::Upgrade;
    QList<LintStatement> m_statements;
    LintObjects m_createdEarlier;
    LintObjects m_upgradeCreates;
    LintObjects m_upgradeDrops;
    bool m_lockTimeoutSet = false;
    bool m_statementTimeoutSet = false;
    QList<LintFinding> m_findings;
    QSet<QString> m_reportedInSection; // rule ids
};

} // namespace strata
