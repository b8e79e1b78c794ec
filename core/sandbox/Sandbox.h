#pragma once

#include "Result.h"
#include "db/Connection.h"
#include "sandbox/PostgresInstallation.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace strata {

// What `strata sandbox status` reports.
struct SandboxStatus {
    QString directory;
    bool initialised = false; // the data folder holds a cluster
    bool running = false;
    qint64 pid = 0;
    int port = 0;
    QString dataDir;
    QString socketDir;
    QString logFile;
    QString url;           // when running
    QString serverVersion; // "15.4" (from the server when running, else from pg_ctl)
    int serverMajor = 0;   // the cluster's major (PG_VERSION), else the server's; 0: unknown
    QString binDir;        // the server programs it runs with

    QJsonObject toJson() const;
};

// A private PostgreSQL cluster in a folder, for the demo, scratch databases and the tests.
//
// Layout of the folder:
//   sandbox.json   state other processes read: port, socket folder, data folder, log, binDir,
//                  major (the server it was started with, reused by the next start and stop)
//   data/          the cluster (initdb -U postgres --auth=trust -E UTF8 --locale=C.UTF-8)
//   socket/        unix_socket_directories (a folder under /tmp when the path is too long)
//   log/server.log the server's log
// The server listens on 127.0.0.1 only, on a free port chosen at start (the previous one is
// reused when it is still free), with fsync, full_page_writes and synchronous_commit off: it is a
// scratch cluster. As root, initdb/pg_ctl/postgres run as the `postgres` OS user and the folders
// are owned by it.
//
// URL form: postgresql://postgres@127.0.0.1:PORT/DATABASE (TCP, user postgres, trust auth).
// Roles that are members of the role `strata_password_auth` (created with the cluster) must
// give a password (scram-sha-256) over TCP: that is for tests of authentication failures.
class Sandbox {
public:
    // dir empty: defaultDirectory().
    explicit Sandbox(const QString& dir = {});

    // $STRATA_SANDBOX_DIR; else for root /var/tmp/strata-sandbox-root (the postgres user must
    // reach it; root's home is not reachable); else
    // ${XDG_STATE_HOME:-~/.local/state}/strata/sandbox.
    static QString defaultDirectory();
    // The default folder of a sandbox on one server major: "<defaultDirectory()>-pg<major>", so
    // sandboxes on several servers run side by side.
    static QString defaultDirectory(int major);
    // The default folder and its existing "-pg<major>" siblings, default first, then by major.
    static QStringList knownDirectories();

    const QString& directory() const { return m_dir; }
    QString dataDir() const;
    QString logFile() const;
    QString stateFile() const;

    // Initialises the cluster if needed and starts it. Already running: a no-op success.
    // `server` unset: $STRATA_PG_BINDIR when set, else the server the folder remembers (or one of
    // its cluster's major), else PostgresInstallation::find(). A cluster of another major than
    // the server's in the folder is an error (ErrorCode::Config); it is never touched.
    Result<void> start(const std::optional<PostgresInstallation>& server = std::nullopt);
    // Stops a running cluster (fast shutdown). Not running: a no-op success.
    Result<void> stop();
    Result<SandboxStatus> status() const;
    // The major of the cluster in the folder (data/PG_VERSION); 0 when there is none.
    int clusterMajor() const;
    // The server programs for this folder's cluster, as start() without a server chooses them.
    Result<PostgresInstallation> server() const;

    // The URL of the `postgres` database; an error when the sandbox is not running.
    Result<QString> url() const;
    Result<QString> urlFor(const QString& database) const;

    // A connection to `database` as the superuser postgres.
    Result<std::unique_ptr<Connection>>
    connect(const QString& database = QStringLiteral("postgres")) const;
    Result<void> createDatabase(const QString& name);
    // DROP DATABASE IF EXISTS ... WITH (FORCE): sessions still connected are terminated.
    Result<void> dropDatabase(const QString& name);

    // The URL form for a port and database (percent-encoded).
    static QString makeUrl(int port, const QString& database);
    // chown of `path` to the OS user `osUser` (and its group), as the sandbox does for the
    // postgres user when run as root. ErrorCode::Config when the user does not exist,
    // ErrorCode::Io (naming the path and the reason) when chown fails.
    static Result<void> giveTo(const QString& path, const QString& osUser);

private:
    struct Running {
        bool running = false;
        qint64 pid = 0;
        int port = 0;
        QString socketDir;
    };
    Running probe() const;
    int statePort() const;

    QString m_dir;
};

} // namespace strata
