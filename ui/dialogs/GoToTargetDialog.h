#pragma once

#include "Result.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strata {

class RevisionGraph;

// "Go to…": a target in the whole grammar `strata upgrade/downgrade/stamp` take (label@-1, +2,
// -1, rev@head, base, heads, a partial id), resolved through Planner as you type against the
// environment's heads: the steps (up or down) or the resolver's one-line error; OK (enabled only
// for a plan with steps) hands the request to the usual plan dialog.
class GoToTargetDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToTargetDialog)

public:
    enum class Direction { Automatic, Upgrade, Downgrade, Stamp };

    GoToTargetDialog(const RevisionGraph& graph, const QString& environment,
                     const QStringList& heads, QWidget* parent = nullptr);

    QLineEdit* targetEdit() const { return m_target; }
    QComboBox* directionBox() const { return m_direction; }
    QPushButton* okButton() const;
    // The preview's first line: "Downgrade prod: 2 steps" or the resolver's error.
    QString summary() const;
    // The previewed steps, one line each ("downgrade n3", "upgrade a2").
    QStringList stepLines() const;
    bool hasPlan() const { return m_kind.has_value(); }
    // The request OK stands for (valid when hasPlan()).
    RunRequest::Kind kind() const { return m_kind.value_or(RunRequest::Kind::Upgrade); }
    QString target() const;

    // The plan of `target` from `heads`: `direction` Automatic tries upgrade, then downgrade
    // (downgrade first for -N, label@-N, base), the first with steps wins; otherwise the error
    // of the direction tried first (or an empty plan: nothing to do).
    struct Resolved {
        RunRequest::Kind kind = RunRequest::Kind::Upgrade;
        Result<StepPlan> plan;
    };
    static Resolved resolve(const RevisionGraph& graph, const QStringList& heads,
                            const QString& target, Direction direction);

private:
    void preview();

    const RevisionGraph& m_graph;
    QString m_environment;
    QStringList m_heads;
    QLineEdit* m_target;
    QComboBox* m_direction;
    QLabel* m_summary;
    QListWidget* m_steps;
    QDialogButtonBox* m_buttons;
    std::optional<RunRequest::Kind> m_kind;
};

} // namespace strata
