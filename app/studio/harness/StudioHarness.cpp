#include "StudioHarness.h"

#include "MainWindow.h"
#include "Project.h"
#include "dialogs/PlanDialog.h"
#include "environments/EnvironmentStore.h"
#include "graph/GraphDelegate.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "run/RunController.h"
#include "session/EditorTabs.h"
#include "session/ProjectSession.h"
#include "shell/DockLayout.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace strata {

namespace {

// Runs the event loop until `signal` of `sender` fires or `timeoutMs` passes.
template <typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal, int timeoutMs) {
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path) {
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}

// Peak resident memory of this process in MB (Linux), -1 when unknown.
double peakMemoryMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int StudioHarness::run(const HarnessOptions& options) {
    const std::optional<RunCoordinator::Action> action = options.action;
    if (options.size.isValid())
        m_window.resize(options.size);
    if (!options.project.isEmpty() && !m_window.openProject(options.project))
        return 1;
    EnvironmentStore* store = m_window.session()->store();
    if (store->pendingReads() > 0)
        waitFor(store, &EnvironmentStore::refreshFinished, 15000);
    if (!options.environment.isEmpty())
        m_window.setCurrentEnvironment(options.environment);
    if (!options.revision.isEmpty())
        m_window.findChild<GraphView*>(QStringLiteral("graphView"))
            ->selectRevision(options.revision);
    if (!options.view.isEmpty())
        m_window.showView(options.view);
    if (!options.open.isEmpty()) {
        const auto& project = m_window.session()->project();
        const Revision* revision = project ? project->graph().revision(options.open) : nullptr;
        if (!revision) {
            std::fprintf(stderr, "no revision %s\n", qPrintable(options.open));
            return 1;
        }
        m_window.editorTabs()->openEditor(revision->filePath);
    }
    for (DockLayout::Layout layout : DockLayout::all())
        if (DockLayout::key(layout) == options.layout)
            m_window.dockLayout()->switchTo(layout);
    settle(300);
    if (action) {
        const bool accept = options.accept;
        const QString planShot = options.planScreenshot;
        m_window.runs()->setPlanDialogHook([&](PlanDialog& dialog) {
            if (accept && dialog.confirmationEdit())
                dialog.confirmationEdit()->setText(dialog.request().environment.name);
            if (accept && dialog.acknowledgement()) // the scripted user read the error findings
                dialog.acknowledgement()->setChecked(true);
            dialog.show();
            if (dialog.isEstimating()) // the pre-flight's row estimates, read from the target
                waitFor(&dialog, &PlanDialog::estimatesReady, 15000);
            settle(400);
            if (!planShot.isEmpty())
                save(&dialog, planShot);
            dialog.hide();
            return accept;
        });
        if (m_window.perform(*action)) {
            if (m_window.runs()->isRunning())
                waitFor(m_window.runs()->controller(), &RunController::finished, 120000);
            waitFor(store, &EnvironmentStore::refreshFinished, 15000);
        } else if (!m_window.runs()->lastMessage().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(m_window.runs()->lastMessage()));
        }
        settle(300);
    }
    if (!options.screenshot.isEmpty())
        return save(&m_window, options.screenshot) ? 0 : 1;
    return 0;
}

int StudioHarness::benchmark(const QString& project, const QElapsedTimer& sinceStart) {
    QElapsedTimer open;
    open.start();
    m_window.openProject(project);
    QApplication::processEvents();
    QTableView* table = m_window.findChild<GraphView*>(QStringLiteral("graphView"))->table();
    table->viewport()->repaint();
    const qint64 firstFrame = sinceStart.elapsed();
    const qint64 openMs = open.elapsed();
    QScrollBar* bar = table->verticalScrollBar();
    const qint64 paintedBefore = GraphDelegate::paintedGraphCells();
    QElapsedTimer scroll;
    scroll.start();
    int pages = 0;
    for (int value = 0; value <= bar->maximum(); value += bar->pageStep(), ++pages) {
        bar->setValue(value);
        table->viewport()->repaint();
    }
    const qint64 scrollMs = scroll.elapsed();
    const qint64 painted = GraphDelegate::paintedGraphCells() - paintedBefore;
    std::printf("revisions: %d\n", m_window.session()->graphModel()->rowCount());
    std::printf("first frame: %lld ms after start (open + layout + paint: %lld ms)\n",
                qint64(firstFrame), qint64(openMs));
    std::printf(
        "scrolling: %d pages in %lld ms (%.2f ms per page), %.1f graph cells painted per page\n",
        pages, qint64(scrollMs), pages ? double(scrollMs) / pages : 0.0,
        pages ? double(painted) / pages : 0.0);
    std::printf("peak memory: %.1f MB\n", peakMemoryMb());
    return 0;
}

} // namespace strata
