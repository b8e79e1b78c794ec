#pragma once

#include "Project.h"
#include "Result.h"
#include "drift/Cancellation.h"
#include "revision/Revision.h"
#include "schema/SchemaDiff.h"
#include "schema/SnapshotReader.h"
#include "sql/SqlSplitter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace strata {

// One step of a round trip.
struct RoundTripStep {
    enum class Kind {
        Parents,      // the scratch database brought to the revision's parents
        Upgrade,      // the upgrade section
        Downgrade,    // the downgrade section; then the schema must equal the one at the parents
        UpgradeAgain, // the upgrade once more; then the schema must equal the one after Upgrade
    };

    Kind kind = Kind::Upgrade;
    QString revision;
    int statements = 0;           // the statements of the section (Parents: of every parent)
    QList<SqlStatement> executed; // those that succeeded, in order (not for Parents)
    QStringList parents;          // Parents: the revisions upgraded, oldest first
    std::optional<Error> failure; // the failed statement (file, line, statement) or the reason
    // Downgrade: the schema at the parents (A) against after the downgrade (B): what the
    // downgrade left behind is "added", what it dropped too much is "removed". UpgradeAgain:
    // after the first upgrade (A) against after the second (B). Empty when they match.
    SchemaDiff diff;
    // Downgrade: extensions it left installed — a note, not a failure (RoundTripComparison).
    QStringList keptExtensions;

    bool ok() const { return !failure && diff.isEmpty(); }
    static QString kindName(Kind kind); // "parents", "upgrade", "downgrade", "upgrade again"
};

// What a verification found: the steps that ran, in order (it stops at the first that fails).
struct RoundTripReport {
    QString scratchDatabase;
    QList<RoundTripStep> steps;

    bool ok() const;
    const RoundTripStep* step(RoundTripStep::Kind kind) const;
    // One line per step, statement, failure and difference ("-- upgrade (3 statement(s))",
    // "ok     upgrade line 2: CREATE ...", "FAILED upgrade line 4: ...: <error>",
    // "       index public.t_idx added"), for a console or `strata verify`.
    QStringList lines() const;
};

// Round-trip verification of a revision on a scratch database of the sandbox (DESIGN §7,
// issue 10): the database is brought to the revision's parents (their upgrades in dependency
// order), snapshotted, then upgrade, snapshot, downgrade, snapshot (which must equal the first),
// upgrade again, snapshot (which must equal the second). Statements run as the Runner would:
// one transaction per section, or one by one in autocommit for a `Transactional: no` revision.
// The scratch database is dropped at the end. The revision may be the edited, unsaved text of
// one (the editor's Try it); RevisionChecker's rules apply before anything runs.
//
// Alembic projects: when a parent is an Alembic Python revision, the parents are brought up by
// the Runner (ScratchMigrator: each step by its own executor, `.py` ones through the project's
// Alembic and env.py, the version table kept so Alembic finds them). An Alembic Python revision
// itself (it must be the project's: it runs from its file) goes upgrade, downgrade (to its
// first parent, or base), upgrade again through the bridge; its steps' `executed` are the
// statements Alembic ran (line 0). SQL-form `.py` revisions run as SQL revisions.
//
// verify() blocks (run it on a worker thread); a Cancellation stops it between statements and
// cancels the running one (ErrorCode::Cancelled; a `.py` step is cancelled on the server, then
// its bridge child stopped). Errors: ErrorCode::Connection when the
// sandbox is not running, and what creating the scratch database reports; everything the
// revision itself does wrong is a failed step in the report.
class RoundTripVerifier {
public:
    using Progress = std::function<void(const QString& message)>;

    // `project` gives the ancestors; `sandboxDir` empty: Sandbox::defaultDirectory().
    RoundTripVerifier(const Project& project, const QString& sandboxDir = {});

    void setCancellation(std::shared_ptr<Cancellation> cancellation) {
        m_cancellation = std::move(cancellation);
    }
    void setSnapshotOptions(const SnapshotOptions& options) { m_options = options; }

    // The revision as given (it need not be saved, nor be in the project's graph).
    Result<RoundTripReport> verify(const Revision& revision);
    // A revision of the project by id.
    Result<RoundTripReport> verify(const QString& revisionId);

private:
    const Project& m_project;
    QString m_sandboxDir;
    SnapshotOptions m_options;
    std::shared_ptr<Cancellation> m_cancellation;
};

} // namespace strata
