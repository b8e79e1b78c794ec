#pragma once

#include "Result.h"
#include "runner/HistoryTable.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

class Project;
class RevisionGraph;
struct Environment;

// An applied revision whose file changed since it was applied.
struct ChecksumMismatch {
    QString revision;
    QString recorded; // upgrade checksum in strata_history when it was applied
    QString current;  // the file's upgrade checksum now
    QString file;
};

// What `strata status`, `strata current` and the studio show for one environment (DESIGN §7).
// Read-only: nothing is created or written, no lock is taken. Read on one connection
// (EnvironmentConnector, ConnectionPurpose::Status).
struct EnvironmentStatus {
    // A part that could not be read is Unknown (with its error), never taken as "clean".
    enum class DirtyState { Clean, Dirty, Unknown };

    QString environment;
    QString displayUrl; // password redacted
    bool isProtected = false;

    bool reachable = false;
    Error error;           // when !reachable or a query failed: one line, no password; typed
                           // (ErrorCode::Authentication: the server wants a password)
    QString serverVersion; // "16.4"

    bool versionTableExists = false;
    QStringList heads;               // rows of the version table
    QStringList unknownHeads;        // heads that are not revisions of the project
    QStringList pending;             // revisions `upgrade heads` would run, in order
    QString planError;               // why no plan could be made (unknown head, ...), else empty
    std::optional<HistoryRow> dirty; // the unresolved failed non-transactional step
    std::optional<Error> dirtyError; // reading the dirty state failed: it is unknown
    QHash<QString, QString> appliedChecksums; // revision -> upgrade checksum when applied
    QList<ChecksumMismatch> checksumMismatches;
    std::optional<Error> checksumError; // reading the applied checksums failed: unknown
    std::optional<HistoryRow> lastRun;  // the newest history row
    QList<HistoryRow> history;          // the newest history rows (newest first, up to the limit)
    std::optional<Error> historyError;  // reading the history rows failed

    DirtyState dirtyState() const {
        return dirtyError ? DirtyState::Unknown : dirty ? DirtyState::Dirty : DirtyState::Clean;
    }
    bool checksumsKnown() const { return !checksumError.has_value(); }
    bool needsPassword() const { return !reachable && error.code == ErrorCode::Authentication; }
    bool atHeads() const { return reachable && planError.isEmpty() && pending.isEmpty(); }
    // The revisions applied here: the heads and all their ancestors (and dependencies).
    QSet<QString> appliedSet(const RevisionGraph& graph) const;
    QJsonObject toJson() const;
    // Fills what the project's graph and files decide from what was read (unknownHeads,
    // pending, planError, checksumMismatches): no database work, so a newer graph (a revision
    // file saved in the studio) is compared again without reading the environment.
    void compareWith(const Project& project);

    // Reads one environment on one connection of its own (connect timeout in seconds), with up
    // to `historyLimit` history rows (0: only the newest, for lastRun).
    static EnvironmentStatus read(const Project& project, const Environment& environment,
                                  int connectTimeoutSeconds = 5, int historyLimit = 0);
    // Every environment of the project, queried concurrently (one thread and connection each);
    // an unreachable one only delays its own entry. Results in the order of strata.toml.
    static QList<EnvironmentStatus> readAll(const Project& project, int connectTimeoutSeconds = 5);
};

} // namespace strata
