#pragma once

#include "common/Async.h"
#include "config/ProjectConfig.h"
#include "revision/RevisionGraph.h"
#include "revision/RevisionWriter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace strata {
class RevisionIdField;
}

namespace strata {

// "New revision": message, id (RevisionIdField: by the project's naming like `strata revision`,
// following the message until edited; validated while typing: 1-32 characters of [A-Za-z0-9_],
// not an existing revision or file), parents
// (preselected: the given revision, else the single head), branch label, depends on,
// transactional. OK stays disabled while anything is wrong, with the reason shown. Accepting
// writes the file through RevisionAuthor (the same code as `strata revision`), off the GUI
// thread: in an Alembic project (setProjectConfig) a `.py` file rendered by the project's own
// Alembic, else a `.sql` file. An error is shown in the dialog and nothing is written.
class NewRevisionDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRevisionDialog)
public:
    // `afterRevision`: preselected parent ("New revision after this"); empty = the single head.
    NewRevisionDialog(const RevisionGraph& graph, const QString& versionsDir,
                      const QString& afterRevision = {}, QWidget* parent = nullptr);

    // The project's configuration: an Alembic project gets `.py` revisions (default: none,
    // `.sql` files in versionsDir).
    void setProjectConfig(const ProjectConfig& config);
    // True while the file is being written (Python runs).
    bool isWriting() const { return m_writing; }

    // What would be written now.
    NewRevision newRevision() const;
    // Empty when OK is possible, else why not.
    QString validationMessage() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }
    // The file written by accept() (empty before).
    QString createdPath() const { return m_createdPath; }

    QLineEdit* messageEdit() const { return m_message; }
    QLineEdit* idEdit() const;
    RevisionIdField* idField() const { return m_id; }
    QLineEdit* parentsEdit() const { return m_parents; }
    QLineEdit* branchLabelEdit() const { return m_branchLabel; }
    QLineEdit* dependsOnEdit() const { return m_dependsOn; }
    QCheckBox* transactionalCheck() const { return m_transactional; }
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
    QLabel* m_where = nullptr;
    QString m_problem;
    QString m_createdPath;
    QLineEdit* m_message = nullptr;
    RevisionIdField* m_id = nullptr;
    QLineEdit* m_parents = nullptr;
    QLineEdit* m_branchLabel = nullptr;
    QLineEdit* m_dependsOn = nullptr;
    QCheckBox* m_transactional = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace strata
