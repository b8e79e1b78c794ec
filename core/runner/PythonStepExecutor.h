#pragma once

#include "Result.h"
#include "runner/RunEvent.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace strata {

class AlembicBridge;
class HistoryTable;
class RunSession;
class VersionTable;
struct PreparedStep;

// Runs the `.py` steps of a plan through the project's own Alembic (AlembicBridge), on the
// database the RunSession is connected to, while that session holds Strata's advisory lock.
// Alembic writes the version rows itself (in its own transaction, as env.py configures it);
// Strata writes the step's strata_history row on its own session: `running` before the step,
// `succeeded` / `failed` / `cancelled` after it. That row cannot be in the step's own
// transaction (the step runs on the child's connection), so a crash between the two leaves a
// `running` row while the version table already says what Alembic committed.
class PythonStepExecutor {
public:
    using EventSink = std::function<void(RunEvent)>;

    struct Setup {
        QString python;                                       // PythonInterpreter::choose
        QString configFile;                                   // alembic.ini
        QString urlVariable = QStringLiteral("DATABASE_URL"); // [alembic] url_env
    };

    PythonStepExecutor(RunSession& session, const VersionTable& versions,
                       const HistoryTable& history, EventSink sink,
                       const std::atomic<bool>& cancelled);
    ~PythonStepExecutor();
    PythonStepExecutor(const PythonStepExecutor&) = delete;
    PythonStepExecutor& operator=(const PythonStepExecutor&) = delete;

    // Checks the interpreter (once per process) and remembers the setup; the child starts with
    // the first step.
    Result<void> prepare(const Setup& setup);
    void setBackupFile(const QString& file) { m_backupFile = file; }
    // Alembic's -x key=value and --tag of the run (RunRequest), for env.py.
    void setArguments(const QStringList& xArguments, const QString& tag) {
        m_xArguments = xArguments;
        m_tag = tag;
    }
    Result<void> run(const PreparedStep& step, int index, int count);
    // Ends the child (end of the run).
    void finish();

private:
    Result<void> ensureBridge();
    Result<void> exchange(const PreparedStep& step, int index);
    Result<void> checkHeads(const PreparedStep& step);

    RunSession& m_session;
    const VersionTable& m_versions;
    const HistoryTable& m_history;
    EventSink m_sink;
    const std::atomic<bool>& m_cancelled;
    Setup m_setup;
    QString m_backupFile;
    QStringList m_xArguments;
    QString m_tag;
    std::unique_ptr<AlembicBridge> m_bridge;
    qint64 m_serverPid = 0;
    int m_lastIndex = -2; // the plan index of the last step the bridge finished in this run
};

} // namespace strata
