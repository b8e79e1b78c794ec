#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <atomic>

namespace strata {

// `backup = true`: pg_dump -Fc of the environment's database before a run. The connection goes
// to pg_dump through --dbname (a conninfo WITHOUT the password) and PGPASSWORD in its
// environment: a password never appears on a command line (ps) or in a message.
class BackupDump {
public:
    // "<dir>/<environment>-<yyyyMMddTHHmmssZ>.dump" for a time.
    static QString fileNameFor(const QString& dir, const QString& environment,
                               const QDateTime& when);
    // The newest pg_dump found (the server's installation first, then the PATH).
    static QString pgDumpPath();
    // Runs pg_dump; returns the file written. `cancelled` stops it (the partial file is removed).
    // `password` (Environment::password) wins over one written in the conninfo.
    static Result<QString> run(const QString& conninfo, const QString& dir,
                               const QString& environment,
                               const std::atomic<bool>* cancelled = nullptr,
                               const QString& password = QString());
};

} // namespace strata
