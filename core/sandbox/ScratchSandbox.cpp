#include "sandbox/ScratchSandbox.h"

#include "sandbox/Sandbox.h"

#include <QDir>

namespace strata {

ScratchSandbox ScratchSandbox::choose(const QString& baseDir, int major) {
    ScratchSandbox choice;
    const Sandbox base(baseDir);
    choice.m_directory = base.directory();
    choice.m_major = base.clusterMajor();
    if (choice.m_major == 0)
        if (auto server = base.server())
            choice.m_major = server->major();
    if (major <= 0 || major == choice.m_major)
        return choice;
    if (auto server = PostgresInstallation::find(major)) {
        choice.m_directory = base.directory() + QStringLiteral("-pg%1").arg(major);
        choice.m_major = major;
        choice.m_server = *server;
        return choice;
    }
    choice.m_exact = false;
    return choice;
}

Result<void> ScratchSandbox::ensureRunning() const {
    Sandbox sandbox(m_directory);
    if (Result<SandboxStatus> status = sandbox.status(); status && status->running)
        return {};
    return sandbox.start(m_server);
}

} // namespace strata
