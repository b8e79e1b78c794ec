#pragma once

#include "runner/RunEvent.h"

#include <QPersistentModelIndex>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace strata {

class ReadOnlyCodeView;
class RunLogModel;

// The live log of the runs: one collapsible entry per run (and per "Try it"), the newest
// expanded; under it each step and statement with its wall-clock time, line, duration (live
// while it runs) and status, server notices, and errors with SQLSTATE, detail, hint and the
// failing statement with the error position marked. Double-click (or Enter) on a row with a
// revision and line (an error, a statement) asks to open the revision there. A progress bar,
// Cancel, Clear and Save log; Ctrl+C copies the selected rows as text.
class RunConsole : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunConsole)

public:
    explicit RunConsole(QWidget* parent = nullptr);

    void runStarted(const QString& description, const QString& environment = {});
    void addEvent(const RunEvent& event);
    void runEnded(bool succeeded);
    // A report of lines from elsewhere (the editor's Try it): an entry of its own.
    void showReport(const QString& heading, const QStringList& lines, bool succeeded);
    // The log as plain text, one line per row, every entry (tests, Save log).
    QStringList lines() const;
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* clearButton() const { return m_clear; }
    QProgressBar* progressBar() const { return m_progress; }
    QTreeView* view() const { return m_view; }
    // The statement pane under the log: the current row's statement (a statement row, or the
    // failing statement on an error's rows), highlighted, the error position marked.
    ReadOnlyCodeView* statementView() const { return m_statement; }
    QString shownStatement() const;
    RunLogModel* model() const { return m_model; }
    // Whether the live timer of the running statement ticks.
    bool isTicking() const { return m_tick.isActive(); }
    bool saveLog(const QString& path) const;
    // Asks for a file and saves the log there.
    void saveLogAs();
    // The selected rows as text, one per line, in the order shown (Ctrl+C puts it on the
    // clipboard).
    QString selectedText() const;
    void copySelection() const;
    // Removes every entry but the run under way.
    void clear();

signals:
    void cancelRequested();
    // The user asked for the revision `revisionId` at `line` (1-based, in its file).
    void openRevisionAt(const QString& revisionId, int line);

private:
    void entryAdded(int row);
    void rowsAdded(const QModelIndex& parent, int first, int last);
    void activated(const QModelIndex& index);
    void fitColumns();
    void showStatement(const QModelIndex& index);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* m_status;
    QProgressBar* m_progress;
    QProgressBar* m_statementProgress;
    QPushButton* m_cancel;
    QPushButton* m_clear;
    QPushButton* m_save;
    RunLogModel* m_model;
    QTreeView* m_view;
    QAction* m_copy;
    ReadOnlyCodeView* m_statement;
    QPersistentModelIndex m_statementShown;
    QTimer m_tick;
    int m_stepsDone = 0;
};

} // namespace strata
