#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace strata {

// The installed PostgreSQL server programs (initdb, pg_ctl, postgres) the sandbox runs.
//
// find() (no major) looks in order: $STRATA_PG_BINDIR; the newest /usr/lib/postgresql/<major>/bin
// (Debian, Ubuntu); `pg_config --bindir`; the PATH.
// find(major) looks for that major: /usr/lib/postgresql/<major>/bin, then
// serversDirectory()/<major>/bin (where scripts/servers puts the prebuilt servers).
class PostgresInstallation {
public:
    // A one-line error naming the package to install when no server is found.
    static Result<PostgresInstallation> find();
    // "PostgreSQL 17 is not installed (run scripts/servers 17, or pass --pg-bin DIR)".
    static Result<PostgresInstallation> find(int major);
    // The server in `binDir` (initdb and pg_ctl there); its major from `pg_ctl --version`.
    static Result<PostgresInstallation> forBinDir(const QString& binDir);
    // Every major found by find(major), oldest first, each with its version.
    static QList<PostgresInstallation> installed();
    // $STRATA_SERVERS_DIR; else /var/cache/strata/postgres as root; else
    // ${XDG_CACHE_HOME:-~/.cache}/strata/postgres (the layout scripts/servers makes).
    static QString serversDirectory();
    // "15.4" -> 15, "9.6.2" -> 9; 0 when it does not start with a number.
    static int majorOf(const QString& versionText);

    const QString& binDir() const { return m_binDir; }
    QString initdb() const;
    QString pgCtl() const;
    QString postgres() const;
    // "15.4" from `pg_ctl --version` (run once, on demand); empty when it cannot be run.
    QString versionText() const;
    // The major of versionText(); 0 when unknown.
    int major() const;

private:
    explicit PostgresInstallation(QString binDir, int major = 0)
        : m_binDir(std::move(binDir))
        , m_major(major) {}
    QString m_binDir;
    int m_major = 0;
    mutable std::optional<QString> m_version;
};

} // namespace strata
