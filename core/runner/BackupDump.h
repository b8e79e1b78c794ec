#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace strata {

// `backup = true`: pg_dump -Fc of the environment's database before a run. The connection goes
// to pg_dump through --dbname (a conninfo WITHOUT the password) and PGPASSWORD in its
// environment: a password never appears on a command line (ps) or in a message.
class BackupDump {
public:
    // "<environment>-<yyyyMMddTHHmmssZ>" for a time: the file is "<stem>.dump", or
    // "<stem>-2.dump", ... when a backup of the same second exists (never overwritten).
    static QString stemFor(const QString& environment, const QDateTime& when);
    // $STRATA_PG_DUMP when set, else the newest pg_dump found (the server's installation
    // first, then the PATH).
    static QString pgDumpPath();

    // One pg_dump program and its version.
    struct Program {
        QString path;
        QString version; // "15.4"
        int major = 0;   // 15
    };
    // `path --version`; ErrorCode::NotFound when it cannot be run or says no version.
    static Result<Program> probe(const QString& path);
    // Every pg_dump found: /usr/lib/postgresql/*/bin, the sandbox servers' bin folders and the
    // PATH; newest first.
    static QList<Program> found();
    // The pg_dump for a backup of a PostgreSQL `serverMajor` server, checked before anything
    // runs: `configured` when set (an environment's or the project's pg_dump), else
    // $STRATA_PG_DUMP, else the newest found. One older than the server cannot dump it:
    // ErrorCode::Config "backup: pg_dump 15 cannot dump PostgreSQL 18 (install pg_dump 18 or
    // set pg_dump in strata.toml)".
    static Result<Program> choose(int serverMajor, const QString& configured = {});
    struct Request {
        QString conninfo;         // may hold a password: it goes to PGPASSWORD, never to argv
        QString dir;              // backup_dir: created 0700
        QString environment;      // names the file and the errors
        QString pgDump;           // the program (choose()); empty: pgDumpPath()
        QString password;         // Environment::password, wins over one in the conninfo
        qint64 lockTimeoutMs = 0; // the environment's lock_timeout: pg_dump --lock-wait-timeout
        const std::atomic<bool>* cancelled = nullptr; // stops it (the partial file is removed)
    };
    // Runs pg_dump into a new 0600 file and returns its path. ErrorCode::Lock when a table
    // could not be locked within lockTimeoutMs (the caller names the blocker), ErrorCode::Io
    // for other pg_dump failures, ErrorCode::Cancelled.
    static Result<QString> run(const Request& request);
};

} // namespace strata
