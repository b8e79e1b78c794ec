#include "drift/DriftCheck.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "runner/VersionTable.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace strata {

namespace {

// The cancellers of an environment read's connections, for an interrupt from another thread.
class Cancellers {
public:
    void add(std::shared_ptr<Canceller> canceller) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_cancellers.push_back(std::move(canceller));
    }
    void cancelAll() {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const std::shared_ptr<Canceller>& canceller : m_cancellers)
            canceller->cancel();
    }

private:
    std::mutex m_mutex;
    std::vector<std::shared_ptr<Canceller>> m_cancellers;
};

} // namespace

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
    // The snapshot reads half of the catalogs on a second connection (SnapshotOptions::
    // helperConnection): an interrupt cancels the statements of both.
    const auto cancellers = std::make_shared<Cancellers>();
    cancellers->add(conn->canceller());
    const Cancellation::Scope scope =
        Cancellation::interrupt(cancellation, [cancellers] { cancellers->cancelAll(); });
    SnapshotOptions helped = options;
    helped.helperConnection = [&env, cancellers,
                               cancellation]() -> Result<std::unique_ptr<Connection>> {
        STRATA_TRY_ASSIGN(std::unique_ptr<Connection> helper,
                          EnvironmentConnector::open(env, ConnectionPurpose::Catalog));
        cancellers->add(helper->canceller());
        if (Cancellation::isCancelled(cancellation))
            return Cancellation::error();
        return helper;
    };
    DriftSide side;
    side.label = env.name;
    VersionTable versions(project.config().versionTableSchema(), project.config().versionTable());
    Result<QStringList> heads = versions.readHeads(*conn);
    if (!heads)
        return named(std::move(heads).error());
    side.heads = std::move(*heads);
    Result<SchemaSnapshot> snapshot = SnapshotReader::read(*conn, helped);
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

namespace {

// The expected schema for `heads`, on a server of `live`'s major when `live` is given.
Result<DriftSide> expectedFor(const Project& project, const QStringList& heads,
                              const DriftSide* live, const SnapshotOptions& options,
                              ExpectedSchema::Progress progress,
                              std::shared_ptr<Cancellation> cancellation) {
    ExpectedSchema builder(project);
    builder.setProgress(std::move(progress));
    builder.setCancellation(std::move(cancellation));
    if (live)
        builder.setTarget(live->label, live->snapshot.serverVersion() / 10000);
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
    return expectedFor(project, heads, nullptr, options, std::move(progress),
                       std::move(cancellation));
}

Result<DriftSide> DriftCheck::expected(const Project& project, const DriftSide& live,
                                       const SnapshotOptions& options,
                                       ExpectedSchema::Progress progress,
                                       std::shared_ptr<Cancellation> cancellation) {
    return expectedFor(project, live.heads, &live, options, std::move(progress),
                       std::move(cancellation));
}

bool DriftCheck::canBuildExpected(const Project& project, const QString& sandboxDir) {
    if (project.config().hasShadowUrl())
        return true;
    return Sandbox(sandboxDir).url().ok();
}

} // namespace strata
