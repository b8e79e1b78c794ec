#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "config/LintSettings.h"
#include "config/ProjectConfig.h"
#include "lint/LintContext.h"
#include "lint/LintFinding.h"
#include "lint/LintStatement.h"
#include "revision/Revision.h"

#include <QList>
#include <QStringList>

namespace strata {

// What one lint run asks for.
struct LintOptions {
    LintTarget target;     // the caller fills postgresMajor from [lint] postgres or --postgres
    LintSettings settings; // strata.toml [lint]: disabled rules, level overrides
    QStringList onlyRules; // --rule: only these (empty = all enabled)
    QStringList disabled;  // --disable: also off
    // Keep each statement's parse tree (LintStatement::node) in the report: the studio's quick
    // fixes read it; `strata lint` drops it (freeing it in the workers is faster).
    bool keepParseTrees = true;
};

// Everything the linter found in one revision.
struct LintReport {
    QString revision;
    QString file;
    QList<LintStatement> statements; // both sections, upgrade first, each with its locks
    QList<LintFinding> findings;     // sorted by file position; ignored and disabled ones gone
    QList<Error> errors;             // a section that does not parse (then nothing is linted)

    bool hasErrorLevel() const;
};

// Lints revisions: splits both sections with libpg_query, parses each statement, runs every
// enabled rule of LintRegistry with a LintContext that knows the revision's transaction mode,
// what was created before each statement and what the upgrade created, then drops findings
// silenced by `-- strata:ignore rule-id` and applies the levels of the settings.
// Alembic revisions in Python have no SQL: they give an empty report. SQL revisions in Python
// form are linted like `.sql` revisions. Never touches a database; safe on any thread.
class Linter {
public:
    static LintReport lint(const Revision& revision, const LintOptions& options);
    // lint() of each revision, on all cores; the reports in the order of `revisions`.
    static QList<LintReport> lintAll(const QList<const Revision*>& revisions,
                                     const LintOptions& options);

    // The options a project asks for: its [lint] settings and target version; with
    // `environment`, that environment's configured timeouts count as set (Strata applies them
    // before every revision).
    static LintOptions optionsFor(const ProjectConfig& config,
                                  const Environment* environment = nullptr);

    // The ids of `names` that no rule has, for a one-line usage error.
    static QStringList unknownRules(const QStringList& names);
};

} // namespace strata
