#include "dialogs/BranchChoiceDialog.h"

#include "revision/RevisionGraph.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata {

BranchChoiceDialog::BranchChoiceDialog(const RevisionGraph& graph, const QString& environment,
                                       const QStringList& heads, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Down One Step: Choose a Branch"));
    auto* intro =
        new QLabel(tr("%1 is at %n head(s). Choose the branch to step down one revision; the other "
                      "branches stay where they are.",
                      nullptr, int(heads.size()))
                       .arg(environment),
                   this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("branchList"));
    for (const QString& head : heads) {
        const Revision* rev = graph.revision(head);
        const QStringList labels = graph.branchLabels(head);
        QString text = labels.isEmpty()
                           ? head
                           : tr("%1 (branch %2)").arg(head, labels.join(QLatin1String(", ")));
        if (rev && !rev->message.isEmpty())
            text += QStringLiteral(" — ") + rev->message;
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, head);
        item->setToolTip(tr("downgrade %1@-1").arg(head));
    }
    m_list->setCurrentRow(0);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Plan the Step Down…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    resize(520, 260);
}

QString BranchChoiceDialog::chosenHead() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool BranchChoiceDialog::choose(const QString& head) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == head) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

} // namespace strata
