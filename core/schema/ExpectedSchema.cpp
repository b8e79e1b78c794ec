#include "ExpectedSchema.h"

#include "db/Connection.h"
#include "revision/RevisionFile.h"
#include "runner/Runner.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
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

} // namespace

ExpectedSchema::ExpectedSchema(const Project& project)
    : m_project(project)
    , m_cacheDir(defaultCacheDir()) {}

void ExpectedSchema::say(const QString& message) const {
    if (m_progress)
        m_progress(message);
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
        Revision copy = rev;
        if (copy.upgrade.checksum.isEmpty())
            RevisionFile::fillChecksums(copy);
        hash.addData(copy.id.toUtf8());
        hash.addData(copy.upgrade.checksum.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

Result<SchemaSnapshot> ExpectedSchema::build(const QStringList& heads,
                                             const SnapshotOptions& options) {
    const ProjectConfig& config = m_project.config();
    QString serverUrl;
    std::unique_ptr<Sandbox> sandbox;
    if (config.hasShadowUrl()) {
        Result<QString> shadow = config.shadowConninfo();
        if (!shadow)
            return shadow.error();
        serverUrl = *shadow;
    } else {
        sandbox = std::make_unique<Sandbox>(m_sandboxDir);
        Result<SandboxStatus> status = sandbox->status();
        if (!status || !status->running) {
            say(QCoreApplication::translate("strata", "starting the sandbox in %1")
                    .arg(sandbox->directory()));
            if (Result<void> started = sandbox->start(); !started)
                return started.error();
        }
        Result<QString> url = sandbox->url();
        if (!url)
            return url.error();
        serverUrl = *url;
    }

    ConnectionOptions admin;
    admin.applicationName = QStringLiteral("strata expected-schema");
    Result<std::unique_ptr<Connection>> server = Connection::open(serverUrl, admin);
    if (!server)
        return server.error();
    const int major = (*server)->serverVersion() / 10000;
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
    const QString quoted = (*server)->quoteIdentifier(name);
    if (Result<QueryResult> created = (*server)->exec(QStringLiteral("CREATE DATABASE ") + quoted);
        !created)
        return created.error();
    // The scratch URL: the server's URL with another database (in a key=value conninfo the
    // last dbname wins).
    QString scratchUrl;
    if (serverUrl.contains(QLatin1String("://"))) {
        QUrl url(serverUrl);
        url.setPath(QLatin1Char('/') + name);
        scratchUrl = url.toString();
    } else {
        scratchUrl = QStringLiteral("%1 dbname=%2").arg(serverUrl, name);
    }
    Result<SchemaSnapshot> snapshot = buildOn(scratchUrl, heads, options);
    (void)(*server)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted));
    if (!snapshot)
        return snapshot;

    QDir().mkpath(m_cacheDir);
    QSaveFile out(cacheFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(snapshot->toJson()).toJson(QJsonDocument::Compact));
        out.commit();
    }
    return snapshot;
}

Result<SchemaSnapshot> ExpectedSchema::buildOn(const QString& scratchUrl, const QStringList& heads,
                                               const SnapshotOptions& options) {
    Environment scratch;
    scratch.name = QStringLiteral("expected");
    scratch.url = scratchUrl;
    Runner runner(m_project, scratch);
    for (const QString& head : heads) {
        say(QCoreApplication::translate("strata",
                                        "applying the revisions up to %1 on a scratch database")
                .arg(head));
        RunRequest request;
        request.kind = RunRequest::Kind::Upgrade;
        request.targets = {head};
        Result<RunSummary> run = runner.run(request);
        if (!run) {
            Error e = run.error();
            e.message =
                QCoreApplication::translate("strata", "building the expected schema failed: ") +
                e.message;
            return e;
        }
    }
    ConnectionOptions connOptions;
    connOptions.applicationName = QStringLiteral("strata expected-schema");
    Result<std::unique_ptr<Connection>> conn = Connection::open(scratchUrl, connOptions);
    if (!conn)
        return conn.error();
    return SnapshotReader::read(**conn, options);
}

} // namespace strata
