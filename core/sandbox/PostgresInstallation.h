#pragma once

#include "Result.h"

#include <QString>

namespace strata {

// The installed PostgreSQL server programs (initdb, pg_ctl, postgres) the sandbox runs.
// Looked up in order: $STRATA_PG_BINDIR; the newest /usr/lib/postgresql/<major>/bin (Debian,
// Ubuntu); `pg_config --bindir`; the PATH.
class PostgresInstallation {
public:
    // A one-line error naming the package to install when no server is found.
    static Result<PostgresInstallation> find();

    const QString& binDir() const { return m_binDir; }
    QString initdb() const;
    QString pgCtl() const;
    QString postgres() const;
    // "15.4" from `pg_ctl --version` (run once, on demand); empty when it cannot be run.
    QString versionText() const;

private:
    explicit PostgresInstallation(QString binDir)
        : m_binDir(std::move(binDir)) {}
    QString m_binDir;
};

} // namespace strata
