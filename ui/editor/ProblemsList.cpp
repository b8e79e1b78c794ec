#include "editor/ProblemsList.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>

namespace strata {

ProblemsList::ProblemsList(QWidget* parent)
    : QTreeWidget(parent) {
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("Section"), tr("Line")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto jump = [this](QTreeWidgetItem* item) {
        const int i = indexOfTopLevelItem(item);
        if (i >= 0 && i < m_diagnostics.size())
            emit jumpRequested(m_diagnostics.at(i));
    };
    connect(this, &QTreeWidget::itemClicked, this, jump);
    connect(this, &QTreeWidget::itemActivated, this, jump);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const int i = indexOfTopLevelItem(itemAt(pos));
        if (i < 0 || i >= m_diagnostics.size() || m_diagnostics.at(i).fixTitle.isEmpty())
            return;
        const Diagnostic d = m_diagnostics.at(i);
        QMenu menu(this);
        connect(menu.addAction(d.fixTitle), &QAction::triggered, this,
                [this, d] { emit fixRequested(d); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void ProblemsList::setDiagnostics(const QList<Diagnostic>& diagnostics) {
    m_diagnostics = diagnostics;
    clear();
    QStyle* st = style();
    for (const Diagnostic& d : diagnostics) {
        auto* item = new QTreeWidgetItem(this);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
        if (d.severity == Diagnostic::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (d.severity == Diagnostic::Severity::Info)
            icon = QStyle::SP_MessageBoxInformation;
        item->setIcon(0, st->standardIcon(icon));
        item->setText(0, d.rule.isEmpty() ? d.message
                                          : QStringLiteral("%1: %2").arg(d.rule, d.message));
        QString tip = d.toolTip();
        if (!d.fixTitle.isEmpty())
            tip += QLatin1Char('\n') + tr("Right-click: %1").arg(d.fixTitle);
        item->setToolTip(0, tip);
        item->setText(1, d.line > 0 ? d.sectionName() : tr("revision"));
        if (d.line <= 0)
            item->setText(2, tr("file line %1").arg(d.fileLine));
        else
            item->setText(2,
                          d.fileLine > 0
                              ? tr("%1:%2 (file line %3)").arg(d.line).arg(d.column).arg(d.fileLine)
                              : tr("%1:%2").arg(d.line).arg(d.column));
    }
}

} // namespace strata
