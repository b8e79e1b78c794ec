#pragma once

#include <QDialog>

class QAction;
class QCheckBox;
class QLineEdit;

namespace strata {

// Asks for an environment's password (not echoed unless the eye action shows it), with
// "remember in the keyring". The URL is shown on one line, elided in the host's middle, in
// full in its tool tip; it never holds a password (displayUrl is redacted).
class PasswordDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    PasswordDialog(const QString& environment, const QString& displayUrl, const QString& error,
                   QWidget* parent = nullptr);
    QString password() const;
    bool remember() const;
    QAction* revealAction() const { return m_reveal; }

    // Adds a checkable "show password" eye to `edit` (objectName "revealPassword").
    static QAction* addRevealAction(QLineEdit* edit);

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QAction* m_reveal;
};

} // namespace strata
