#pragma once

#include "common/Async.h"
#include "run/PlannedRun.h"
#include "runner/PythonStepSql.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace strata {

class SqlView;

// The plan of an action, shown before anything runs: the steps in order, the SQL of each
// (highlighted), the version-table changes, warnings (irreversible revision, non-transactional
// revision, checksum changed, dry run). A protected environment requires its name to be typed:
// Run stays disabled until it matches, and accept() refuses a wrong name.
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
    PlanDialog(const PlannedRun& request, const QStringList& checksumChanged, bool executes,
               QWidget* parent = nullptr);

    const PlannedRun& request() const { return m_request; }
    QStringList warnings() const { return m_warnings; }
    bool requiresTypedName() const { return m_request.environment.isProtected; }
    // For tests and scripts: the confirmation field (nullptr when not protected), the Run button.
    QLineEdit* confirmationEdit() const { return m_confirm; }
    QPushButton* runButton() const { return m_run; }
    int stepCount() const;
    // The SQL shown for the step at `index`.
    QString stepSql(int index) const;
    bool confirmed() const;
    // True while the Python steps are being rendered; pythonSqlReady() when they are.
    bool isRendering() const { return m_rendering; }
    void cancelRendering();

    // Refuses (stays open, says why) while a protected environment's name is not typed.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void pythonSqlReady();

private:
    void showStep(int index);
    void updateRunButton();
    void renderPythonSteps();
    bool isPythonStep(int index) const;

    PlannedRun m_request;
    QStringList m_warnings;
    QTreeWidget* m_steps;
    SqlView* m_sql;
    QLabel* m_rows;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_refusal = nullptr;
    QPushButton* m_run;
    PythonStepSql::Entries m_python;
    QString m_pythonError;
    bool m_rendering = false;
    AsyncHandle m_render;
};

} // namespace strata
