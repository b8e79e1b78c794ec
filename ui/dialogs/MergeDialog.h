#pragma once

#include "common/Async.h"
#include "config/ProjectConfig.h"
#include "revision/RevisionGraph.h"
#include "revision/RevisionWriter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strata {

class RevisionIdField;

// "Merge heads": the heads as a checkable list (all checked), a message, the id
// (RevisionIdField: the project's naming, editable, validated as in New revision); accepting writes
// a merge revision (parents = the checked heads, empty sections) through RevisionAuthor, as `strata
// merge` does, off the GUI thread: in an Alembic project (setProjectConfig) a `.py` file written by
// the project's Alembic (`alembic merge`). At least two heads must be checked.
class MergeDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)
public:
    MergeDialog(const RevisionGraph& graph, const QString& versionsDir, QWidget* parent = nullptr);

    // The project's configuration: an Alembic project gets `.py` revisions.
    void setProjectConfig(const ProjectConfig& config);
    bool isWriting() const { return m_writing; }

    QStringList checkedHeads() const;
    NewRevision newRevision() const;
    QString validationMessage() const { return m_problem; }
    QString createdPath() const { return m_createdPath; }

    QListWidget* headsList() const { return m_heads; }
    QLineEdit* messageEdit() const { return m_message; }
    QLineEdit* idEdit() const;
    RevisionIdField* idField() const { return m_id; }
    QPushButton* okButton() const;

public slots:
    void accept() override;
    // Not while the file is being written (it would be written all the same).
    void reject() override;

signals:
    void revisionCreated(const QString& filePath);

private:
    void validate();
    void showProblem(const QString& problem);
    void written(const QString& path, const QString& error);

    RevisionGraph m_graph;
    QString m_versionsDir;
    ProjectConfig m_config;
    AsyncHandle m_work;
    bool m_writing = false; // from accept() until written()
    QString m_problem;
    QString m_createdPath;
    QListWidget* m_heads = nullptr;
    QLineEdit* m_message = nullptr;
    RevisionIdField* m_id = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace strata
