#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QProcess;

namespace strata {

// The child process that runs `.py` revisions with the project's own Alembic:
// resources/bridge/strata_alembic_bridge.py under the project's interpreter, once per run,
// commands as JSON lines on its stdin, events as JSON lines on its stdout (see the script's
// docstring). Blocking calls for the runner's thread (no event loop needed); one thread only.
class AlembicBridge {
public:
    struct Options {
        QString python;                              // PythonInterpreter::choose
        QString configFile;                          // alembic.ini
        QString section = QStringLiteral("alembic"); // Alembic's --name
        QString url;      // postgresql://... (no password); empty: offline rendering only
        QString password; // given as PGPASSWORD, never on argv
        QString urlVariable = QStringLiteral("DATABASE_URL");
        QStringList xArguments; // Alembic's -x key=value, for env.py (context.get_x_argument)
        QString tag;            // Alembic's --tag (context.get_tag_argument); empty = none
    };

    AlembicBridge();
    ~AlembicBridge(); // stops the child (quit, then kill)
    AlembicBridge(const AlembicBridge&) = delete;
    AlembicBridge& operator=(const AlembicBridge&) = delete;

    // Where the bridge script is: $STRATA_ALEMBIC_BRIDGE, the share/strata folder beside the
    // binary's prefix, /usr/share/strata, or resources/bridge of a source tree above the binary.
    // Empty when none exists.
    static QString scriptPath();
    // Where another script of resources/bridge is (the same places, by file name; empty when
    // none exists): the one-shot helpers beside the bridge.
    static QString resourcePath(const QString& fileName);

    // Starts the child and waits for its "ready" line (a one-line error with Python's own
    // message otherwise). `cancelled` becoming true stops the wait (and the child):
    // ErrorCode::Cancelled.
    Result<void> start(const Options& options, const std::atomic<bool>* cancelled = nullptr);
    bool isRunning() const;
    Result<void> send(const QJsonObject& command);
    // The next event, waiting at most `timeoutMs`; nullopt when none came in time.
    // ErrorCode::Connection when the child has exited (its exit and last stderr line said).
    Result<std::optional<QJsonObject>> next(int timeoutMs);
    // Asks the child to quit, then terminates / kills it.
    void stop();
    void kill();
    // The last lines the child wrote on stderr (for errors).
    QString stderrTail() const;

private:
    Error exitedError() const;

    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    mutable QByteArray m_stderr;
    QString m_python;
};

} // namespace strata
