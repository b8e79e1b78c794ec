#pragma once

#include "DriftComparison.h"
#include "common/Async.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace strata {

class ReadOnlyCodeView;

// The drift view: choose two environments, or an environment and its expected schema; a tree of
// differences grouped by kind with counts and added / removed / changed marks; the selected
// difference's two definitions side by side with the differing lines highlighted. Comparisons
// run on a worker thread (DriftComparison::compute through strata::async); the GUI never waits
// on the database, and destroying the view cancels a running comparison without waiting.
// "New revision from these differences" (enabled after a comparison with differences) writes
// them as a new revision on the heads (DriftRevision: its upgrade brings B to A, A being the
// environment changed by hand), off the GUI thread, and tells revisionWritten(path).
class DriftView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftView)

public:
    explicit DriftView(QWidget* parent = nullptr);
    ~DriftView() override;

    // A copy of the project is kept for the worker threads.
    void setProject(const Project& project);
    // Starts a comparison of `envA` against `against` (an environment or "expected"; without a
    // shadow_url the expected schema starts the sandbox when needed, on the worker).
    void compare(const QString& envA, const QString& against);
    bool isBusy() const;
    // Writes the last comparison's differences as a new revision with `message`, on a worker
    // thread (a .py one through the project's Python in an Alembic project); captureFinished
    // says how it went, revisionWritten(path) when a file was written. The button asks for the
    // message first.
    void captureRevision(const QString& message);
    bool isCapturing() const { return m_capturing; }
    QPushButton* captureButton() const { return m_capture; }

    // For tests and the main window.
    const DriftComparison& comparison() const { return m_comparison; }
    // The environment and the other side of the last compare() (kept while it runs, and when
    // it failed before reading anything).
    QString comparedA() const { return m_requestA; }
    QString comparedB() const { return m_requestB; }
    QTreeWidget* tree() const { return m_tree; }
    QComboBox* environmentA() const { return m_envA; }
    QComboBox* environmentB() const { return m_envB; }
    QToolButton* swapButton() const { return m_swap; }
    // The choices of the B list: "expected" and every environment but A's.
    QStringList choicesB() const;
    // Swaps A and B (when B is an environment).
    void swap();
    QString statusText() const;
    QString definitionA() const;
    QString definitionB() const;
    // Lines of the shown definitions that are highlighted as different.
    int highlightedLinesA() const { return m_highlightedA; }
    int highlightedLinesB() const { return m_highlightedB; }

Q_SIGNALS:
    void comparisonFinished(int differences, const QString& error);
    void revisionWritten(const QString& path);
    void captureFinished(const QString& path, const QString& error);

private:
    void startFromCombos();
    // Refills the B list without A's environment; keeps B's choice (`wanted` when given),
    // giving B the former A when A took B's environment.
    void fillB(const QString& wanted = QString());
    void updateSwap();
    void askAndCapture();
    void updateCapture();
    void finished(const DriftComparison& comparison);
    void fillTree();
    void showDifference(QTreeWidgetItem* item);
    void setDefinitions(const QString& a, const QString& b);

    Project m_project;
    bool m_hasProject = false;
    QStringList m_names; // the project's environments
    QString m_shownA;    // A's environment when B was last filled
    QComboBox* m_envA = nullptr;
    QComboBox* m_envB = nullptr;
    QToolButton* m_swap = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_capture = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_labelA = nullptr;
    QLabel* m_labelB = nullptr;
    ReadOnlyCodeView* m_textA = nullptr;
    ReadOnlyCodeView* m_textB = nullptr;
    AsyncHandle m_work;
    AsyncHandle m_captureWork;
    bool m_capturing = false;
    bool m_captured = false; // the last comparison's differences are written
    bool m_running = false;  // from compare() until its result is shown
    DriftComparison m_comparison;
    QString m_requestA;
    QString m_requestB;
    int m_highlightedA = 0;
    int m_highlightedB = 0;
};

} // namespace strata
