#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace strata {

// Asks for an environment's password (never echoed), with "remember in the keyring".
class PasswordDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    PasswordDialog(const QString& environment, const QString& displayUrl, const QString& error,
                   QWidget* parent = nullptr);
    QString password() const;
    bool remember() const;

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace strata
