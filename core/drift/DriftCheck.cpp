#include "drift/DriftCheck.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "runner/VersionTable.h"
#include "sandbox/Sandbox.h"

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
                                              const SnapshotOptions& options,
                                              std::shared_ptr<Cancellation> cancellation) {
    auto named = [&env, &cancellation](Error e) {
        if (Cancellation::isCancelled(cancellation))
            return Cancellation::error();
        e.message =
            QCoreApplication::translate("strata", "environment '%1': %2").arg(env.name, e.message);
        return e;
    };
    if (Cancellation::isCancelled(cancellation))
        return Cancellation::error();
    // EnvironmentConnector names the environment in its errors already.
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> conn,
                      EnvironmentConnector::open(env, ConnectionPurpose::Catalog));
    std::shared_ptr<Canceller> canceller = conn->canceller();
    const Cancellation::Scope scope =
        Cancellation::interrupt(cancellation, [canceller] { canceller->cancel(); });
    DriftSide side;
    side.label = env.name;
    VersionTable versions(project.config().versionTableSchema(), project.config().versionTable());
    Result<QStringList> heads = versions.readHeads(*conn);
    if (!heads)
        return named(std::move(heads).error());
    side.heads = std::move(*heads);
    Result<SchemaSnapshot> snapshot = SnapshotReader::read(*conn, options);
    if (!snapshot)
        return named(std::move(snapshot).error());
    side.snapshot = std::move(*snapshot);
    return side;
}

namespace {

Result<DriftSide> buildExpected(ExpectedSchema& builder, const QStringList& heads,
                                const SnapshotOptions& options) {
    return builder.build(heads, options).transform([&heads](SchemaSnapshot snapshot) {
        DriftSide side;
        side.label = QStringLiteral("expected");
        side.heads = heads;
        side.snapshot = std::move(snapshot);
        return side;
    });
}

} // namespace

Result<DriftSide> DriftCheck::expected(const Project& project, const QStringList& heads,
                                       const SnapshotOptions& options,
                                       ExpectedSchema::Progress progress,
                                       std::shared_ptr<Cancellation> cancellation) {
    ExpectedSchema builder(project);
    builder.setProgress(std::move(progress));
    builder.setCancellation(std::move(cancellation));
    return buildExpected(builder, heads, options);
}

Result<DriftSide> DriftCheck::expected(const Project& project, const DriftSide& live,
                                       const SnapshotOptions& options,
                                       ExpectedSchema::Progress progress,
                                       std::shared_ptr<Cancellation> cancellation) {
    ExpectedSchema builder(project);
    builder.setProgress(std::move(progress));
    builder.setCancellation(std::move(cancellation));
    builder.setTarget(live.label, live.snapshot.serverVersion() / 10000);
    return buildExpected(builder, live.heads, options);
}

bool DriftCheck::canBuildExpected(const Project& project, const QString& sandboxDir) {
    if (project.config().hasShadowUrl())
        return true;
    return Sandbox(sandboxDir).url().ok();
}

} // namespace strata
