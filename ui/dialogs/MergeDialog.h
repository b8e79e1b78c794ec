#pragma once

#include "revision/RevisionGraph.h"
#include "revision/RevisionWriter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strata {

// "Merge heads": the heads as a checkable list (all checked), a message; accepting writes a
// merge revision (parents = the checked heads, empty sections) through RevisionWriter::write,
// as `strata merge` does. At least two heads must be checked.
class MergeDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)
public:
    MergeDialog(const RevisionGraph& graph, const QString& versionsDir, QWidget* parent = nullptr);

    QStringList checkedHeads() const;
    NewRevision newRevision() const;
    QString validationMessage() const { return m_problem; }
    QString createdPath() const { return m_createdPath; }

    QListWidget* headsList() const { return m_heads; }
    QLineEdit* messageEdit() const { return m_message; }
    QPushButton* okButton() const;

public slots:
    void accept() override;

signals:
    void revisionCreated(const QString& filePath);

private:
    void validate();
    void showProblem(const QString& problem);

    RevisionGraph m_graph;
    QString m_versionsDir;
    QString m_problem;
    QString m_createdPath;
    QListWidget* m_heads = nullptr;
    QLineEdit* m_message = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace strata
