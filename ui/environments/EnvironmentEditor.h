#pragma once

#include "Result.h"
#include "config/Environment.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace strata {

class ConnectionTest;

// Environments ▸ Add… / Edit…: name, URL, a password kept for the session only (never written
// to strata.toml; a password typed into the URL itself is, with a warning), colour, protected,
// lock and statement timeouts, backup, description. Test Connection tries the values as typed
// off the GUI thread (cancellable). OK hands the environment to `apply` (which writes
// strata.toml); its error is shown in the dialog, which stays open.
class EnvironmentEditor : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentEditor)

public:
    using Apply = std::function<Result<void>(const Environment&, const QString& password)>;

    // `base`: the environment edited, or a new one (its envFilePath and index set); `isNew`:
    // Add rather than Edit; `taken`: the names already used by other environments.
    EnvironmentEditor(const Environment& base, bool isNew, const QStringList& taken,
                      const QString& sessionPassword, Apply apply, QWidget* parent = nullptr);
    ~EnvironmentEditor() override;

    // The environment as typed (no password in it), or the reason it is not valid.
    Result<Environment> environment() const;
    QString sessionPassword() const;
    void setColor(const QString& color); // empty: the palette's default

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* lockTimeoutEdit() const { return m_lockTimeout; }
    QLineEdit* statementTimeoutEdit() const { return m_statementTimeout; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QCheckBox* protectedBox() const { return m_protected; }
    QCheckBox* backupBox() const { return m_backup; }
    QPushButton* testButton() const { return m_test; }
    QString testResult() const;
    QString errorText() const;
    bool isTesting() const;

public slots:
    void accept() override;
    void reject() override;
    // Starts (or cancels, while one runs) a connection test with the values as typed.
    void testConnection();

signals:
    void testFinished(bool ok, const QString& text);

private:
    void updateUrlWarning();
    void showError(const QString& text);

    Environment m_base;
    QStringList m_taken;
    Apply m_apply;
    QString m_color;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_urlWarning;
    QLineEdit* m_password;
    QToolButton* m_colorButton;
    QCheckBox* m_protected;
    QLineEdit* m_lockTimeout;
    QLineEdit* m_statementTimeout;
    QCheckBox* m_backup;
    QLineEdit* m_description;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLabel* m_error;
    ConnectionTest* m_tester;
};

} // namespace strata
