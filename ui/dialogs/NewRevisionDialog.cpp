#include "dialogs/NewRevisionDialog.h"

#include "dialogs/AuthoringJob.h"
#include "dialogs/RevisionIdField.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata {

namespace {

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}

} // namespace

NewRevisionDialog::NewRevisionDialog(const RevisionGraph& graph, const QString& versionsDir,
                                     const QString& afterRevision, QWidget* parent)
    : QDialog(parent)
    , m_graph(graph)
    , m_versionsDir(versionsDir)
    , m_message(new QLineEdit(this))
    , m_id(new RevisionIdField(m_graph, versionsDir, this))
    , m_parents(new QLineEdit(this))
    , m_branchLabel(new QLineEdit(this))
    , m_dependsOn(new QLineEdit(this))
    , m_transactional(new QCheckBox(tr("Run in one transaction"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New revision"));
    setMinimumWidth(520);

    connect(m_message, &QLineEdit::textChanged, m_id, &RevisionIdField::setMessage);

    QString parentId;
    if (!afterRevision.isEmpty())
        parentId = afterRevision;
    else if (m_graph.heads().size() == 1)
        parentId = m_graph.heads().first();
    m_parents->setText(parentId);
    m_parents->setPlaceholderText(m_graph.isEmpty()
                                      ? tr("none: the first revision (a base)")
                                      : tr("revision ids, comma separated (empty: a new base)"));
    auto* completer = new QCompleter(m_graph.ids(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_parents->setCompleter(completer);
    m_branchLabel->setPlaceholderText(tr("optional, e.g. feature_x"));
    m_dependsOn->setPlaceholderText(tr("optional: revision ids or branch labels, comma separated"));
    m_transactional->setChecked(true);
    m_transactional->setToolTip(tr("Uncheck for CREATE INDEX CONCURRENTLY, VACUUM and the like "
                                   "(the revision then runs statement by statement)."));
    m_message->setPlaceholderText(tr("what this revision does"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("Revision &id:"), m_id); // a widget row: QFormLayout makes it the buddy
    form->addRow(tr("&Revises:"), m_parents);
    form->addRow(tr("&Branch label:"), m_branchLabel);
    form->addRow(tr("&Depends on:"), m_dependsOn);
    form->addRow(QString(), m_transactional);

    m_status->setWordWrap(true);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_status->setPalette(pal);

    m_where = new QLabel(tr("Written to %1").arg(QDir::toNativeSeparators(versionsDir)), this);
    m_where->setEnabled(false);
    m_where->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_where);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRevisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewRevisionDialog::reject);

    for (QLineEdit* e : {m_message, m_parents, m_branchLabel, m_dependsOn})
        connect(e, &QLineEdit::textChanged, this, &NewRevisionDialog::validate);
    connect(m_id, &RevisionIdField::changed, this, &NewRevisionDialog::validate);
    m_message->setFocus();
    validate();
}

void NewRevisionDialog::setProjectConfig(const ProjectConfig& config) {
    m_config = config;
    m_id->setProjectConfig(config); // its id_format
    if (RevisionAuthor::writesPython(m_config, RevisionAuthor::Format::Auto))
        m_where->setText(tr("Written as a .py revision by the project's Alembic (%1), so that "
                            "`alembic upgrade` runs it too")
                             .arg(QDir::toNativeSeparators(m_config.alembicConfigPath())));
}

QLineEdit* NewRevisionDialog::idEdit() const {
    return m_id->lineEdit();
}

QPushButton* NewRevisionDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

NewRevision NewRevisionDialog::newRevision() const {
    NewRevision r;
    r.id = m_id->id();
    r.parents = splitList(m_parents->text());
    r.message = m_message->text().trimmed();
    r.branchLabels = splitList(m_branchLabel->text());
    r.dependsOn = splitList(m_dependsOn->text());
    r.transactional = m_transactional->isChecked();
    return r;
}

void NewRevisionDialog::validate() {
    const NewRevision r = newRevision();
    QString problem = m_id->problem();
    if (problem.isEmpty()) {
        for (const QString& p : r.parents) {
            if (p == r.id) {
                problem = tr("A revision cannot revise itself.");
                break;
            }
            if (!m_graph.contains(p)) {
                problem = tr("The parent %1 does not exist.").arg(p);
                break;
            }
        }
        if (problem.isEmpty() && QStringList(r.parents).removeDuplicates() > 0)
            problem = tr("A parent is named twice.");
    }
    if (problem.isEmpty()) {
        for (const QString& label : r.branchLabels) {
            if (auto ok = RevisionWriter::validateId(label); !ok) {
                problem = tr("Branch label %1: %2").arg(label, ok.error().message);
                break;
            }
            if (const QString owner = m_graph.revisionForLabel(label); !owner.isEmpty()) {
                problem =
                    tr("The branch label %1 is already used by revision %2.").arg(label, owner);
                break;
            }
            if (m_graph.contains(label)) {
                problem = tr("The branch label %1 is a revision id.").arg(label);
                break;
            }
        }
    }
    if (problem.isEmpty()) {
        for (const QString& dep : r.dependsOn) {
            if (!m_graph.contains(dep) && m_graph.revisionForLabel(dep).isEmpty()) {
                problem = tr("Depends on %1: no such revision or branch label.").arg(dep);
                break;
            }
        }
    }
    showProblem(problem);
}

void NewRevisionDialog::showProblem(const QString& problem) {
    m_problem = problem;
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

void NewRevisionDialog::accept() {
    if (isWriting())
        return;
    validate();
    if (!isValid())
        return;
    AlembicRevisionAuthor::Request request;
    request.revision = newRevision();
    // The parents are chosen here, any of them: a new branch from a non-head is the point.
    request.splice = true;
    okButton()->setEnabled(false);
    m_writing = true;
    m_status->setText(RevisionAuthor::writesPython(m_config, RevisionAuthor::Format::Auto)
                          ? tr("Writing the revision with the project's Alembic\u2026")
                          : tr("Writing the revision\u2026"));
    m_status->setVisible(true);
    m_work = writeRevision(this, m_config, m_versionsDir, request,
                           [this](const AuthoringOutcome& outcome) {
                               written(outcome.path, outcome.ok ? QString() : outcome.error);
                           });
}

void NewRevisionDialog::reject() {
    if (isWriting())
        return;
    QDialog::reject();
}

void NewRevisionDialog::written(const QString& path, const QString& error) {
    m_writing = false;
    if (!error.isEmpty()) {
        showProblem(tr("Nothing was written: %1").arg(error));
        okButton()->setEnabled(true); // the cause may be outside (folder rights): allow a retry
        return;
    }
    m_createdPath = path;
    emit revisionCreated(m_createdPath);
    QDialog::accept();
}

} // namespace strata
