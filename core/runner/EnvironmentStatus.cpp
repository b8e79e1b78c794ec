#include "EnvironmentStatus.h"

#include "Project.h"
#include "config/ConnectionUrl.h"
#include "db/Connection.h"
#include "runner/VersionTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

namespace strata {

QJsonObject EnvironmentStatus::toJson() const {
    QJsonObject o;
    o[QStringLiteral("environment")] = environment;
    o[QStringLiteral("url")] = displayUrl;
    o[QStringLiteral("protected")] = isProtected;
    o[QStringLiteral("reachable")] = reachable;
    if (!error.message.isEmpty())
        o[QStringLiteral("error")] = error.toString();
    if (!reachable)
        return o;
    o[QStringLiteral("server_version")] = serverVersion;
    o[QStringLiteral("version_table")] = versionTableExists;
    o[QStringLiteral("heads")] = QJsonArray::fromStringList(heads);
    if (!unknownHeads.isEmpty())
        o[QStringLiteral("unknown_heads")] = QJsonArray::fromStringList(unknownHeads);
    o[QStringLiteral("pending")] = QJsonArray::fromStringList(pending);
    o[QStringLiteral("pending_count")] = int(pending.size());
    if (!planError.isEmpty())
        o[QStringLiteral("plan_error")] = planError;
    o[QStringLiteral("dirty")] = dirty.has_value();
    if (dirty)
        o[QStringLiteral("dirty_step")] = dirty->toJson();
    QJsonArray mismatches;
    for (const ChecksumMismatch& m : checksumMismatches)
        mismatches.append(QJsonObject{{QStringLiteral("revision"), m.revision},
                                      {QStringLiteral("recorded"), m.recorded},
                                      {QStringLiteral("current"), m.current},
                                      {QStringLiteral("file"), m.file}});
    o[QStringLiteral("checksum_mismatches")] = mismatches;
    if (lastRun)
        o[QStringLiteral("last_run")] = lastRun->toJson();
    return o;
}

EnvironmentStatus EnvironmentStatus::read(const Project& project, const Environment& env,
                                          int connectTimeoutSeconds) {
    EnvironmentStatus s;
    s.environment = env.name;
    s.displayUrl = env.displayUrl();
    s.isProtected = env.isProtected;
    Result<QString> conninfo = env.conninfo();
    if (!conninfo) {
        s.error = conninfo.error();
        return s;
    }
    ConnectionOptions options;
    options.environment = env.name;
    options.connectTimeoutSeconds = connectTimeoutSeconds;
    options.statementTimeout = QStringLiteral("30s");
    auto opened = Connection::open(*conninfo, options);
    if (!opened) {
        s.error = opened.error();
        s.error.message =
            ConnectionUrl::redactText(s.error.message, ConnectionUrl::secrets(*conninfo));
        return s;
    }
    Connection& conn = **opened;
    s.reachable = true;
    s.serverVersion = conn.serverVersionText();

    const ProjectConfig& config = project.config();
    VersionTable versions(config.versionTableSchema(), config.versionTable());
    HistoryTable history(config.versionTableSchema(), config.historyTable());
    Result<bool> exists = versions.exists(conn);
    if (!exists) {
        s.error = exists.error();
        return s;
    }
    s.versionTableExists = *exists;
    Result<QStringList> heads = versions.readHeads(conn);
    if (!heads) {
        s.error = heads.error();
        return s;
    }
    s.heads = *heads;
    const RevisionGraph& graph = project.graph();
    for (const QString& h : s.heads)
        if (!graph.contains(h))
            s.unknownHeads << h;
    if (s.unknownHeads.isEmpty()) {
        Result<StepPlan> plan = graph.planUpgrade(QStringLiteral("heads"), s.heads);
        if (plan) {
            for (const PlanStep& step : plan->steps)
                s.pending << step.revision;
        } else {
            s.planError = plan.error().message;
        }
    } else {
        s.planError = QCoreApplication::translate(
                          "strata", "the database is at %1, which this project does not know")
                          .arg(s.unknownHeads.join(QStringLiteral(", ")));
    }

    Result<std::optional<HistoryRow>> dirty = history.dirtyRow(conn);
    if (dirty)
        s.dirty = *dirty;
    Result<QHash<QString, QString>> checksums = history.appliedChecksums(conn);
    if (checksums) {
        for (const Revision& rev : graph.revisions()) {
            auto it = checksums->constFind(rev.id);
            if (it == checksums->constEnd() || rev.upgrade.checksum.isEmpty())
                continue;
            if (*it != rev.upgrade.checksum)
                s.checksumMismatches.append({rev.id, *it, rev.upgrade.checksum, rev.filePath});
        }
    }
    Result<QList<HistoryRow>> last = history.latest(conn, 1);
    if (last && !last->isEmpty())
        s.lastRun = last->constFirst();
    return s;
}

QList<EnvironmentStatus> EnvironmentStatus::readAll(const Project& project,
                                                    int connectTimeoutSeconds) {
    const QList<Environment>& envs = project.config().environments();
    // One thread each: a slow or unreachable server never delays the others (the global pool
    // could be smaller than the number of environments).
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, int(envs.size())));
    QList<EnvironmentStatus> out = QtConcurrent::blockingMapped<QList<EnvironmentStatus>>(
        &pool, envs, [&project, connectTimeoutSeconds](const Environment& env) {
            return read(project, env, connectTimeoutSeconds);
        });
    return out;
}

} // namespace strata
