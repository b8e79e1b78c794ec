#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QVector>

namespace strata {

// One row under a run in the console: a step, a statement (running or done), a notice, a
// message of the run, or a detail line of an error. Plain data; RunLogModel shows it.
struct RunLine {
    enum class Kind {
        Step,      // "upgrade 0003_x (2/5)": its duration and "done" when it finishes
        Statement, // a statement: line, text, duration (live while running), command tag
        Notice,    // a server notice: severity and message
        Message,   // a message of the run, across the row ("run finished: ...")
        Detail,    // a detail line of an error or a notice, across the row, indented
    };
    enum class Tone { Normal, Step, Notice, Warning, Success, Error };

    Kind kind = Kind::Message;
    Tone tone = Tone::Normal;
    bool bold = false;
    QDateTime at; // wall clock
    QString revision;
    int line = 0;                   // 1-based line in the revision's file (0: unknown)
    QString text;                   // the statement as written, the message, or the detail line
    QString toolTip;                // more than the row shows (notice detail and hint)
    qint64 startMs = 0;             // when it started, since the run started
    qint64 durationMs = -1;         // -1: none (or still running)
    bool running = false;           // a statement or step under way
    bool failed = false;            // the statement (or message) of the run's error
    QString status;                 // command tag, "done", severity, the error's message
    Tone statusTone = Tone::Normal; // the status's own colour (a step done, failed)
    // The SQL the row is about, whole, for the console's statement pane: a statement's text,
    // or the failing statement on the rows of an error (with the error's 1-based position).
    QString statement;
    int statementLine = 0;
    int errorPosition = 0;

    bool spansRow() const { return kind == Kind::Message || kind == Kind::Detail; }
    bool opensRevision() const { return !revision.isEmpty() && line > 0; }
};

// One entry of the console: a run (or a "Try it") with its header facts and its rows.
struct RunEntry {
    enum class Kind { Run, TryIt };
    enum class State { Running, Finished, Failed, Cancelled };

    Kind kind = Kind::Run;
    State state = State::Running;
    QDateTime started;   // wall clock
    QElapsedTimer clock; // since `started` (the live duration of what runs)
    QString action;      // "Upgrade prod to heads", "Try it: 0003_x"
    QString environment;
    int stepsDone = 0;
    int stepCount = 0;
    QString failedAt; // the revision the run failed at
    int failedLine = 0;
    qint64 totalMs = -1;
    QVector<RunLine> lines;

    // Milliseconds since the run started, by the GUI's clock (a live timer's "now").
    qint64 now() const { return clock.isValid() ? clock.elapsed() : 0; }
    // The row of the statement under way (the last one started), or -1.
    int runningStatement() const {
        for (int i = int(lines.size()) - 1; i >= 0; --i)
            if (lines[i].kind == RunLine::Kind::Statement)
                return lines[i].running ? i : -1;
        return -1;
    }
    // The row of the step under way, or -1.
    int runningStep() const {
        for (int i = int(lines.size()) - 1; i >= 0; --i)
            if (lines[i].kind == RunLine::Kind::Step)
                return lines[i].running ? i : -1;
        return -1;
    }
};

} // namespace strata
