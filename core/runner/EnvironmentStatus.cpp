#include "EnvironmentStatus.h"

#include "Project.h"
#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "runner/VersionTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

namespace strata {

namespace {

// The history table's parts: each one that cannot be read is Unknown with its error.
void readHistory(Connection& conn, const HistoryTable& history, int historyLimit,
                 EnvironmentStatus& s) {
    Result<std::optional<HistoryRow>> dirty = history.dirtyRow(conn);
    if (dirty)
        s.dirty = *dirty;
    else
        s.dirtyError = dirty.error();

    Result<QHash<QString, QString>> checksums = history.appliedChecksums(conn);
    if (checksums)
        s.appliedChecksums = std::move(checksums).value();
    else
        s.checksumError = checksums.error();

    Result<QList<HistoryRow>> rows = history.latest(conn, qMax(1, historyLimit));
    if (!rows) {
        s.historyError = rows.error();
        return;
    }
    if (!rows->isEmpty())
        s.lastRun = rows->constFirst();
    if (historyLimit > 0)
        s.history = std::move(rows).value();
}

} // namespace

void EnvironmentStatus::compareWith(const Project& project) {
    const RevisionGraph& graph = project.graph();
    unknownHeads.clear();
    pending.clear();
    planError.clear();
    checksumMismatches.clear();
    if (!checksumError) {
        for (const Revision& rev : graph.revisions()) {
            auto it = appliedChecksums.constFind(rev.id);
            if (it == appliedChecksums.constEnd() || rev.upgrade.checksum.isEmpty())
                continue;
            if (*it != rev.upgrade.checksum)
                checksumMismatches.append({rev.id, *it, rev.upgrade.checksum, rev.filePath});
        }
    }
    for (const QString& h : heads)
        if (!graph.contains(h))
            unknownHeads << h;
    if (!unknownHeads.isEmpty()) {
        planError = QCoreApplication::translate(
                        "strata", "the database is at %1, which this project does not know")
                        .arg(unknownHeads.join(QStringLiteral(", ")));
        return;
    }
    Result<StepPlan> plan = graph.planUpgrade(QStringLiteral("heads"), heads);
    if (!plan) {
        planError = plan.error().message;
        return;
    }
    for (const PlanStep& step : plan->steps)
        pending << step.revision;
}

QSet<QString> EnvironmentStatus::appliedSet(const RevisionGraph& graph) const {
    QSet<QString> applied;
    QStringList stack = heads;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (applied.contains(id))
            continue;
        const Revision* revision = graph.revision(id);
        if (!revision)
            continue;
        applied.insert(id);
        stack += revision->parents;
        stack += graph.resolvedDependencies(id);
    }
    return applied;
}

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
    // Unknown is null (with the reason), never false.
    o[QStringLiteral("dirty")] = dirtyError ? QJsonValue() : QJsonValue(dirty.has_value());
    if (dirtyError)
        o[QStringLiteral("dirty_error")] = dirtyError->toString();
    if (dirty)
        o[QStringLiteral("dirty_step")] = dirty->toJson();
    QJsonArray mismatches;
    for (const ChecksumMismatch& m : checksumMismatches)
        mismatches.append(QJsonObject{{QStringLiteral("revision"), m.revision},
                                      {QStringLiteral("recorded"), m.recorded},
                                      {QStringLiteral("current"), m.current},
                                      {QStringLiteral("file"), m.file}});
    o[QStringLiteral("checksum_mismatches")] =
        checksumError ? QJsonValue() : QJsonValue(mismatches);
    if (checksumError)
        o[QStringLiteral("checksum_error")] = checksumError->toString();
    if (lastRun)
        o[QStringLiteral("last_run")] = lastRun->toJson();
    return o;
}

EnvironmentStatus EnvironmentStatus::read(const Project& project, const Environment& env,
                                          int connectTimeoutSeconds, int historyLimit) {
    EnvironmentStatus s;
    s.environment = env.name;
    s.displayUrl = env.displayUrl();
    s.isProtected = env.isProtected;
    auto opened = EnvironmentConnector::open(env, ConnectionPurpose::Status, connectTimeoutSeconds);
    if (!opened) {
        s.error = opened.error();
        return s;
    }
    Connection& conn = **opened;
    s.reachable = true;
    s.serverVersion = conn.serverVersionText();

    const ProjectConfig& config = project.config();
    const VersionTable versions(config.versionTableSchema(), config.versionTable());
    const HistoryTable history(config.versionTableSchema(), config.historyTable());
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
    readHistory(conn, history, historyLimit, s);
    s.compareWith(project);
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
