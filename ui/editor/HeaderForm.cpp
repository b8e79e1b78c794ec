#include "editor/HeaderForm.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace strata {

HeaderForm::HeaderForm(QWidget* parent)
    : QWidget(parent)
    , m_id(new QLabel(this))
    , m_createDate(new QLabel(this))
    , m_message(new QLineEdit(this))
    , m_parents(new QLineEdit(this))
    , m_branchLabels(new QLineEdit(this))
    , m_dependsOn(new QLineEdit(this))
    , m_transactional(new QCheckBox(tr("Transactional"), this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont idFont = m_id->font();
    idFont.setBold(true);
    m_id->setFont(idFont);
    m_createDate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parents->setPlaceholderText(tr("none: a base; several, comma separated: a merge"));
    m_branchLabels->setPlaceholderText(tr("comma separated"));
    m_dependsOn->setPlaceholderText(tr("revision ids or branch labels, comma separated"));
    m_transactional->setToolTip(
        tr("Run the revision in one transaction. Unchecked: statement by statement, for "
           "CREATE INDEX CONCURRENTLY, VACUUM and the like."));

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(new QLabel(tr("Revision"), this), 0, 0);
    grid->addWidget(m_id, 0, 1);
    grid->addWidget(new QLabel(tr("Created"), this), 0, 2);
    grid->addWidget(m_createDate, 0, 3);
    grid->addWidget(m_transactional, 0, 4);
    grid->addWidget(label(tr("&Message"), m_message), 1, 0);
    grid->addWidget(m_message, 1, 1, 1, 4);
    grid->addWidget(label(tr("&Revises"), m_parents), 2, 0);
    grid->addWidget(m_parents, 2, 1);
    grid->addWidget(label(tr("&Branch labels"), m_branchLabels), 2, 2);
    grid->addWidget(m_branchLabels, 2, 3, 1, 2);
    grid->addWidget(label(tr("&Depends on"), m_dependsOn), 3, 0);
    grid->addWidget(m_dependsOn, 3, 1, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);

    for (QLineEdit* e : {m_message, m_parents, m_branchLabels, m_dependsOn})
        connect(e, &QLineEdit::textEdited, this, &HeaderForm::edited);
    connect(m_transactional, &QCheckBox::toggled, this, &HeaderForm::edited);
}

QStringList HeaderForm::splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

void HeaderForm::setRevision(const Revision& revision) {
    const QSignalBlocker b1(m_transactional);
    m_id->setText(revision.id);
    m_createDate->setText(revision.createDate);
    m_message->setText(revision.message);
    m_parents->setText(revision.parents.join(QStringLiteral(", ")));
    m_branchLabels->setText(revision.branchLabels.join(QStringLiteral(", ")));
    m_dependsOn->setText(revision.dependsOn.join(QStringLiteral(", ")));
    m_transactional->setChecked(revision.transactional);
}

void HeaderForm::setReadOnly(bool readOnly, const QString& reason) {
    m_readOnly = readOnly;
    for (QLineEdit* e : {m_message, m_parents, m_branchLabels, m_dependsOn}) {
        e->setReadOnly(readOnly);
        e->setToolTip(readOnly ? reason : QString());
    }
    m_transactional->setEnabled(!readOnly);
    m_transactional->setToolTip(
        readOnly ? reason
                 : tr("Run the revision in one transaction. Unchecked: statement by statement, "
                      "for CREATE INDEX CONCURRENTLY, VACUUM and the like."));
}

bool HeaderForm::transactional() const {
    return m_transactional->isChecked();
}

Revision HeaderForm::applyTo(Revision base) const {
    base.message = m_message->text().trimmed();
    base.parents = splitList(m_parents->text());
    base.branchLabels = splitList(m_branchLabels->text());
    base.dependsOn = splitList(m_dependsOn->text());
    base.transactional = m_transactional->isChecked();
    return base;
}

bool HeaderForm::differsFrom(const Revision& r) const {
    const Revision mine = applyTo(r);
    return mine.message != r.message || mine.parents != r.parents ||
           mine.branchLabels != r.branchLabels || mine.dependsOn != r.dependsOn ||
           mine.transactional != r.transactional;
}

} // namespace strata
