#include "run/RunEventRows.h"

#include "common/ReadOnlyCodeView.h"
#include "history/HistoryFormat.h"

namespace strata {

namespace {

// What the server said, without the runner's "upgrade of revision X failed: " before it (the
// row names the revision already).
QString serverMessage(const Error& err) {
    const qsizetype at = err.revision.isEmpty() ? -1 : err.message.indexOf(err.revision);
    const qsizetype colon = at < 0 ? -1 : err.message.indexOf(QLatin1String(": "), at);
    return colon < 0 ? err.message : err.message.mid(colon + 2);
}

} // namespace

QString RunEventRows::seconds(qint64 ms) {
    return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(ms / 1000.0, 0, 'f', 2);
}

RunEntryChange RunEventRows::apply(RunEntry& entry, const RunEvent& e) {
    RunEntryChange change;
    RunLine line;
    line.at = entry.started.addMSecs(e.elapsedMs);
    line.startMs = e.elapsedMs;
    line.revision = e.revision;
    const auto message = [&](const QString& text, RunLine::Tone tone, bool bold = false) {
        line.kind = RunLine::Kind::Message;
        line.text = text;
        line.tone = tone;
        line.bold = bold;
        change.added.push_back(line);
    };
    switch (e.kind) {
    case RunEvent::Kind::RunStarted:
        entry.stepCount = e.stepCount;
        if (entry.environment.isEmpty())
            entry.environment = e.environment;
        if (entry.action.isEmpty())
            entry.action = e.message;
        message(e.message, RunLine::Tone::Normal, true);
        change.header = true;
        break;
    case RunEvent::Kind::LockWaiting:
        message(tr("waiting for the migration lock: %1").arg(e.message), RunLine::Tone::Warning);
        break;
    case RunEvent::Kind::LockAcquired:
        message(tr("migration lock acquired"), RunLine::Tone::Normal);
        break;
    case RunEvent::Kind::Warning:
        message(tr("warning: %1").arg(e.message), RunLine::Tone::Warning);
        break;
    case RunEvent::Kind::StepStarted:
        if (e.stepCount > 0)
            entry.stepCount = e.stepCount;
        line.kind = RunLine::Kind::Step;
        line.tone = RunLine::Tone::Step;
        line.bold = true;
        line.running = true;
        line.text = tr("%1 %2 (%3/%4)")
                        .arg(HistoryFormat::direction(e.direction), e.revision)
                        .arg(e.stepIndex)
                        .arg(entry.stepCount);
        line.status = tr("running…");
        change.added.push_back(line);
        change.header = true;
        break;
    case RunEvent::Kind::StatementStarted:
        line.kind = RunLine::Kind::Statement;
        line.running = true;
        line.text = e.statement;
        line.line = e.line;
        line.statement = e.statement;
        line.statementLine = e.line;
        line.status = tr("running…");
        change.added.push_back(line);
        break;
    case RunEvent::Kind::StatementFinished:
        statementFinished(entry, e, change);
        break;
    case RunEvent::Kind::Notice: {
        const bool warning = e.severity == QLatin1String("WARNING");
        line.kind = RunLine::Kind::Notice;
        line.tone = warning ? RunLine::Tone::Warning : RunLine::Tone::Notice;
        line.status = e.severity.isEmpty() ? QStringLiteral("NOTICE") : e.severity;
        line.text = line.status + QStringLiteral(": ") + e.message;
        if (const int step = entry.runningStep(); step >= 0 && line.revision.isEmpty())
            line.revision = entry.lines[step].revision;
        QStringList more;
        if (!e.detail.isEmpty())
            more << QStringLiteral("DETAIL: ") + e.detail;
        if (!e.hint.isEmpty())
            more << QStringLiteral("HINT: ") + e.hint;
        line.toolTip = more.join(QLatin1Char('\n'));
        const RunLine notice = line;
        change.added.push_back(line);
        for (const QString& text : more) {
            RunLine detail = notice;
            detail.kind = RunLine::Kind::Detail;
            detail.text = text;
            change.added.push_back(detail);
        }
        break;
    }
    case RunEvent::Kind::Progress:
        break; // the console's progress bar shows it
    case RunEvent::Kind::StepFinished:
        if (const int step = entry.runningStep(); step >= 0) {
            RunLine& s = entry.lines[step];
            s.running = false;
            s.durationMs = e.durationMs;
            s.status = tr("done");
            s.statusTone = RunLine::Tone::Success;
            change.changed.push_back(step);
        }
        ++entry.stepsDone;
        change.header = true;
        break;
    case RunEvent::Kind::RunFinished:
        entry.state = RunEntry::State::Finished;
        entry.totalMs = e.durationMs;
        message(
            tr("run finished: %n step(s) in %1", nullptr, e.stepCount).arg(seconds(e.durationMs)),
            RunLine::Tone::Success, true);
        change.header = true;
        break;
    case RunEvent::Kind::RunFailed:
    case RunEvent::Kind::RunCancelled:
        failed(entry, e, change);
        change.header = true;
        break;
    }
    return change;
}

void RunEventRows::statementFinished(RunEntry& entry, const RunEvent& e, RunEntryChange& change) {
    if (const int s = entry.runningStatement(); s >= 0) {
        RunLine& l = entry.lines[s];
        l.running = false;
        l.durationMs = e.durationMs;
        l.status = e.commandTag;
        change.changed.push_back(s);
        return;
    }
    RunLine line; // a source that reports statements only when they end
    line.kind = RunLine::Kind::Statement;
    line.at = entry.started.addMSecs(std::max<qint64>(0, e.elapsedMs - e.durationMs));
    line.startMs = e.elapsedMs - e.durationMs;
    line.revision = e.revision;
    line.text = e.statement;
    line.line = e.line;
    line.statement = e.statement;
    line.statementLine = e.line;
    line.durationMs = e.durationMs;
    line.status = e.commandTag;
    change.added.push_back(line);
}

void RunEventRows::failed(RunEntry& entry, const RunEvent& e, RunEntryChange& change) {
    const bool cancelled = e.kind == RunEvent::Kind::RunCancelled;
    const Error& err = e.error;
    entry.state = cancelled ? RunEntry::State::Cancelled : RunEntry::State::Failed;
    entry.totalMs = e.elapsedMs;
    QString revision = err.revision.isEmpty() ? e.revision : err.revision;
    const int step = entry.runningStep();
    if (revision.isEmpty() && step >= 0)
        revision = entry.lines[step].revision;
    entry.failedAt = revision;
    entry.failedLine = err.line;
    if (const int s = entry.runningStatement(); s >= 0) {
        RunLine& l = entry.lines[s];
        l.running = false;
        l.durationMs = std::max<qint64>(0, e.elapsedMs - l.startMs);
        l.tone = cancelled ? RunLine::Tone::Warning : RunLine::Tone::Error;
        l.failed = !cancelled;
        l.status = cancelled ? tr("cancelled") : serverMessage(err);
        l.toolTip = err.toString();
        if (!cancelled && (err.statement.isEmpty() || err.statement == l.statement))
            l.errorPosition = err.position;
        if (err.line > 0 && l.revision == revision)
            l.line = err.line; // the failing line inside the statement
        change.changed.push_back(s);
    }
    if (step >= 0) {
        RunLine& s = entry.lines[step];
        s.running = false;
        s.durationMs = std::max<qint64>(0, e.elapsedMs - s.startMs);
        s.status = cancelled ? tr("cancelled") : tr("failed");
        s.statusTone = cancelled ? RunLine::Tone::Warning : RunLine::Tone::Error;
        change.changed.push_back(step);
    }
    RunLine line;
    line.at = entry.started.addMSecs(e.elapsedMs);
    line.startMs = e.elapsedMs;
    line.revision = revision;
    line.line = err.line;
    line.tone = RunLine::Tone::Error;
    line.failed = !cancelled;
    line.kind = RunLine::Kind::Message;
    line.statement = err.statement;
    line.statementLine = ReadOnlyCodeView::firstLineOf(err.statement, err.line, err.position);
    line.errorPosition = err.position;
    line.bold = true;
    // The message first (the file is a row below): it must not be pushed out of view.
    QString message = err.message;
    if (!err.sqlstate.isEmpty())
        message += QStringLiteral(" [SQLSTATE %1]").arg(err.sqlstate);
    line.text = (cancelled ? tr("run cancelled: %1") : tr("run failed: %1")).arg(message);
    change.added.push_back(line);
    const auto detail = [&](const QString& text, bool caret = false) {
        RunLine d = line;
        d.kind = RunLine::Kind::Detail;
        d.bold = caret;
        d.tone = RunLine::Tone::Error;
        d.text = text;
        change.added.push_back(d);
    };
    if (!err.revision.isEmpty())
        detail(tr("revision: %1").arg(err.revision));
    if (!err.file.isEmpty())
        detail(err.line > 0 ? tr("file: %1:%2").arg(err.file).arg(err.line)
                            : tr("file: %1").arg(err.file));
    if (!err.sqlstate.isEmpty())
        detail(tr("SQLSTATE: %1").arg(err.sqlstate));
    if (!err.detail.isEmpty())
        detail(tr("DETAIL: %1").arg(err.detail));
    if (!err.hint.isEmpty())
        detail(tr("HINT: %1").arg(err.hint));
    if (err.statement.isEmpty())
        return;
    detail(err.line > 0 ? tr("statement (line %1):").arg(err.line) : tr("statement:"));
    // The statement, with a caret under the error position.
    int offset = 0;
    for (const QString& text : err.statement.split(QLatin1Char('\n'))) {
        RunLine d = line;
        d.kind = RunLine::Kind::Detail;
        d.bold = false;
        d.tone = RunLine::Tone::Normal;
        d.text = QStringLiteral("  ") + text;
        change.added.push_back(d);
        if (err.position > offset && err.position <= offset + text.size() + 1)
            detail(QStringLiteral("  ") + QString(err.position - offset - 1, QLatin1Char(' ')) +
                       QStringLiteral("^"),
                   true);
        offset += int(text.size()) + 1;
    }
}

} // namespace strata
