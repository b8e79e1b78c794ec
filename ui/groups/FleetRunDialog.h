#pragma once

#include "common/Async.h"
#include "config/EnvironmentGroup.h"
#include "fleet/FleetRun.h"
#include "runner/RunRequest.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace strata {

class FleetProgressModel;
class Project;
class ProtectedConfirmation;
class RunConsole;

// A fleet run in the studio: the request on every member of a group, --jobs at a time (with a
// canary and stop-on-error, as on the command line), a table of the databases (status, current
// step, duration) and the run console of the selected one. The run happens off the GUI thread
// (FleetRun through strata::async); its events come back through an inbox the dialog empties on
// a timer, so no worker ever holds a pointer to a widget. Cancel stops the running databases
// (each rolls its revision back) and starts no new one.
class FleetRunDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetRunDialog)

public:
    FleetRunDialog(std::shared_ptr<const Project> project, const EnvironmentGroup& group,
                   QList<Environment> members, RunRequest request, QWidget* parent = nullptr);
    ~FleetRunDialog() override;

    FleetProgressModel* progress() const { return m_progress; }
    QTableView* table() const { return m_table; }
    RunConsole* console() const { return m_console; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QSpinBox* jobs() const { return m_jobs; }
    QSpinBox* canary() const { return m_canary; }
    QCheckBox* stopOnError() const { return m_stopOnError; }
    ProtectedConfirmation* confirmation() const { return m_confirmation; }
    bool isRunning() const { return m_running; }
    bool hasRun() const { return m_finished; }
    QString summary() const;
    // The member whose console is shown.
    void showMember(const QString& member);

public slots:
    void start();
    void cancel();

signals:
    void fleetFinished(bool allOk);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    struct Inbox;
    void drain();
    void finish(const QList<MemberOutcome>& outcomes);
    void updateButtons();

    std::shared_ptr<const Project> m_project;
    EnvironmentGroup m_group;
    QList<Environment> m_members;
    RunRequest m_request;
    std::shared_ptr<Inbox> m_inbox;
    QHash<QString, QList<RunEvent>> m_events; // per member, for its console
    QString m_shown;
    AsyncHandle m_task;
    bool m_running = false;
    bool m_finished = false;
    bool m_closeWhenDone = false;

    QLabel* m_title;
    QSpinBox* m_jobs;
    QSpinBox* m_canary;
    QCheckBox* m_stopOnError;
    ProtectedConfirmation* m_confirmation = nullptr;
    FleetProgressModel* m_progress;
    QTableView* m_table;
    RunConsole* m_console;
    QLabel* m_summary;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QTimer* m_timer;
};

} // namespace strata
