#include "environments/DirectStatusSource.h"

#include "Project.h"
#include "db/Connection.h"

#include <QCoreApplication>

namespace strata {

EnvironmentState stateFromConfig(const Environment& environment) {
    EnvironmentState state;
    state.name = environment.name;
    state.color = environment.color.isEmpty() ? Environment::defaultColor(environment.index)
                                              : environment.color;
    state.displayUrl = environment.displayUrl();
    state.isProtected = environment.isProtected;
    return state;
}

DirectStatusSource::DirectStatusSource(int connectTimeoutSeconds)
    : m_connectTimeoutSeconds(connectTimeoutSeconds) {}

namespace {

QString tr(const char* text) { return QCoreApplication::translate("strata::DirectStatusSource", text); }

// The value of the first column among `names` that the result has, empty otherwise.
QString field(const QueryResult& result, int row, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const int column = result.columnIndex(QString::fromLatin1(name));
        if (column >= 0 && !result.isNull(row, column))
            return result.value(row, column);
    }
    return {};
}

} // namespace

EnvironmentState DirectStatusSource::read(const Project& project,
                                          const Environment& environment) const {
    EnvironmentState state = stateFromConfig(environment);
    state.loaded = true;
    const Result<QString> conninfo = environment.conninfo();
    if (!conninfo) {
        state.error = conninfo.error().message;
        return state;
    }
    ConnectionOptions options;
    options.environment = environment.name;
    options.connectTimeoutSeconds = m_connectTimeoutSeconds;
    auto opened = Connection::open(conninfo.value(), options);
    if (!opened) {
        state.error = opened.error().message;
        return state;
    }
    Connection& conn = *opened.value();
    state.reachable = true;
    state.serverVersion = conn.serverVersionText().section(QLatin1Char(' '), 0, 0);

    const ProjectConfig& config = project.config();
    const QString versionTable = conn.quoteIdentifier(config.versionTableSchema()) +
        QLatin1Char('.') + conn.quoteIdentifier(config.versionTable());
    const QString historyTable = conn.quoteIdentifier(config.versionTableSchema()) +
        QLatin1Char('.') + conn.quoteIdentifier(config.historyTable());
    auto exists = [&conn](const QString& qualified) {
        auto r = conn.execParams(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {qualified});
        return r && r->scalar() == QLatin1String("t");
    };

    state.versionTableExists = exists(versionTable);
    if (state.versionTableExists) {
        auto rows = conn.exec(QStringLiteral("SELECT version_num FROM %1 ORDER BY 1").arg(versionTable));
        if (!rows) {
            state.error = rows.error().message;
            return state;
        }
        for (int i = 0; i < rows->rowCount(); ++i) {
            const QString head = rows->value(i, 0);
            state.heads << head;
            if (!project.graph().contains(head))
                state.unknownHeads << head;
        }
    }
    if (state.unknownHeads.isEmpty()) {
        auto plan = project.graph().planUpgrade(QStringLiteral("heads"), state.heads);
        if (plan)
            state.pending = plan->revisions();
        else
            state.planError = plan.error().message;
    } else {
        state.planError = tr("unknown revision in the version table: %1")
                              .arg(state.unknownHeads.join(QLatin1String(", ")));
    }

    if (exists(historyTable)) {
        auto rows = conn.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1 DESC LIMIT 1000").arg(historyTable));
        if (rows) {
            for (int c = 0; c < rows->columnCount(); ++c)
                state.historyColumns << rows->columnName(c);
            for (int r = 0; r < rows->rowCount(); ++r)
                state.historyRows << rows->row(r);
            if (rows->rowCount() > 0) {
                const QString who = field(*rows, 0, {"os_user", "db_user", "database_user"});
                state.lastRun = tr("%1 %2 %3, %4")
                                    .arg(field(*rows, 0, {"direction"}), field(*rows, 0, {"revision"}),
                                         field(*rows, 0, {"status"}),
                                         field(*rows, 0, {"started_at"}).left(19));
                if (!who.isEmpty())
                    state.lastRun += tr(" by %1").arg(who);
            }
        }
    }
    return state;
}

} // namespace strata
