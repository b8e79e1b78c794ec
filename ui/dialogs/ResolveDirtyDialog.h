#pragma once

#include "common/Async.h"
#include "config/Environment.h"
#include "runner/DirtyStateResolver.h"
#include "runner/HistoryTable.h"
#include "session/ResolveJob.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace strata {

class Project;
class ProtectedConfirmation;
class ReadOnlyCodeView;

// Resolves a dirty environment, as `strata resolve` does: shows the failed step (its revision
// and direction, when it started, the failed statement with its line and the error position
// marked, the server's error) and offers the three ways out: Retry (run the failed step again,
// once its cause is fixed), Mark applied (it was finished by hand) and Mark rolled back (it was
// undone by hand). Nothing is chosen at first; Resolve (the default button) stays disabled
// until a choice is made. A protected environment also needs its name typed
// (ProtectedConfirmation): Enter with a wrong name says so and changes nothing.
//
// The resolve runs on a worker (ResolveJob through strata::async; cancelled with Cancel or
// when the dialog goes); the outcome is shown in the dialog and told by resolved().
class ResolveDirtyDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveDirtyDialog)

public:
    // `environment` carries its session password, if any; `dirty` is its dirty history row
    // (EnvironmentStatus::dirty).
    ResolveDirtyDialog(std::shared_ptr<const Project> project, const Environment& environment,
                       const HistoryRow& dirty, QWidget* parent = nullptr);
    ~ResolveDirtyDialog() override;

    const Environment& environment() const { return m_environment; }
    // What the dialog shows (tests).
    QString failedRevision() const;
    QString statementText() const;
    QString errorText() const;
    QString statusText() const;
    QRadioButton* choiceButton(ResolveAction action) const;
    void choose(ResolveAction action);
    QPushButton* resolveButton() const { return m_resolve; }
    ProtectedConfirmation* confirmation() const { return m_confirm; }
    bool isResolving() const { return m_resolving; }
    bool isResolved() const { return m_resolved; }

    // Starts the resolve with the chosen action, when chosen and confirmed; otherwise stays
    // open and says what is missing. The dialog stays open to show the outcome.
    void accept() override;
    // Cancels a running resolve (the lock wait or the statement), or closes.
    void reject() override;

Q_SIGNALS:
    // The resolve ended: `ok` and the outcome in one line (the environment's status changed
    // when ok).
    void resolved(const QString& environment, bool ok, const QString& message);

private:
    std::optional<ResolveAction> chosen() const;
    QString refusal() const;
    void updateButtons();
    void finished(const ResolveOutcome& outcome);
    QWidget* failureBox(const HistoryRow& dirty);

    std::shared_ptr<const Project> m_project;
    Environment m_environment;
    HistoryRow m_dirty;
    QLabel* m_error = nullptr;
    ReadOnlyCodeView* m_statement = nullptr;
    QButtonGroup* m_choices = nullptr;
    ProtectedConfirmation* m_confirm = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_close = nullptr;
    AsyncHandle m_work;
    bool m_resolving = false;
    bool m_resolved = false;
};

} // namespace strata
