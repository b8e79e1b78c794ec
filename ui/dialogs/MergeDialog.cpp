#include "dialogs/MergeDialog.h"

#include "dialogs/AuthoringJob.h"
#include "dialogs/RevisionIdField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata {

MergeDialog::MergeDialog(const RevisionGraph& graph, const QString& versionsDir, QWidget* parent)
    : QDialog(parent)
    , m_graph(graph)
    , m_versionsDir(versionsDir)
    , m_heads(new QListWidget(this))
    , m_message(new QLineEdit(this))
    , m_id(new RevisionIdField(m_graph, versionsDir, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Merge heads"));
    setMinimumWidth(460);
    for (const QString& head : m_graph.heads()) {
        const Revision* r = m_graph.revision(head);
        auto* item = new QListWidgetItem(
            r && !r->message.isEmpty() ? tr("%1 \u2014 %2").arg(head, r->message) : head, m_heads);
        item->setData(Qt::UserRole, head);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_message, &QLineEdit::textChanged, m_id, &RevisionIdField::setMessage);
    m_message->setText(tr("merge heads"));
    m_status->setWordWrap(true);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_status->setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Heads to merge:"), this));
    layout->addWidget(m_heads, 1);
    auto* messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_message);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    auto* idLabel = new QLabel(tr("Revision &id:"), this);
    idLabel->setBuddy(m_id);
    layout->addWidget(idLabel);
    layout->addWidget(m_id);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    connect(m_heads, &QListWidget::itemChanged, this, &MergeDialog::validate);
    connect(m_id, &RevisionIdField::changed, this, &MergeDialog::validate);
    validate();
}

void MergeDialog::setProjectConfig(const ProjectConfig& config) {
    m_config = config;
    m_id->setProjectConfig(config); // its id_format
}

QLineEdit* MergeDialog::idEdit() const {
    return m_id->lineEdit();
}

QPushButton* MergeDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList MergeDialog::checkedHeads() const {
    QStringList out;
    for (int i = 0; i < m_heads->count(); ++i)
        if (m_heads->item(i)->checkState() == Qt::Checked)
            out.append(m_heads->item(i)->data(Qt::UserRole).toString());
    return out;
}

NewRevision MergeDialog::newRevision() const {
    NewRevision r;
    r.id = m_id->id();
    r.parents = checkedHeads();
    r.message = m_message->text().trimmed();
    return r;
}

void MergeDialog::validate() {
    if (m_graph.heads().size() < 2)
        showProblem(tr("There is only one head: nothing to merge."));
    else if (checkedHeads().size() < 2)
        showProblem(tr("Check at least two heads."));
    else
        showProblem(m_id->problem());
}

void MergeDialog::showProblem(const QString& problem) {
    m_problem = problem;
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

void MergeDialog::accept() {
    if (isWriting())
        return;
    validate();
    if (!m_problem.isEmpty())
        return;
    AlembicRevisionAuthor::Request request;
    request.revision = newRevision();
    request.merge = true;
    okButton()->setEnabled(false);
    m_writing = true;
    m_status->setText(tr("Writing the merge revision\u2026"));
    m_status->setVisible(true);
    m_work = writeRevision(this, m_config, m_versionsDir, request,
                           [this](const AuthoringOutcome& outcome) {
                               written(outcome.path, outcome.ok ? QString() : outcome.error);
                           });
}

void MergeDialog::reject() {
    if (isWriting())
        return;
    QDialog::reject();
}

void MergeDialog::written(const QString& path, const QString& error) {
    m_writing = false;
    if (!error.isEmpty()) {
        showProblem(tr("Nothing was written: %1").arg(error));
        okButton()->setEnabled(true);
        return;
    }
    m_createdPath = path;
    emit revisionCreated(m_createdPath);
    QDialog::accept();
}

} // namespace strata
