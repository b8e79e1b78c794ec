#pragma once

#include "session/RunCoordinator.h"

#include <QElapsedTimer>
#include <QSize>
#include <QString>

#include <optional>

namespace strata {

class MainWindow;

// strata-studio-harness: the studio driven from the command line, for screenshots, demos and
// the benchmark (scripts/screenshots, scripts/demo). Not installed.
struct HarnessOptions {
    QString project;
    QString environment;                          // --env
    QString revision;                             // --select
    QString view;                                 // --view
    QString open;                                 // --open: a revision in its editor
    QString layout;                               // --layout: graph, editing, drift
    QSize size;                                   // --size WxH of the window
    std::optional<RunCoordinator::Action> action; // --action
    bool accept = false;                          // --accept
    QString screenshot;                           // --screenshot
    QString planScreenshot;                       // --plan-screenshot
};

class StudioHarness {
public:
    explicit StudioHarness(MainWindow& window)
        : m_window(window) {}

    // Waits for the environments, selects, acts, grabs. The process exit code.
    int run(const HarnessOptions& options);
    // Opens the project, shows the first frame, then scrolls the graph page by page to its
    // end: prints the time to the first frame, the scrolling time, the graph cells painted per
    // page and the peak memory.
    int benchmark(const QString& project, const QElapsedTimer& sinceStart);

private:
    MainWindow& m_window;
};

} // namespace strata
