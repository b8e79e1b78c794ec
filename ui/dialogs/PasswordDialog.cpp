#include "dialogs/PasswordDialog.h"

#include "common/PasswordStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace strata {

PasswordDialog::PasswordDialog(const QString& environment, const QString& displayUrl,
                               const QString& error, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keyring"), this)) {
    setWindowTitle(tr("Password for %1").arg(environment));
    auto* text = new QLabel(
        tr("<b>%1</b> needs a password.<br><code>%2</code><br><i>%3</i>")
            .arg(environment.toHtmlEscaped(), displayUrl.toHtmlEscaped(), error.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember->setEnabled(PasswordStore::keyringAvailable());
    if (!PasswordStore::keyringAvailable())
        m_remember->setToolTip(tr("This build has no keyring support; use ~/.pgpass to keep it."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const {
    return m_password->text();
}

bool PasswordDialog::remember() const {
    return m_remember->isChecked();
}

} // namespace strata
