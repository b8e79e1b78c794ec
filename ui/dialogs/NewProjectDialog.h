#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace strata {

// File > New Project: a folder, the format (a new Strata project, or a strata.toml that
// follows the Alembic project already in the folder) and, optionally, the first environment's
// URL. Creating runs what `strata init` / `strata init --alembic` run (ProjectInit); the
// dialog stays open with the error when it fails, and createdToml() names the file written.
class NewProjectDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    explicit NewProjectDialog(const QString& folder = {}, QWidget* parent = nullptr);

    // Writes the project; false (and the error shown) when it cannot.
    bool create();
    QString createdToml() const { return m_created; }
    QString error() const;

    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* urlEdit() const { return m_url; }
    QRadioButton* strataFormat() const { return m_strata; }
    QRadioButton* alembicFormat() const { return m_alembic; }

private:
    void updateHint();

    QLineEdit* m_folder;
    QRadioButton* m_strata;
    QRadioButton* m_alembic;
    QLineEdit* m_url;
    QLabel* m_hint;
    QLabel* m_error;
    QString m_created;
};

} // namespace strata
