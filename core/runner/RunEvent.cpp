#include "RunEvent.h"

namespace strata {

QString RunEvent::kindName(Kind kind) {
    switch (kind) {
    case Kind::RunStarted:
        return QStringLiteral("run_started");
    case Kind::LockWaiting:
        return QStringLiteral("lock_waiting");
    case Kind::LockAcquired:
        return QStringLiteral("lock_acquired");
    case Kind::Warning:
        return QStringLiteral("warning");
    case Kind::StepStarted:
        return QStringLiteral("step_started");
    case Kind::StatementStarted:
        return QStringLiteral("statement_started");
    case Kind::StatementFinished:
        return QStringLiteral("statement_finished");
    case Kind::Notice:
        return QStringLiteral("notice");
    case Kind::Progress:
        return QStringLiteral("progress");
    case Kind::StepFinished:
        return QStringLiteral("step_finished");
    case Kind::RunFinished:
        return QStringLiteral("run_finished");
    case Kind::RunFailed:
        return QStringLiteral("run_failed");
    case Kind::RunCancelled:
        return QStringLiteral("run_cancelled");
    }
    return QStringLiteral("unknown");
}

QJsonObject RunEvent::toJson() const {
    QJsonObject o;
    o[QStringLiteral("event")] = kindName(kind);
    o[QStringLiteral("elapsed_ms")] = elapsedMs;
    auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o[QLatin1String(key)] = value;
    };
    put("environment", environment);
    put("revision", revision);
    put("direction", direction);
    if (stepIndex > 0)
        o[QStringLiteral("step")] = stepIndex;
    if (stepCount > 0)
        o[QStringLiteral("steps")] = stepCount;
    put("statement", statement);
    if (line > 0)
        o[QStringLiteral("line")] = line;
    if (kind == Kind::StatementFinished || kind == Kind::StepFinished || kind == Kind::RunFinished)
        o[QStringLiteral("duration_ms")] = durationMs;
    put("command_tag", commandTag);
    if (rows >= 0)
        o[QStringLiteral("rows")] = rows;
    put("severity", severity);
    put("message", message);
    put("detail", detail);
    put("hint", hint);
    if (progress >= 0)
        o[QStringLiteral("progress")] = progress;
    if (kind == Kind::RunFailed || kind == Kind::RunCancelled) {
        QJsonObject e;
        e[QStringLiteral("message")] = error.message;
        auto putE = [&e](const char* key, const QString& value) {
            if (!value.isEmpty())
                e[QLatin1String(key)] = value;
        };
        putE("sqlstate", error.sqlstate);
        putE("detail", error.detail);
        putE("hint", error.hint);
        putE("statement", error.statement);
        putE("file", error.file);
        putE("revision", error.revision);
        if (error.line > 0)
            e[QStringLiteral("line")] = error.line;
        if (error.position > 0)
            e[QStringLiteral("position")] = error.position;
        o[QStringLiteral("error")] = e;
    }
    return o;
}

} // namespace strata
