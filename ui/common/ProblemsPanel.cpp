#include "common/ProblemsPanel.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace strata {

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this)) {
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Problem"), tr("Location")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [](QTreeWidgetItem* item) {
        const QString file = item->data(0, Qt::UserRole).toString();
        if (!file.isEmpty() && QFileInfo::exists(file))
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
}

void ProblemsPanel::setProblems(const QList<Error>& problems, const QList<Error>& warnings) {
    m_list->clear();
    auto add = [this](const Error& e, const QIcon& icon) {
        QString where = e.file.isEmpty() ? QString() : QFileInfo(e.file).fileName();
        if (!where.isEmpty() && e.line > 0)
            where += QLatin1Char(':') + QString::number(e.line);
        auto* item = new QTreeWidgetItem(m_list, {e.message, where});
        item->setIcon(0, icon);
        item->setData(0, Qt::UserRole, e.file);
        item->setToolTip(0, e.toString());
        item->setToolTip(1, e.file);
    };
    for (const Error& e : problems)
        add(e, QIcon(QStringLiteral(":/strata/icons/error.svg")));
    for (const Error& e : warnings)
        add(e, QIcon(QStringLiteral(":/strata/icons/warning.svg")));
    emit countChanged(int(problems.size()));
}

int ProblemsPanel::count() const {
    return m_list->topLevelItemCount();
}

} // namespace strata
