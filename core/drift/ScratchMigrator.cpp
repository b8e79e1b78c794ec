#include "drift/ScratchMigrator.h"

#include "Project.h"
#include "runner/Runner.h"

namespace strata {

ScratchMigrator::ScratchMigrator(const Project& project, const QString& scratchUrl,
                                 const QString& name, std::shared_ptr<Cancellation> cancellation)
    : m_cancellation(std::move(cancellation)) {
    m_environment.name = name;
    m_environment.url = scratchUrl;
    m_runner = std::make_unique<Runner>(project, m_environment);
}

ScratchMigrator::~ScratchMigrator() = default;

void ScratchMigrator::setEventHandler(EventHandler handler) {
    m_runner->setEventHandler(std::move(handler));
}

Result<RunSummary> ScratchMigrator::upgrade(const QString& target) {
    return run(RunRequest::Kind::Upgrade, target);
}

Result<RunSummary> ScratchMigrator::downgrade(const QString& target) {
    return run(RunRequest::Kind::Downgrade, target);
}

Result<RunSummary> ScratchMigrator::run(RunRequest::Kind kind, const QString& target) {
    if (Cancellation::isCancelled(m_cancellation))
        return Cancellation::error();
    RunRequest request;
    request.kind = kind;
    request.targets = {target};
    Runner& runner = *m_runner;
    Result<RunSummary> done = [&] {
        const Cancellation::Scope scope =
            Cancellation::interrupt(m_cancellation, [&runner] { runner.cancel(); });
        return runner.run(request);
    }();
    if (!done && Cancellation::isCancelled(m_cancellation))
        return Cancellation::error();
    return done;
}

} // namespace strata
