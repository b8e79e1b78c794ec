#include "drift/ExpectedSchema.h"

#include "alembic/AlembicProject.h"
#include "config/PrivateFile.h"
#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "drift/ScratchMigrator.h"
#include "revision/RevisionFile.h"
#include "sandbox/Sandbox.h"
#include "sandbox/ScratchSandbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

namespace strata {

namespace {

QString defaultCacheDir() {
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache");
    return base + QStringLiteral("/strata/expected");
}

QString scratchName() {
    return QStringLiteral("strata_expected_%1")
        .arg(QRandomGenerator::global()->generate64() & 0xffffffffffULL, 10, 16, QLatin1Char('0'));
}

// The server's URL with another database (in a key=value conninfo the last dbname wins).
QString withDatabase(const QString& serverUrl, const QString& database) {
    if (serverUrl.contains(QLatin1String("://"))) {
        QUrl url(serverUrl);
        url.setPath(QLatin1Char('/') + database);
        return url.toString();
    }
    return QStringLiteral("%1 dbname=%2").arg(serverUrl, database);
}

// A file's bytes into the hash (a file that cannot be read counts as its name only).
void addFile(QCryptographicHash& hash, const QString& path) {
    hash.addData(path.toUtf8());
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(file.readAll());
}

} // namespace

// The server that holds the scratch database: its URL and an admin connection to it.
struct ExpectedSchema::Server {
    QString url;
    std::unique_ptr<Connection> admin;
};

ExpectedSchema::ExpectedSchema(const Project& project)
    : m_project(project)
    , m_cacheDir(defaultCacheDir()) {}

void ExpectedSchema::say(const QString& message) const {
    if (m_progress)
        m_progress(message);
}

Environment ExpectedSchema::shadowEnvironment(const ProjectConfig& config) {
    Environment shadow;
    shadow.name = QStringLiteral("shadow");
    shadow.url = config.shadowUrl();
    shadow.envFilePath = config.envFilePath();
    shadow.file = config.filePath();
    return shadow;
}

QString ExpectedSchema::cacheKey(const QStringList& heads, int serverMajor) const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList sortedHeads = heads;
    sortedHeads.sort();
    hash.addData(sortedHeads.join(QLatin1Char(',')).toUtf8());
    hash.addData(QByteArray::number(serverMajor));
    // Every revision's upgrade text counts: a file edited after the fact changes what
    // "expected" means. Revisions outside the heads' ancestry change the key too, which only
    // costs a rebuild.
    for (const Revision& rev : m_project.graph().revisions()) {
        hash.addData(rev.id.toUtf8());
        if (rev.source == Revision::Source::AlembicPython) {
            // Python: no section to checksum, the whole file is what runs.
            addFile(hash, rev.filePath);
            continue;
        }
        Revision copy = rev;
        if (copy.upgrade.checksum.isEmpty())
            RevisionFile::fillChecksums(copy);
        hash.addData(copy.upgrade.checksum.toUtf8());
    }
    // In an Alembic project env.py and alembic.ini take part in every `.py` step.
    const ProjectConfig& config = m_project.config();
    if (config.isAlembicProject()) {
        const QString file = config.alembicConfigPath();
        addFile(hash, file);
        const Result<AlembicProject> alembic = file.endsWith(QLatin1String(".toml"))
                                                   ? AlembicProject::fromPyproject(file)
                                                   : AlembicProject::fromIni(file);
        if (alembic)
            addFile(hash, alembic->envPy());
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

Result<ExpectedSchema::Server> ExpectedSchema::openServer() {
    const ProjectConfig& config = m_project.config();
    Server server;
    if (config.hasShadowUrl()) {
        const Environment shadow = shadowEnvironment(config);
        STRATA_TRY_ASSIGN(server.url, EnvironmentConnector::conninfo(shadow));
        STRATA_TRY_ASSIGN(server.admin,
                          EnvironmentConnector::open(shadow, ConnectionPurpose::Catalog));
        return server;
    }
    const ScratchSandbox scratch = ScratchSandbox::choose(m_sandboxDir, m_targetMajor);
    Sandbox sandbox(scratch.directory());
    Result<SandboxStatus> status = sandbox.status();
    if (!status || !status->running) {
        say(QCoreApplication::translate("strata", "starting the sandbox in %1")
                .arg(sandbox.directory()));
        STRATA_TRY(scratch.ensureRunning());
    }
    const QString target =
        m_targetName.isEmpty() ? QStringLiteral("the environment") : m_targetName;
    if (!scratch.exact())
        say(QCoreApplication::translate(
                "strata", "expected schema built on PostgreSQL %1; %2 runs %3 (no %3 server "
                          "installed here)")
                .arg(scratch.major())
                .arg(target)
                .arg(m_targetMajor));
    else if (scratch.directory() != Sandbox(m_sandboxDir).directory())
        say(QCoreApplication::translate("strata",
                                        "expected schema built on PostgreSQL %1, as %2 runs")
                .arg(m_targetMajor)
                .arg(target));
    if (cancelled())
        return Cancellation::error();
    STRATA_TRY_ASSIGN(server.url, sandbox.url());
    STRATA_TRY_ASSIGN(server.admin, sandbox.connect());
    return server;
}

Result<SchemaSnapshot> ExpectedSchema::build(const QStringList& heads,
                                             const SnapshotOptions& options) {
    if (cancelled())
        return Cancellation::error();
    STRATA_TRY_ASSIGN(Server server, openServer());
    if (cancelled())
        return Cancellation::error();
    const int major = server.admin->serverVersion() / 10000;
    const QString key = cacheKey(heads, major);
    const QString cacheFile = m_cacheDir + QLatin1Char('/') + key + QStringLiteral(".json");
    QFile cached(cacheFile);
    if (cached.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(cached.readAll());
        Result<SchemaSnapshot> snapshot = SchemaSnapshot::fromJson(doc.object());
        if (snapshot) {
            say(QCoreApplication::translate("strata", "expected schema from the cache (%1)")
                    .arg(key));
            return snapshot;
        }
    }

    const QString name = scratchName();
    const QString quoted = server.admin->quoteIdentifier(name);
    {
        std::shared_ptr<Canceller> canceller = server.admin->canceller();
        const Cancellation::Scope scope =
            Cancellation::interrupt(m_cancellation, [canceller] { canceller->cancel(); });
        STRATA_TRY(server.admin->exec(QStringLiteral("CREATE DATABASE ") + quoted));
    }
    Result<SchemaSnapshot> snapshot = buildOn(withDatabase(server.url, name), heads, options);
    // Always dropped, cancelled or not: FORCE ends the sessions a cancelled run left behind.
    (void)server.admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted));
    if (!snapshot)
        return snapshot;

    // A cache of the schema (private: it describes the database); a failure only costs time.
    if (PrivateFile::makeDir(m_cacheDir))
        (void)PrivateFile::write(cacheFile,
                                 QJsonDocument(snapshot->toJson()).toJson(QJsonDocument::Compact));
    return snapshot;
}

Result<SchemaSnapshot> ExpectedSchema::buildOn(const QString& scratchUrl, const QStringList& heads,
                                               const SnapshotOptions& options) {
    // Each step by its own executor, as `upgrade` runs it: `.sql` and SQL-form `.py` by
    // Strata's runner, Alembic Python through the project's Alembic with the scratch URL.
    ScratchMigrator migrator(m_project, scratchUrl, QStringLiteral("expected"), m_cancellation);
    for (const QString& head : heads) {
        if (cancelled())
            return Cancellation::error();
        say(QCoreApplication::translate("strata",
                                        "applying the revisions up to %1 on a scratch database")
                .arg(head));
        Result<RunSummary> run = migrator.upgrade(head);
        if (!run) {
            Error e = std::move(run).error();
            if (e.code == ErrorCode::Cancelled)
                return e;
            e.message =
                QCoreApplication::translate("strata", "building the expected schema failed: ") +
                e.message;
            return e;
        }
    }
    if (cancelled())
        return Cancellation::error();
    STRATA_TRY_ASSIGN(
        std::unique_ptr<Connection> conn,
        EnvironmentConnector::open(migrator.environment(), ConnectionPurpose::Catalog));
    std::shared_ptr<Canceller> canceller = conn->canceller();
    const Cancellation::Scope scope =
        Cancellation::interrupt(m_cancellation, [canceller] { canceller->cancel(); });
    Result<SchemaSnapshot> snapshot = SnapshotReader::read(*conn, options);
    if (!snapshot && cancelled())
        return Cancellation::error();
    return snapshot;
}

} // namespace strata
