#include "environments/RunnerStatusSource.h"

#include "Project.h"
#include "db/Connection.h"
#include "runner/EnvironmentStatus.h"
#include "runner/HistoryTable.h"

#include <QCoreApplication>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::RunnerStatusSource", text);
}

QString when(const QDateTime& t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString duration(qint64 ms) {
    if (ms < 0)
        return {};
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms)
                     : QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString who(const HistoryRow& row) {
    QString text = row.osUser;
    if (!row.host.isEmpty())
        text += QLatin1Char('@') + row.host;
    if (text.isEmpty())
        text = row.dbUser;
    return text;
}

} // namespace

RunnerStatusSource::RunnerStatusSource(int connectTimeoutSeconds, int historyRows)
    : m_connectTimeoutSeconds(connectTimeoutSeconds)
    , m_historyRows(historyRows) {}

EnvironmentState RunnerStatusSource::read(const Project& project,
                                          const Environment& environment) const {
    const EnvironmentStatus status =
        EnvironmentStatus::read(project, environment, m_connectTimeoutSeconds);
    EnvironmentState state = stateFromConfig(environment);
    state.loaded = true;
    state.displayUrl = status.displayUrl.isEmpty() ? state.displayUrl : status.displayUrl;
    state.reachable = status.reachable;
    state.error = status.error.message;
    state.serverVersion = status.serverVersion.section(QLatin1Char(' '), 0, 0);
    state.versionTableExists = status.versionTableExists;
    state.heads = status.heads;
    state.unknownHeads = status.unknownHeads;
    state.pending = status.pending;
    state.planError = status.planError;
    state.dirty = status.dirty.has_value();
    if (status.dirty)
        state.dirtyText =
            tr("%1 %2 %3 at %4 (resolve it first)")
                .arg(status.dirty->direction, status.dirty->revision,
                     HistoryRow::statusName(status.dirty->status), when(status.dirty->startedAt));
    for (const ChecksumMismatch& m : status.checksumMismatches)
        state.checksumMismatches << m.revision;
    if (status.lastRun) {
        const HistoryRow& r = *status.lastRun;
        state.lastRun = tr("%1 %2 %3, %4 by %5")
                            .arg(HistoryRow::statusName(r.status), r.direction, r.revision,
                                 when(r.startedAt).left(16), who(r));
    }
    if (!status.reachable)
        return state;

    // The history rows, on a connection of our own (read-only).
    const Result<QString> conninfo = environment.conninfo();
    if (!conninfo)
        return state;
    ConnectionOptions options;
    options.environment = environment.name;
    options.connectTimeoutSeconds = m_connectTimeoutSeconds;
    auto conn = Connection::open(conninfo.value(), options);
    if (!conn)
        return state;
    const HistoryTable table(project.config().versionTableSchema(),
                             project.config().historyTable());
    auto rows = table.latest(*conn.value(), m_historyRows);
    if (!rows) {
        state.error = rows.error().message;
        return state;
    }
    state.historyColumns = {
        QStringLiteral("id"),      QStringLiteral("revision"),   QStringLiteral("direction"),
        QStringLiteral("status"),  QStringLiteral("started_at"), QStringLiteral("duration"),
        QStringLiteral("os_user"), QStringLiteral("db_user"),    QStringLiteral("error")};
    for (const HistoryRow& r : rows.value()) {
        QString error = r.errorMessage;
        if (!r.errorSqlstate.isEmpty())
            error += QStringLiteral(" [%1]").arg(r.errorSqlstate);
        if (!r.resolution.isEmpty())
            error += QStringLiteral(" (resolved: %1)").arg(r.resolution);
        state.historyRows << QStringList{QString::number(r.id),
                                         r.revision,
                                         r.direction,
                                         HistoryRow::statusName(r.status),
                                         when(r.startedAt),
                                         duration(r.durationMs),
                                         who(r),
                                         r.dbUser,
                                         error};
    }
    return state;
}

} // namespace strata
