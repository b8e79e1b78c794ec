#include "environments/EnvironmentEditor.h"

#include "config/ConnectionUrl.h"
#include "config/Duration.h"
#include "dialogs/PasswordDialog.h"
#include "environments/ConnectionTest.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata {

namespace {

QIcon swatch(const QColor& color) {
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(Qt::gray);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3);
    return QIcon(pixmap);
}

QString durationText(qint64 ms) {
    return ms == 0 ? QString() : formatDurationMs(ms);
}

} // namespace

EnvironmentEditor::EnvironmentEditor(const Environment& base, bool isNew, const QStringList& taken,
                                     const QString& sessionPassword, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_base(base)
    , m_taken(taken)
    , m_apply(std::move(apply))
    , m_name(new QLineEdit(base.name, this))
    , m_url(new QLineEdit(base.url, this))
    , m_urlWarning(new QLabel(this))
    , m_password(new QLineEdit(sessionPassword, this))
    , m_colorButton(new QToolButton(this))
    , m_protected(new QCheckBox(tr("Protected: runs ask to type its name"), this))
    , m_lockTimeout(new QLineEdit(durationText(base.lockTimeoutMs), this))
    , m_statementTimeout(new QLineEdit(durationText(base.statementTimeoutMs), this))
    , m_backup(new QCheckBox(tr("Back up (pg_dump) before every run"), this))
    , m_description(new QLineEdit(base.description, this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tester(new ConnectionTest(this)) {
    setObjectName(QStringLiteral("environmentEditor"));
    setWindowTitle(isNew ? tr("Add Environment") : tr("Edit Environment %1").arg(base.name));
    m_name->setObjectName(QStringLiteral("environmentName"));
    m_name->setPlaceholderText(tr("staging"));
    m_url->setObjectName(QStringLiteral("environmentUrl"));
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/db, service=name or ${VAR}"));
    m_url->setMinimumWidth(380);
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_urlWarning->hide();
    m_password->setObjectName(QStringLiteral("environmentPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept for this session only, never written"));
    PasswordDialog::addRevealAction(m_password);
    m_colorButton->setObjectName(QStringLiteral("environmentColor"));
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* defaultColor = new QToolButton(this);
    defaultColor->setText(tr("Use the default"));
    m_protected->setChecked(base.isProtected);
    m_backup->setChecked(base.backup);
    for (QLineEdit* e : {m_lockTimeout, m_statementTimeout})
        e->setPlaceholderText(tr("none (e.g. 5s, 2min)"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setText(tr("Cancel &Test"));
    const int cancelWidth = m_test->sizeHint().width();
    m_test->setText(tr("&Test Connection"));
    m_test->setMinimumWidth(std::max(cancelWidth, m_test->sizeHint().width()));
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("environmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    setColor(isNew ? QString() : base.color);

    auto* colorRow = new QHBoxLayout;
    colorRow->addWidget(m_colorButton);
    colorRow->addWidget(defaultColor);
    colorRow->addStretch(1);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_urlWarning);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Colour:"), colorRow); // a layout has no buddy: no mnemonic
    form->addRow(QString(), m_protected);
    form->addRow(tr("&Lock timeout:"), m_lockTimeout);
    form->addRow(tr("&Statement timeout:"), m_statementTimeout);
    form->addRow(QString(), m_backup);
    form->addRow(tr("&Description:"), m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("&Add") : tr("&Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentEditor::reject);
    connect(m_url, &QLineEdit::textChanged, this, &EnvironmentEditor::updateUrlWarning);
    connect(m_test, &QPushButton::clicked, this, &EnvironmentEditor::testConnection);
    connect(m_colorButton, &QToolButton::clicked, this, [this] {
        const QColor picked = QColorDialog::getColor(
            QColor(m_color.isEmpty() ? Environment::defaultColor(m_base.index) : m_color), this,
            tr("Colour of the environment"));
        if (picked.isValid())
            setColor(picked.name());
    });
    connect(defaultColor, &QToolButton::clicked, this, [this] { setColor(QString()); });
    connect(m_tester, &ConnectionTest::finished, this, [this](bool ok, const QString& text) {
        m_test->setText(tr("&Test Connection"));
        m_testResult->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;")
                                       : QStringLiteral("color: #c62828;"));
        m_testResult->setText(ok ? tr("Connected: %1").arg(text) : text);
        emit testFinished(ok, text);
    });
    updateUrlWarning();
    m_url->setCursorPosition(0); // the scheme and the user first
}

EnvironmentEditor::~EnvironmentEditor() = default;

void EnvironmentEditor::setColor(const QString& color) {
    m_color = color;
    const QString shown = color.isEmpty() ? Environment::defaultColor(m_base.index) : color;
    m_colorButton->setIcon(swatch(QColor(shown)));
    m_colorButton->setText(color.isEmpty() ? tr("default") : color);
}

QString EnvironmentEditor::sessionPassword() const {
    return m_password->text();
}

QString EnvironmentEditor::testResult() const {
    return m_testResult->text();
}

QString EnvironmentEditor::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

bool EnvironmentEditor::isTesting() const {
    return m_tester->isRunning();
}

void EnvironmentEditor::updateUrlWarning() {
    const bool has = ConnectionUrl::hasPassword(m_url->text());
    m_urlWarning->setText(has ? tr("This URL holds a password: it will be written to strata.toml "
                                   "as typed. Prefer the session password below or ~/.pgpass.")
                              : QString());
    m_urlWarning->setVisible(has);
}

void EnvironmentEditor::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

Result<Environment> EnvironmentEditor::environment() const {
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$"));
    Environment env = m_base;
    env.password.clear();
    env.name = m_name->text().trimmed();
    env.url = m_url->text().trimmed();
    env.color = m_color;
    env.isProtected = m_protected->isChecked();
    env.backup = m_backup->isChecked();
    env.description = m_description->text();
    if (env.name.isEmpty())
        return Error(ErrorCode::Usage, tr("Give the environment a name."));
    if (!nameRe.match(env.name).hasMatch())
        return Error(
            ErrorCode::Usage,
            tr("'%1' is not a valid name (use letters, digits, '_', '-' and '.').").arg(env.name));
    if (m_taken.contains(env.name))
        return Error(ErrorCode::Usage, tr("An environment called '%1' exists.").arg(env.name));
    if (env.url.isEmpty())
        return Error(ErrorCode::Usage, tr("Give the environment a URL."));
    const std::pair<QLineEdit*, qint64*> timeouts[] = {
        {m_lockTimeout, &env.lockTimeoutMs}, {m_statementTimeout, &env.statementTimeoutMs}};
    for (const auto& [edit, ms] : timeouts) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            *ms = 0;
            continue;
        }
        Result<qint64> parsed = parseDurationMs(text);
        if (!parsed)
            return Error(ErrorCode::Usage, tr("'%1' is not a duration (e.g. 5s, 2min).").arg(text));
        *ms = *parsed;
    }
    return env;
}

void EnvironmentEditor::testConnection() {
    if (m_tester->isRunning()) {
        m_tester->cancel();
        m_test->setText(tr("&Test Connection"));
        m_testResult->setText(tr("Cancelled."));
        return;
    }
    Result<Environment> env = environment();
    if (!env) {
        showError(env.error().message);
        return;
    }
    showError({});
    env->password = m_password->text();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));
    m_test->setText(tr("Cancel &Test"));
    m_tester->start(*env);
}

void EnvironmentEditor::accept() {
    Result<Environment> env = environment();
    if (!env) {
        showError(env.error().message);
        return;
    }
    if (m_apply) {
        if (Result<void> done = m_apply(*env, m_password->text()); !done) {
            showError(done.error().toString());
            return;
        }
    }
    m_tester->cancel();
    QDialog::accept();
}

void EnvironmentEditor::reject() {
    m_tester->cancel();
    QDialog::reject();
}

} // namespace strata
