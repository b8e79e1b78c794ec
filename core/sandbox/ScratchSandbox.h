#pragma once

#include "Result.h"
#include "sandbox/PostgresInstallation.h"

#include <QString>

#include <optional>

namespace strata {

// The sandbox that holds scratch databases (expected schema, verify) for a server of some
// major: the default sandbox when it runs that major (or no major is asked for), else its
// "-pg<major>" sibling on that major's server when one is installed (started when needed,
// reused after), else the default sandbox, saying so.
class ScratchSandbox {
public:
    // `baseDir` empty: Sandbox::defaultDirectory(). `major` 0: the default sandbox.
    static ScratchSandbox choose(const QString& baseDir, int major);

    const QString& directory() const { return m_directory; }
    // The major the scratch server runs (0 when unknown: no server installed at all).
    int major() const { return m_major; }
    // Whether it runs the major asked for.
    bool exact() const { return m_exact; }
    // Starts the sandbox when it is not running.
    Result<void> ensureRunning() const;

private:
    ScratchSandbox() = default;
    QString m_directory;
    int m_major = 0;
    bool m_exact = true;
    std::optional<PostgresInstallation> m_server; // for a "-pg<major>" sibling
};

} // namespace strata
