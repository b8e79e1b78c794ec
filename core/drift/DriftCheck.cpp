#include "drift/DriftCheck.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "runner/VersionTable.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

#include <optional>
#include <thread>

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

Result<std::pair<DriftSide, DriftSide>>
DriftCheck::readEnvironments(const Project& project, const Environment& a, const Environment& b,
                             const SnapshotOptions& options,
                             std::shared_ptr<Cancellation> cancellation) {
    // One Cancellation per side (a Cancellation holds one interrupt at a time); the caller's
    // cancels both, and a side that fails cancels the other.
    const std::shared_ptr<Cancellation> cancelA = Cancellation::create();
    const std::shared_ptr<Cancellation> cancelB = Cancellation::create();
    const Cancellation::Scope scope = Cancellation::interrupt(cancellation, [cancelA, cancelB] {
        cancelA->cancel();
        cancelB->cancel();
    });
    std::optional<Result<DriftSide>> sideB;
    std::optional<Result<DriftSide>> sideA;
    {
        const std::jthread worker([&] {
            sideB.emplace(readEnvironment(project, b, options, cancelB));
            if (!*sideB)
                cancelA->cancel();
        });
        sideA.emplace(readEnvironment(project, a, options, cancelA));
        if (!*sideA)
            cancelB->cancel();
    } // joins the worker
    if (Cancellation::isCancelled(cancellation))
        return Cancellation::error();
    auto failedFirst = [](const Result<DriftSide>& side) {
        return !side && side.error().code != ErrorCode::Cancelled;
    };
    if (failedFirst(*sideA) || (!*sideA && !failedFirst(*sideB)))
        return std::move(*sideA).error();
    if (!*sideB)
        return std::move(*sideB).error();
    return std::pair<DriftSide, DriftSide>(std::move(**sideA), std::move(**sideB));
}

Result<DriftSide> DriftCheck::expected(const Project& project, const QStringList& heads,
                                       const SnapshotOptions& options,
                                       ExpectedSchema::Progress progress,
                                       std::shared_ptr<Cancellation> cancellation) {
    ExpectedSchema builder(project);
    builder.setProgress(std::move(progress));
    builder.setCancellation(std::move(cancellation));
    return builder.build(heads, options).transform([&heads](SchemaSnapshot snapshot) {
        DriftSide side;
        side.label = QStringLiteral("expected");
        side.heads = heads;
        side.snapshot = std::move(snapshot);
        return side;
    });
}

bool DriftCheck::canBuildExpected(const Project& project, const QString& sandboxDir) {
    if (project.config().hasShadowUrl())
        return true;
    return Sandbox(sandboxDir).url().ok();
}

} // namespace strata
