#include "DriftCheck.h"

#include "db/Connection.h"
#include "runner/VersionTable.h"

#include <QCoreApplication>

namespace strata {

SnapshotOptions DriftCheck::optionsFor(const Project& project) {
    SnapshotOptions options;
    const ProjectConfig& config = project.config();
    options.versionTable = config.versionTableSchema() + QLatin1Char('.') + config.versionTable();
    options.historyTable = config.versionTableSchema() + QLatin1Char('.') + config.historyTable();
    return options;
}

Result<DriftSide> DriftCheck::readEnvironment(const Project& project, const Environment& env,
                                              const SnapshotOptions& options) {
    auto named = [&env](Error e) {
        e.message =
            QCoreApplication::translate("strata", "environment '%1': %2").arg(env.name, e.message);
        return e;
    };
    Result<QString> conninfo = env.conninfo();
    if (!conninfo)
        return conninfo.error();
    ConnectionOptions connOptions;
    connOptions.environment = env.name;
    connOptions.connectTimeoutSeconds = 10;
    Result<std::unique_ptr<Connection>> conn = Connection::open(*conninfo, connOptions);
    if (!conn)
        return named(conn.error());
    DriftSide side;
    side.label = env.name;
    VersionTable versions(project.config().versionTableSchema(), project.config().versionTable());
    Result<QStringList> heads = versions.readHeads(**conn);
    if (!heads)
        return named(heads.error());
    side.heads = *heads;
    Result<SchemaSnapshot> snapshot = SnapshotReader::read(**conn, options);
    if (!snapshot)
        return named(snapshot.error());
    side.snapshot = std::move(*snapshot);
    return side;
}

Result<DriftSide> DriftCheck::expected(const Project& project, const QStringList& heads,
                                       const SnapshotOptions& options,
                                       ExpectedSchema::Progress progress) {
    ExpectedSchema builder(project);
    builder.setProgress(std::move(progress));
    Result<SchemaSnapshot> snapshot = builder.build(heads, options);
    if (!snapshot)
        return snapshot.error();
    DriftSide side;
    side.label = QStringLiteral("expected");
    side.heads = heads;
    side.snapshot = std::move(*snapshot);
    return side;
}

} // namespace strata
