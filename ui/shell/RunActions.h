#pragma once

#include "session/RunCoordinator.h"

#include <QObject>

class QAction;

namespace strata {

// The actions that run something on an environment (upgrade / downgrade / stamp to the selected
// revision, upgrade to heads, down one step, go to a typed target), cancel and refresh: their
// shortcuts, icons, texts and tooltips naming the current environment ("Upgrade prod to here",
// tooltip "Upgrade prod to heads (Ctrl+Shift+U)"), enabled only when they can run.
class RunActions : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunActions)

public:
    explicit RunActions(QObject* parent);

    QAction* action(RunCoordinator::Action action) const;
    QAction* cancelRun() const { return m_cancelRun; }
    QAction* refresh() const { return m_refresh; }
    // Enables what can run (an environment chosen, a revision selected, no run under way) and
    // names `environment` in the texts.
    void update(const QString& environment, bool haveRevision, bool idle);

signals:
    void triggered(strata::RunCoordinator::Action action);

private:
    QAction* make(const char* icon, const QKeySequence& shortcut, RunCoordinator::Action action);

    QAction* m_upgradeHere;
    QAction* m_downgradeHere;
    QAction* m_stampHere;
    QAction* m_upgradeHeads;
    QAction* m_downgradeOne;
    QAction* m_goToTarget;
    QAction* m_cancelRun;
    QAction* m_refresh;
};

} // namespace strata
