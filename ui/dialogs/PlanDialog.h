#pragma once

#include "common/Async.h"
#include "preflight/PreFlightReport.h"
#include "run/PlannedRun.h"
#include "runner/PythonStepSql.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace strata {

class PreFlightSummary;
class PreFlightView;
class ReadOnlyCodeView;

// The plan of an action, shown before anything runs: the steps in order, the SQL of each
// (highlighted), the version-table changes, warnings (irreversible revision, non-transactional
// revision, checksum changed, dry run), and the pre-flight (PreFlight): per step its lint
// findings, locks, check problems and destructive statements with the target's row and size
// estimates (read off the GUI thread when the dialog opens), the timeouts and backup that
// apply, the environment's last known drift. A broken step disables Run and says why.
//
// A protected environment requires its name to be typed, and when the plan has error-level
// findings, the "I have read the N error findings" box ticked: Run stays disabled until both,
// and accept() refuses (says why) otherwise. Run is the default button: Enter in the name box
// runs when everything is confirmed, and says what is missing when not.
//
// "Export as SQL…" saves the plan's offline SQL (the same as `strata upgrade --sql`, rendered
// off the GUI thread, written atomically); "Copy step SQL" puts the selected step's SQL on the
// clipboard.
//
// Alembic Python steps show the SQL Alembic's offline mode renders for them through the bridge
// (PythonStepSql), rendered off the GUI thread (strata::async) when the dialog opens and
// cancelled when it closes; a step that needs a live connection shows its Python source under
// "SQL known only when run".
class PlanDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    // `checksumChanged`: revisions whose file changed since they were applied there;
    // `executes`: false when the run is a dry run.
    // The pre-flight is gathered here (PreFlight::gather), or given (`preflight`).
    PlanDialog(const PlannedRun& request, const QStringList& checksumChanged, bool executes,
               QWidget* parent = nullptr);
    PlanDialog(const PlannedRun& request, PreFlightReport preflight,
               const QStringList& checksumChanged, bool executes, QWidget* parent = nullptr);

    const PlannedRun& request() const { return m_request; }
    QStringList warnings() const { return m_warnings; }
    bool requiresTypedName() const { return m_request.environment.isProtected; }
    // For tests and scripts: the confirmation field (nullptr when not protected), the error
    // findings' acknowledgement (nullptr unless protected with error findings), the buttons.
    QLineEdit* confirmationEdit() const { return m_confirm; }
    QCheckBox* acknowledgement() const { return m_acknowledge; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* copyButton() const { return m_copy; }
    PreFlightSummary* preFlightSummary() const { return m_summary; }
    PreFlightView* preFlightView() const { return m_preflight; }
    const PreFlightReport& preFlight() const { return m_report; }
    int stepCount() const;
    void selectStep(int index);
    // The SQL shown for the step at `index`.
    QString stepSql(int index) const;
    bool confirmed() const;
    // True while the Python steps are being rendered; pythonSqlReady() when they are.
    bool isRendering() const { return m_rendering; }
    void cancelRendering();
    // True while the target's row estimates are read; estimatesReady() when they are.
    bool isEstimating() const { return m_estimating; }

    // Instead of the file dialog of "Export as SQL…" (tests): returns the path, empty = cancel.
    void setExportPathChooser(std::function<QString()> chooser) {
        m_chooseExportPath = std::move(chooser);
    }
    // Renders the plan's offline SQL off the GUI thread and writes it to `path`;
    // exportFinished() tells how it went.
    void exportSql(const QString& path);
    void copyStepSql();

    // Refuses (stays open, says why) while a protected environment's name is not typed or its
    // error findings are not acknowledged, and while a step is broken.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void pythonSqlReady();
    void estimatesReady();
    void exportFinished(bool ok, const QString& message);

private:
    void showStep(int index);
    void updateRunButton();
    void renderPythonSteps();
    void readEstimates();
    void chooseExport();
    bool isPythonStep(int index) const;
    bool acknowledged() const;
    QString refusal() const;
    QWidget* confirmationBox(const Environment& env);

    PlannedRun m_request;
    PreFlightReport m_report;
    QStringList m_warnings;
    QTreeWidget* m_steps;
    ReadOnlyCodeView* m_sql;
    QLabel* m_rows;
    PreFlightSummary* m_summary;
    PreFlightView* m_preflight;
    QLineEdit* m_confirm = nullptr;
    QCheckBox* m_acknowledge = nullptr;
    QLabel* m_refusal = nullptr;
    QLabel* m_status;
    QPushButton* m_run;
    QPushButton* m_export;
    QPushButton* m_copy;
    PythonStepSql::Entries m_python;
    QString m_pythonError;
    bool m_rendering = false;
    bool m_estimating = false;
    AsyncHandle m_render;
    AsyncHandle m_estimates;
    AsyncHandle m_exporting;
    std::function<QString()> m_chooseExportPath;
};

} // namespace strata
