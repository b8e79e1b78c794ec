#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QDialogButtonBox;

namespace strata {

class RevisionGraph;

// Asks which branch to step down when an environment has several heads: one row per head
// with its branch labels and message. The chosen head is stepped down with `head@-1`.
class BranchChoiceDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BranchChoiceDialog)

public:
    BranchChoiceDialog(const RevisionGraph& graph, const QString& environment,
                       const QStringList& heads, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // The head chosen (the current row), empty when none.
    QString chosenHead() const;
    // Chooses `head`'s row; false when it is not listed.
    bool choose(const QString& head);

private:
    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace strata
