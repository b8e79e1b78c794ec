#pragma once

#include "lint/Linter.h"
#include "revision/Revision.h"

#include <QString>
#include <QStringList>

namespace strata::test {

// A revision for lint tables: the upgrade SQL starts on line kLintUpgradeLine of
//   -- Revision ID: r1 / -- Revises: r0 / -- Transactional: yes|no / (blank) / -- migrate:upgrade
// and the downgrade (when `downgrade` is not null) follows the upgrade's last line after its
// marker. File path: versions/r1.sql (relative, as in the expected strings).
constexpr int kLintUpgradeLine = 6;
Revision lintRevision(const QString& upgrade, const QString& downgrade = QString(),
                      bool transactional = true);

// The findings of `revision` as "LINE:COL rule-id" strings in file order; with `rule` set, only
// that rule's (the other rules still run: ignore comments and levels behave as in a real run).
QStringList lintFindings(const Revision& revision, const QString& rule = QString(),
                         const LintTarget& target = LintTarget());

// The same with only `rule` running (for table-lock, which steps aside on a statement that
// another rule flags).
QStringList lintFindingsAlone(const Revision& revision, const QString& rule,
                              const LintTarget& target = LintTarget());
// The messages of `rule`'s findings with only that rule running.
QStringList lintMessagesAlone(const Revision& revision, const QString& rule);

} // namespace strata::test
