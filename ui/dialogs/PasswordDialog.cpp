#include "dialogs/PasswordDialog.h"

#include "common/PasswordStore.h"
#include "environments/ElidedLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace strata {

namespace {

// An eye, crossed out when the password is hidden.
QIcon eyeIcon(const QColor& color, bool crossed) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 2.5));
    QPainterPath lid;
    lid.moveTo(3, 16);
    lid.quadTo(16, 2, 29, 16);
    lid.quadTo(16, 30, 3, 16);
    p.drawPath(lid);
    p.setBrush(color);
    p.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (crossed)
        p.drawLine(QPointF(6, 27), QPointF(26, 5));
    return QIcon(pixmap);
}

} // namespace

QAction* PasswordDialog::addRevealAction(QLineEdit* edit) {
    const QColor color = edit->palette().color(QPalette::Text);
    auto* reveal = edit->addAction(eyeIcon(color, true), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealPassword"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the password"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit, reveal, color](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(eyeIcon(color, !shown));
        reveal->setToolTip(shown ? tr("Hide the password") : tr("Show the password"));
    });
    return reveal;
}

PasswordDialog::PasswordDialog(const QString& environment, const QString& displayUrl,
                               const QString& error, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keyring"), this)) {
    setWindowTitle(tr("Password for %1").arg(environment));
    auto* text =
        new QLabel(tr("<b>%1</b> needs a password.").arg(environment.toHtmlEscaped()), this);
    auto* url = new ElidedLabel(ElidedLabel::Mode::Url, this);
    url->setObjectName(QStringLiteral("passwordUrl"));
    url->setFullText(displayUrl, displayUrl);
    QFont mono = url->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    url->setFont(mono);
    auto* why = new QLabel(error, this);
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    QFont italic = why->font();
    italic.setItalic(true);
    why->setFont(italic);
    why->setHidden(error.isEmpty());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_reveal = addRevealAction(m_password);
    m_remember->setEnabled(PasswordStore::keyringAvailable());
    if (!PasswordStore::keyringAvailable())
        m_remember->setToolTip(tr("This build has no keyring support; use ~/.pgpass to keep it."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(url);
    layout->addWidget(why);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    resize(480, sizeHint().height());
}

QString PasswordDialog::password() const {
    return m_password->text();
}

bool PasswordDialog::remember() const {
    return m_remember->isChecked();
}

} // namespace strata
