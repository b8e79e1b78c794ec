#include "dialogs/ProtectedConfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace strata {

ProtectedConfirmation::ProtectedConfirmation(const QString& environment, QWidget* parent)
    : QWidget(parent)
    , m_environment(environment)
    , m_edit(new QLineEdit(this))
    , m_refusal(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* prompt = new QLabel(
        tr("<b>%1 is protected.</b> Type its name to confirm:").arg(environment.toHtmlEscaped()),
        this);
    prompt->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("protectedConfirm"));
    m_edit->setPlaceholderText(environment);
    m_refusal->setObjectName(QStringLiteral("protectedRefusal"));
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    prompt->setBuddy(m_edit);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_refusal);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (confirmed())
            m_refusal->hide();
        emit changed();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &ProtectedConfirmation::submitted);
}

bool ProtectedConfirmation::confirmed() const {
    return m_edit->text() == m_environment;
}

QString ProtectedConfirmation::reason(const QString& what) const {
    if (confirmed())
        return {};
    if (m_edit->text().isEmpty())
        return tr("Type '%1' to confirm: %2.").arg(m_environment, what);
    return tr("'%1' does not match the environment's name '%2': %3.")
        .arg(m_edit->text(), m_environment, what);
}

void ProtectedConfirmation::refuse(const QString& what) {
    const QString why = reason(what);
    m_refusal->setText(why);
    m_refusal->setVisible(!why.isEmpty());
}

QString ProtectedConfirmation::refusal() const {
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

} // namespace strata
