#pragma once

#include "Result.h"
#include "runner/HistoryTable.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

class Project;
struct Environment;

// An applied revision whose file changed since it was applied.
struct ChecksumMismatch {
    QString revision;
    QString recorded; // upgrade checksum in strata_history when it was applied
    QString current;  // the file's upgrade checksum now
    QString file;
};

// What `strata status` and the studio's environments panel show for one environment
// (DESIGN §7). Read-only: nothing is created or written, no lock is taken.
struct EnvironmentStatus {
    QString environment;
    QString displayUrl; // password redacted
    bool isProtected = false;

    bool reachable = false;
    Error error;           // when !reachable or a query failed: one line, no password
    QString serverVersion; // "16.4"

    bool versionTableExists = false;
    QStringList heads;               // rows of the version table
    QStringList unknownHeads;        // heads that are not revisions of the project
    QStringList pending;             // revisions `upgrade heads` would run, in order
    QString planError;               // why no plan could be made (unknown head, ...), else empty
    std::optional<HistoryRow> dirty; // the unresolved failed non-transactional step
    QList<ChecksumMismatch> checksumMismatches;
    std::optional<HistoryRow> lastRun; // the newest history row

    bool atHeads() const { return reachable && planError.isEmpty() && pending.isEmpty(); }
    QJsonObject toJson() const;

    // Reads one environment with its own connection (connect timeout in seconds).
    static EnvironmentStatus read(const Project& project, const Environment& environment,
                                  int connectTimeoutSeconds = 5);
    // Every environment of the project, queried concurrently (one thread and connection each);
    // an unreachable one only delays its own entry. Results in the order of strata.toml.
    static QList<EnvironmentStatus> readAll(const Project& project, int connectTimeoutSeconds = 5);
};

} // namespace strata
