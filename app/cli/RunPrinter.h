#pragma once

#include "runner/RunEvent.h"

#include <QTextStream>

namespace strata::cli {

// Live output of a run: human lines (each revision, each statement with its line and duration,
// NOTICEs as they arrive, a progress line on a terminal) or, with --json, one JSON object per
// event (RunEvent::toJson). Failures are printed by the command itself on stderr.
class RunPrinter {
public:
    // `terminal`: redraw a progress line in place (default: when stdout is a terminal); off for
    // a log file.
    RunPrinter(QTextStream& out, QTextStream& err, bool json);
    RunPrinter(QTextStream& out, QTextStream& err, bool json, bool terminal);

    void print(const RunEvent& event);

private:
    void line(const QString& text);
    void clearProgress();

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
    bool m_terminal = false;
    bool m_progressShown = false;
};

} // namespace strata::cli
