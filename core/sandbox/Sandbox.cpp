#include "sandbox/Sandbox.h"

#include "sandbox/PostgresInstallation.h"

#include "config/PrivateFile.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>

#include <QSaveFile>
#include <QUrl>

#include <algorithm>

#include <arpa/inet.h>
#include <cerrno>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace strata {

namespace {

const char* const kPasswordRole = "strata_password_auth";

// Who runs the server programs: ourselves, or (as root) the postgres OS user.
struct ServerUser {
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

Result<ServerUser> serverUser() {
    ServerUser user;
    if (geteuid() != 0)
        return user;
    const passwd* pw = getpwnam("postgres");
    if (!pw)
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "as root the sandbox runs the server as the 'postgres' OS user, "
                                   "which does not exist: install the 'postgresql' package"));
    user.switchUser = true;
    user.uid = pw->pw_uid;
    user.gid = pw->pw_gid;
    return user;
}

struct ToolRun {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString& program, const QStringList& args, const ServerUser& user,
                const QString& workingDir, int timeoutMs) {
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"PGDATA", "PGPORT", "PGHOST", "PGHOSTADDR", "PGUSER", "PGDATABASE",
                             "PGOPTIONS", "PGPASSWORD", "PGSERVICE", "LC_ALL"})
        env.remove(QString::fromLatin1(name));
    if (user.switchUser) {
        env.insert(QStringLiteral("USER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("LOGNAME"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("HOME"), workingDir);
        const uid_t uid = user.uid;
        const gid_t gid = user.gid;
        // Only async-signal-safe calls between fork and exec.
        process.setChildProcessModifier([uid, gid] {
            if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
                _exit(126);
        });
    }
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        run.output = QCoreApplication::translate("strata", "cannot run %1: %2")
                         .arg(program, process.errorString());
        return run;
    }
    run.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.output = QString::fromLocal8Bit(process.readAll()) +
                     QCoreApplication::translate("strata", "\n%1 timed out")
                         .arg(QFileInfo(program).fileName());
        return run;
    }
    run.finished = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

// The line of a tool's output or a server log that says what went wrong.
QString lastMeaningfulLine(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression severity(
        QStringLiteral("\\b(FATAL|PANIC|ERROR|error):\\s+(.*)$"));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const auto m = severity.match(*it);
        if (m.hasMatch())
            return m.captured(2).trimmed();
    }
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    return {};
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString& path, const QByteArray& text, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        *error = QCoreApplication::translate("strata", "cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool portIsFree(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int on = 1; // as the server does: a port in TIME_WAIT is free for it
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return free;
}

// A free TCP port on 127.0.0.1, from the kernel (bind to port 0).
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int port = 0;
    socklen_t length = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool processLooksLikePostgres(qint64 pid) {
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return !QFileInfo::exists(QStringLiteral("/proc/self")); // no /proc: trust kill()
    const QByteArray name = comm.readAll().trimmed();
    return name.startsWith("postgres") || name.startsWith("postmaster");
}

QString quoteConf(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Result<void> chownPath(const QString& path, uid_t uid, gid_t gid, const QString& who) {
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "cannot give %1 to the %2 OS user: %3")
                         .arg(path, who, QString::fromLocal8Bit(strerror(errno))));
    return {};
}

// Hands `path` to the server's user when the server runs as another user (as root).
Result<void> giveToServer(const QString& path, const ServerUser& user) {
    if (!user.switchUser)
        return {};
    return chownPath(path, user.uid, user.gid, QStringLiteral("postgres"));
}

Result<void> makeOwnedDir(const QString& path, const ServerUser& user, bool privateDir) {
    if (!QDir().mkpath(path))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "cannot create %1").arg(path));
    STRATA_TRY(giveToServer(path, user));
    if (privateDir)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

Result<void> Sandbox::giveTo(const QString& path, const QString& osUser) {
    const passwd* pw = getpwnam(osUser.toLocal8Bit().constData());
    if (!pw)
        return Error(
            ErrorCode::Config,
            QCoreApplication::translate("strata", "the OS user '%1' does not exist").arg(osUser));
    return chownPath(path, pw->pw_uid, pw->pw_gid, osUser);
}

QJsonObject SandboxStatus::toJson() const {
    QJsonObject o;
    o[QStringLiteral("directory")] = directory;
    o[QStringLiteral("initialised")] = initialised;
    o[QStringLiteral("running")] = running;
    o[QStringLiteral("pid")] = pid;
    o[QStringLiteral("port")] = port;
    o[QStringLiteral("dataDir")] = dataDir;
    o[QStringLiteral("socketDir")] = socketDir;
    o[QStringLiteral("logFile")] = logFile;
    o[QStringLiteral("url")] = url;
    o[QStringLiteral("serverVersion")] = serverVersion;
    o[QStringLiteral("serverMajor")] = serverMajor;
    o[QStringLiteral("binDir")] = binDir;
    return o;
}

Sandbox::Sandbox(const QString& dir)
    : m_dir(QDir::cleanPath(QDir(dir.isEmpty() ? defaultDirectory() : dir).absolutePath())) {}

QString Sandbox::defaultDirectory() {
    const QString fromEnv = qEnvironmentVariable("STRATA_SANDBOX_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (geteuid() == 0)
        return QStringLiteral("/var/tmp/strata-sandbox-root");
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/strata/sandbox");
}

QString Sandbox::defaultDirectory(int major) {
    return defaultDirectory() + QStringLiteral("-pg%1").arg(major);
}

QStringList Sandbox::knownDirectories() {
    const QString base = QDir::cleanPath(QDir(defaultDirectory()).absolutePath());
    const QFileInfo info(base);
    QList<std::pair<int, QString>> siblings;
    static const QRegularExpression suffix(QStringLiteral("^-pg(\\d+)$"));
    for (const QFileInfo& entry :
         QDir(info.absolutePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!entry.fileName().startsWith(info.fileName()))
            continue;
        const auto m = suffix.match(entry.fileName().mid(info.fileName().size()));
        if (m.hasMatch())
            siblings.append({m.captured(1).toInt(), entry.absoluteFilePath()});
    }
    std::sort(siblings.begin(), siblings.end());
    QStringList dirs{base};
    for (const auto& [major, dir] : siblings)
        dirs.append(dir);
    return dirs;
}

int Sandbox::clusterMajor() const {
    return PostgresInstallation::majorOf(readText(dataDir() + QStringLiteral("/PG_VERSION")));
}

Result<PostgresInstallation> Sandbox::server() const {
    if (!qEnvironmentVariable("STRATA_PG_BINDIR").isEmpty())
        return PostgresInstallation::find();
    const int major = clusterMajor();
    const QJsonObject state = QJsonDocument::fromJson(readText(stateFile()).toUtf8()).object();
    const QString remembered = state.value(QStringLiteral("binDir")).toString();
    if (!remembered.isEmpty()) {
        auto installation = PostgresInstallation::forBinDir(remembered);
        if (installation && (major == 0 || installation->major() == major))
            return installation;
    }
    if (major > 0)
        return PostgresInstallation::find(major);
    return PostgresInstallation::find();
}

QString Sandbox::dataDir() const {
    return m_dir + QStringLiteral("/data");
}

QString Sandbox::logFile() const {
    return m_dir + QStringLiteral("/log/server.log");
}

QString Sandbox::stateFile() const {
    return m_dir + QStringLiteral("/sandbox.json");
}

QString Sandbox::makeUrl(int port, const QString& database) {
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2")
        .arg(port)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(database)));
}

Sandbox::Running Sandbox::probe() const {
    Running r;
    const QStringList lines =
        readText(dataDir() + QStringLiteral("/postmaster.pid")).split(QLatin1Char('\n'));
    if (lines.size() < 4)
        return r;
    r.pid = lines.at(0).trimmed().toLongLong();
    r.port = lines.at(3).trimmed().toInt();
    if (lines.size() > 4)
        r.socketDir = lines.at(4).trimmed();
    r.running = processLooksLikePostgres(r.pid);
    return r;
}

int Sandbox::statePort() const {
    const QJsonObject state = QJsonDocument::fromJson(readText(stateFile()).toUtf8()).object();
    return state.value(QStringLiteral("port")).toInt();
}

Result<void> Sandbox::start(const std::optional<PostgresInstallation>& server) {
    Result<PostgresInstallation> installation =
        server ? Result<PostgresInstallation>(*server) : this->server();
    if (!installation)
        return installation.error();
    // Never initdb over, nor start, a cluster of another major.
    if (const int existing = clusterMajor(); existing > 0 && existing != installation->major())
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "the sandbox in %1 holds a PostgreSQL %2 cluster, which "
                                   "PostgreSQL %3 cannot run: use --server %2, or another --dir")
                         .arg(m_dir)
                         .arg(existing)
                         .arg(installation->major()));
    auto user = serverUser();
    if (!user)
        return user.error();
    if (!QDir().mkpath(m_dir))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "cannot create the sandbox folder %1")
                         .arg(m_dir));
    QLockFile lock(m_dir + QStringLiteral("/.sandbox.lock"));
    if (!lock.tryLock(180000))
        return Error(ErrorCode::Lock,
                     QCoreApplication::translate(
                         "strata", "another process is starting or stopping the sandbox in %1")
                         .arg(m_dir));

    if (probe().running)
        return {}; // already running: nothing to do

    for (const auto& [path, isPrivate] :
         {std::pair{dataDir(), true}, std::pair{m_dir + QStringLiteral("/log"), false}}) {
        auto made = makeOwnedDir(path, *user, isPrivate);
        if (!made)
            return made.error();
    }
    QString socketDir = m_dir + QStringLiteral("/socket");
    // The socket path (".../.s.PGSQL.NNNNN") must fit in sockaddr_un::sun_path.
    if (QFile::encodeName(socketDir).size() + 16 >= int(sizeof(sockaddr_un::sun_path)))
        socketDir =
            QDir::tempPath() + QStringLiteral("/strata-sandbox-") +
            QString::fromLatin1(QCryptographicHash::hash(m_dir.toUtf8(), QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(12));
    if (auto made = makeOwnedDir(socketDir, *user, false); !made)
        return made.error();

    if (user->switchUser) {
        const ToolRun probeRun = runTool(QStringLiteral("test"), {QStringLiteral("-w"), dataDir()},
                                         *user, QDir::rootPath(), 10000);
        if (probeRun.finished && probeRun.exitCode != 0)
            return Error(ErrorCode::Io,
                         QCoreApplication::translate(
                             "strata",
                             "the postgres OS user cannot reach %1: choose a sandbox "
                             "folder it can reach (e.g. --dir /var/tmp/strata-sandbox-root;"
                             " root's home is not reachable)")
                             .arg(dataDir()));
    }

    // initdb, unless the cluster exists already.
    const bool fresh = !QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"));
    if (fresh) {
        ToolRun init;
        for (const QString& locale : {QStringLiteral("C.UTF-8"), QStringLiteral("C")}) {
            init = runTool(installation->initdb(),
                           {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                            QStringLiteral("postgres"), QStringLiteral("--auth=trust"),
                            QStringLiteral("-E"), QStringLiteral("UTF8"),
                            QStringLiteral("--locale=") + locale, QStringLiteral("--no-sync")},
                           *user, m_dir, 180000);
            if (init.finished && init.exitCode == 0)
                break;
            // initdb leaves the folder behind; empty it for the next attempt.
            QDir data(dataDir());
            for (const QFileInfo& entry :
                 data.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                if (entry.isDir())
                    QDir(entry.absoluteFilePath()).removeRecursively();
                else
                    QFile::remove(entry.absoluteFilePath());
            }
            if (!init.output.contains(QLatin1String("locale"), Qt::CaseInsensitive))
                break;
        }
        if (!init.finished || init.exitCode != 0)
            return Error(ErrorCode::Internal,
                         QCoreApplication::translate("strata", "initdb failed: %1")
                             .arg(lastMeaningfulLine(init.output)));
        QString error;
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append) ||
            conf.write("\n# Strata sandbox settings (port, sockets, speed)\n"
                       "include_if_exists = 'strata.conf'\n") < 0)
            return Error(
                ErrorCode::Io,
                QCoreApplication::translate("strata", "cannot write %1").arg(conf.fileName()));
        conf.close();
        const QByteArray hba =
            QByteArray("# Strata sandbox: trust on the socket and 127.0.0.1, except members of ") +
            kPasswordRole +
            " (tests of password authentication).\n"
            "local all all trust\n"
            "host all +" +
            kPasswordRole +
            " 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n";
        if (!writeText(dataDir() + QStringLiteral("/pg_hba.conf"), hba, &error))
            return Error(ErrorCode::Io, error);
    }

    // A stale postmaster.pid (a crash, a reboot) would stop the server from starting.
    const QString pidFile = dataDir() + QStringLiteral("/postmaster.pid");
    if (QFileInfo::exists(pidFile) && !probe().running)
        QFile::remove(pidFile);

    const int previous = statePort();
    const int port = previous > 0 && portIsFree(previous) ? previous : freePort();
    if (port <= 0)
        return Error(ErrorCode::Io, QCoreApplication::translate(
                                        "strata", "cannot find a free TCP port on 127.0.0.1"));
    const QString settings = QStringLiteral("# Written by strata at each sandbox start.\n"
                                            "port = %1\n"
                                            "listen_addresses = '127.0.0.1'\n"
                                            "unix_socket_directories = %2\n"
                                            "fsync = off\n"
                                            "full_page_writes = off\n"
                                            "synchronous_commit = off\n"
                                            // 13 hashes passwords with md5 by default, which
                                            // the scram-sha-256 lines of pg_hba.conf refuse.
                                            "password_encryption = 'scram-sha-256'\n"
                                            "log_line_prefix = '%m [%p] '\n")
                                 .arg(port)
                                 .arg(quoteConf(socketDir));
    QString error;
    const QString settingsFile = dataDir() + QStringLiteral("/strata.conf");
    if (!writeText(settingsFile, settings.toUtf8(), &error))
        return Error(ErrorCode::Io, error);
    STRATA_TRY(giveToServer(settingsFile, *user));

    const qint64 logStart = QFileInfo(logFile()).size();
    const ToolRun run = runTool(installation->pgCtl(),
                                {QStringLiteral("start"), QStringLiteral("-D"), dataDir(),
                                 QStringLiteral("-l"), logFile(), QStringLiteral("-w"),
                                 QStringLiteral("-t"), QStringLiteral("90"), QStringLiteral("-s")},
                                *user, m_dir, 120000);
    if (!run.finished || run.exitCode != 0) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly) && log.seek(qMax<qint64>(0, logStart)))
            tail = QString::fromUtf8(log.readAll());
        QString reason = lastMeaningfulLine(tail);
        if (reason.isEmpty())
            reason = lastMeaningfulLine(run.output);
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("strata", "the sandbox server did not start: %1 (log: %2)")
                .arg(reason, logFile()));
    }

    const Running running = probe();
    QJsonObject state;
    state[QStringLiteral("port")] = port;
    state[QStringLiteral("socketDir")] = socketDir;
    state[QStringLiteral("dataDir")] = dataDir();
    state[QStringLiteral("logFile")] = logFile();
    state[QStringLiteral("binDir")] = installation->binDir();
    state[QStringLiteral("major")] = installation->major();
    state[QStringLiteral("pid")] = running.pid;
    state[QStringLiteral("url")] = makeUrl(port, QStringLiteral("postgres"));
    state[QStringLiteral("startedAt")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // The state names the cluster's socket and URL: private to the user, like the cluster.
    if (Result<void> written = PrivateFile::write(stateFile(), QJsonDocument(state).toJson());
        !written)
        return Error(ErrorCode::Io, QCoreApplication::translate("strata", "cannot write %1: %2")
                                        .arg(stateFile(), written.error().message));

    if (fresh) {
        auto conn = connect();
        if (!conn)
            return conn.error();
        auto role = (*conn)->exec(QStringLiteral("CREATE ROLE ") +
                                  QString::fromLatin1(kPasswordRole) + QStringLiteral(" NOLOGIN"));
        if (!role && role.error().sqlstate != QLatin1String("42710"))
            return role.error();
    }
    return {};
}

Result<void> Sandbox::stop() {
    if (!QFileInfo::exists(dataDir()))
        return {}; // never started: nothing to stop
    const QString pidFile = dataDir() + QStringLiteral("/postmaster.pid");
    if (!probe().running) {
        if (QFileInfo::exists(pidFile))
            QFile::remove(pidFile); // stale
        return {};
    }
    auto installation = server();
    if (!installation)
        return installation.error();
    auto user = serverUser();
    if (!user)
        return user.error();
    QLockFile lock(m_dir + QStringLiteral("/.sandbox.lock"));
    if (!lock.tryLock(180000))
        return Error(ErrorCode::Lock,
                     QCoreApplication::translate(
                         "strata", "another process is starting or stopping the sandbox in %1")
                         .arg(m_dir));
    const ToolRun run = runTool(installation->pgCtl(),
                                {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(),
                                 QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                                 QStringLiteral("-t"), QStringLiteral("90"), QStringLiteral("-s")},
                                *user, m_dir, 120000);
    if ((!run.finished || run.exitCode != 0) && probe().running)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("strata", "pg_ctl stop failed: %1")
                         .arg(lastMeaningfulLine(run.output)));
    return {};
}

Result<SandboxStatus> Sandbox::status() const {
    SandboxStatus s;
    s.directory = m_dir;
    s.dataDir = dataDir();
    s.logFile = logFile();
    s.initialised = QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"));
    const QJsonObject state = QJsonDocument::fromJson(readText(stateFile()).toUtf8()).object();
    s.socketDir = state.value(QStringLiteral("socketDir")).toString();
    s.port = state.value(QStringLiteral("port")).toInt();
    const Running running = probe();
    s.running = running.running;
    if (s.running) {
        s.pid = running.pid;
        s.port = running.port;
        if (!running.socketDir.isEmpty())
            s.socketDir = running.socketDir;
        s.url = makeUrl(s.port, QStringLiteral("postgres"));
        if (auto conn = connect())
            s.serverVersion = (*conn)->serverVersionText();
    }
    auto installation = server();
    if (installation)
        s.binDir = installation->binDir();
    if (s.serverVersion.isEmpty()) {
        if (installation)
            s.serverVersion = installation->versionText();
        else if (s.initialised)
            s.serverVersion = readText(dataDir() + QStringLiteral("/PG_VERSION")).trimmed();
    }
    s.serverMajor = s.initialised ? clusterMajor() : PostgresInstallation::majorOf(s.serverVersion);
    return s;
}

Result<QString> Sandbox::url() const {
    return urlFor(QStringLiteral("postgres"));
}

Result<QString> Sandbox::urlFor(const QString& database) const {
    const Running running = probe();
    if (!running.running)
        return Error(
            ErrorCode::Connection,
            QCoreApplication::translate(
                "strata", "the sandbox in %1 is not running (strata sandbox start --dir %1)")
                .arg(m_dir));
    return makeUrl(running.port, database);
}

Result<std::unique_ptr<Connection>> Sandbox::connect(const QString& database) const {
    auto address = urlFor(database);
    if (!address)
        return address.error();
    ConnectionOptions options;
    options.applicationName = QStringLiteral("strata sandbox");
    return Connection::open(*address, options);
}

Result<void> Sandbox::createDatabase(const QString& name) {
    auto conn = connect();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("CREATE DATABASE ") + (*conn)->quoteIdentifier(name));
    if (!r)
        return r.error();
    return {};
}

Result<void> Sandbox::dropDatabase(const QString& name) {
    auto conn = connect();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("DROP DATABASE IF EXISTS ") +
                           (*conn)->quoteIdentifier(name) + QStringLiteral(" WITH (FORCE)"));
    if (!r)
        return r.error();
    return {};
}

} // namespace strata
