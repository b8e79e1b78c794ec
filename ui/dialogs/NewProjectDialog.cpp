#include "dialogs/NewProjectDialog.h"

#include "ProjectInit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace strata {

NewProjectDialog::NewProjectDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(folder, this))
    , m_strata(new QRadioButton(tr("&Strata project (strata.toml and versions/)"), this))
    , m_alembic(new QRadioButton(tr("&Alembic project already in the folder (alembic.ini)"), this))
    , m_url(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("The project's folder (created when missing)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Project folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    m_strata->setObjectName(QStringLiteral("strataFormat"));
    m_alembic->setObjectName(QStringLiteral("alembicFormat"));
    m_strata->setChecked(true);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("optional, e.g. postgresql://app@localhost/app_dev"));
    m_url->setToolTip(tr("Left empty, the first environment reads ${DATABASE_URL}. Passwords "
                         "belong in .pgpass or the keyring, not here."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("newProjectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* formats = new QVBoxLayout;
    formats->addWidget(m_strata);
    formats->addWidget(m_alembic);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("First environment &URL:"), m_url);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (this->create())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_strata, &QRadioButton::toggled, this, &NewProjectDialog::updateHint);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { m_error->hide(); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateHint();
}

void NewProjectDialog::updateHint() {
    m_hint->setText(m_strata->isChecked()
                        ? tr("Writes strata.toml with a dev environment, an empty versions/ "
                             "folder and a .gitignore, as 'strata init' does.")
                        : tr("Writes only a strata.toml that follows the folder's alembic.ini "
                             "(or pyproject.toml), as 'strata init --alembic' does; revisions "
                             "and the version table stay Alembic's."));
}

QString NewProjectDialog::error() const {
    return m_error->text();
}

bool NewProjectDialog::create() {
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_error->clear();
    if (folder.isEmpty()) {
        m_error->setText(tr("Choose the project's folder."));
        m_error->show();
        return false;
    }
    const QString dir = QFileInfo(folder).absoluteFilePath();
    const Result<ProjectInit::Created> created =
        m_strata->isChecked() ? ProjectInit::createStrata(dir, m_url->text())
                              : ProjectInit::createAlembic(dir, m_url->text());
    if (!created) {
        m_error->setText(created.error().toString());
        m_error->show();
        return false;
    }
    m_created = created->tomlPath;
    return true;
}

} // namespace strata
