#pragma once

// The parts of the studio's main window the GUI tests look at, found by their object names
// (MainWindow exposes its coordinators, not every widget). Header-only: strata_ui is linked by
// the GUI tests, not by the support library.
#include "MainWindow.h"
#include "common/ProblemsPanel.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/MatrixModel.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "run/RunConsole.h"
#include "run/RunController.h"
#include "session/ProjectSession.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

namespace strata::test {

template <typename T>
T* part(const MainWindow& window, const char* objectName) {
    T* found = window.findChild<T*>(QLatin1String(objectName));
    if (!found)
        qFatal("the main window has no %s", objectName);
    return found;
}

inline GraphView* graphView(const MainWindow& w) {
    return part<GraphView>(w, "graphView");
}
inline GraphModel* graphModel(const MainWindow& w) {
    return w.session()->graphModel();
}
inline EnvironmentStore* store(const MainWindow& w) {
    return w.session()->store();
}
inline EnvironmentsPanel* environmentsPanel(const MainWindow& w) {
    return part<EnvironmentsPanel>(w, "environmentsPanel");
}
inline RevisionInspector* inspector(const MainWindow& w) {
    return part<RevisionInspector>(w, "inspector");
}
inline HistoryView* historyView(const MainWindow& w) {
    return part<HistoryView>(w, "historyView");
}
inline ProblemsPanel* problemsPanel(const MainWindow& w) {
    return part<ProblemsPanel>(w, "problemsPanel");
}
inline RunConsole* console(const MainWindow& w) {
    return w.runs()->console();
}
inline QTabWidget* centralTabs(const MainWindow& w) {
    return part<QTabWidget>(w, "centralTabs");
}
inline MatrixModel* matrixModel(const MainWindow& w) {
    return qobject_cast<MatrixModel*>(part<QTableView>(w, "matrixView")->model());
}

// Waits until the environments' reads are over (true), or `timeoutMs` passes.
inline bool waitForRefresh(const MainWindow& window, int timeoutMs = 20000) {
    EnvironmentStore* s = store(window);
    if (s->pendingReads() == 0)
        return true;
    QSignalSpy spy(s, &EnvironmentStore::refreshFinished);
    return spy.wait(timeoutMs) || s->pendingReads() == 0;
}

} // namespace strata::test
