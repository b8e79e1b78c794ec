#pragma once

#include "Project.h"
#include "Result.h"
#include "config/Environment.h"
#include "drift/Cancellation.h"
#include "schema/SchemaDiff.h"
#include "schema/SnapshotReader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace strata {

// What went wrong in a verification: the revision, the direction, and either the statement
// that failed (`error`: its message, statement, file and line) or what the schema kept or lost
// (`diff`: the schema before against after).
struct VerifyFailure {
    enum class Pass {
        Start,     // bringing the database to the range's parents
        Revision,  // the revision's own round trip
        WholeRange // the whole range down to where it started, and up again
    };
    Pass pass = Pass::Revision;
    QString revision;  // the failing revision (WholeRange diff: the range's first revision)
    QString direction; // "upgrade", "downgrade", "upgrade again"
    std::optional<Error> error;
    // Downgrade: before the upgrade (A) against after the downgrade (B): what the downgrade left
    // behind is "added", what it dropped too much is "removed". Upgrade again: after the first
    // upgrade (A) against after the second (B). An extension a downgrade keeps is no failure
    // (RangeVerification::keptExtensions).
    QList<SchemaDifference> differences;

    // "index public.items_qty_idx added", one per difference.
    QStringList leftovers() const;
};

// One revision's round trip.
struct RevisionVerification {
    QString revision;
    QString file;
    qint64 durationMs = 0;
    bool ok = false;
};

// What RangeVerifier::verify found.
struct RangeVerification {
    QString database;                     // where it ran (for the summary)
    QStringList revisions;                // the range, in plan order
    QList<RevisionVerification> verified; // those whose round trip ran, in order
    bool wholeRangeDone = false;          // the whole-range pass ran to its end
    qint64 wholeRangeMs = 0;
    qint64 durationMs = 0;
    std::optional<VerifyFailure> failure; // the first failure (it stops there)
    // Extensions a downgrade left installed ("0001_init_schema keeps extension pg_trgm"): commonly
    // on purpose (other schemas may use them), so reported, not failed.
    QStringList keptExtensions;

    bool ok() const { return !failure; }
    // "ok a1000001 (12 ms)" / "FAIL a1000002 downgrade (3 ms)", the failure's details, the
    // whole-range pass and a summary line.
    QStringList lines() const;
    QJsonObject toJson() const;
};

// `strata verify` (issue 13): every revision of a range, in plan order, on an empty database
// (VerifyDatabase): snapshot, upgrade, snapshot, downgrade, snapshot (must equal the first),
// upgrade again, snapshot (must equal the second); then the whole range down to where it
// started (base, or the parents of its first revisions) and up again, with the schema compared
// both times: a later revision can break an earlier downgrade. Every step runs through the
// Runner (ScratchMigrator), as `upgrade`/`downgrade` would: `.sql`, SQL-form `.py` and Alembic
// Python revisions (through the bridge). It stops at the first failure.
//
// verify() blocks; the Cancellation stops it (ErrorCode::Cancelled). Errors: what connecting
// reports; everything the revisions do wrong is the report's failure.
class RangeVerifier {
public:
    using Progress = std::function<void(const RevisionVerification& done)>;

    // `database`: an empty database (VerifyDatabase::environment()).
    RangeVerifier(const Project& project, const Environment& database);

    void setCancellation(std::shared_ptr<Cancellation> cancellation) {
        m_cancellation = std::move(cancellation);
    }
    // Called after each revision's round trip (for a live line per revision).
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // `revisions`: ids in plan order (oldest first), e.g. planOrder().
    Result<RangeVerification> verify(const QStringList& revisions);

    // A range as the other commands take it, in plan order: "" or "base:heads" (everything),
    // "a:b" (history from a to b), or one revision. ErrorCode::Usage / Target when it does
    // not resolve.
    static Result<QStringList> planOrder(const Project& project, const QString& range);

private:
    const Project& m_project;
    Environment m_database;
    SnapshotOptions m_options;
    std::shared_ptr<Cancellation> m_cancellation;
    Progress m_progress;
};

} // namespace strata
