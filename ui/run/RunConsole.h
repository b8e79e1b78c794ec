#pragma once

#include "runner/RunEvent.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace strata {

// The live log of a run: each revision, each statement with its line and duration, server
// notices as they arrive, errors with SQLSTATE, detail, hint and the failing statement with
// the error position marked; a progress bar, Cancel and Save log.
class RunConsole : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunConsole)

public:
    explicit RunConsole(QWidget* parent = nullptr);

    void runStarted(const QString& description);
    void addEvent(const RunEvent& event);
    void runEnded(bool succeeded);
    // A report of lines from elsewhere (the editor's Try it), under a heading.
    void showReport(const QString& heading, const QStringList& lines, bool succeeded);
    // The log as plain text, one line per entry (tests, Save log).
    QStringList lines() const { return m_lines; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    bool saveLog(const QString& path) const;
    // Asks for a file and saves the log there.
    void saveLogAs();

signals:
    void cancelRequested();

private:
    void append(const QString& text, const QString& lightColor = {}, bool bold = false);

    QLabel* m_status;
    QProgressBar* m_progress;
    QProgressBar* m_statementProgress;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QPlainTextEdit* m_log;
    QStringList m_lines;
    int m_stepsDone = 0;
};

} // namespace strata
