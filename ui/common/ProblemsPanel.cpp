#include "common/ProblemsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata {

namespace {

constexpr int kItemRole = Qt::UserRole + 1; // index into m_items

QIcon levelIcon(ProblemItem::Level level) {
    switch (level) {
    case ProblemItem::Level::Error:
        return QIcon(QStringLiteral(":/strata/icons/error.svg"));
    case ProblemItem::Level::Warning:
        return QIcon(QStringLiteral(":/strata/icons/warning.svg"));
    case ProblemItem::Level::Note:
        break;
    }
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

QList<ProblemItem> itemsOf(const QList<Error>& errors, ProblemItem::Level level) {
    QList<ProblemItem> out;
    for (const Error& e : errors) {
        ProblemItem item;
        item.level = level;
        item.revision = e.revision;
        item.file = e.file;
        item.line = e.line;
        item.column = e.column;
        item.message = e.message;
        out.append(item);
    }
    return out;
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_list(new QTreeWidget(this)) {
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_filter->setObjectName(QStringLiteral("problemsFilter"));
    m_filter->addItem(tr("All levels"), int(AllLevels));
    m_filter->addItem(tr("Errors and warnings"), int(WarningsAndErrors));
    m_filter->addItem(tr("Errors only"), int(ErrorsOnly));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Problem"), tr("Location"), tr("Revision")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RevisionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LocationColumn, QHeaderView::ResizeToContents);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_list);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProblemsPanel::rebuild);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const int i = item->data(0, kItemRole).toInt();
        if (i >= 0 && i < m_items.size() && !m_items.at(i).file.isEmpty())
            emit openRequested(m_items.at(i).file, m_items.at(i).line);
    });
}

void ProblemsPanel::setProblems(const QList<Error>& problems, const QList<Error>& warnings) {
    setItems(itemsOf(problems, ProblemItem::Level::Error) +
             itemsOf(warnings, ProblemItem::Level::Warning));
}

void ProblemsPanel::setItems(const QList<ProblemItem>& items) {
    m_items = items;
    rebuild();
    emit countChanged(count());
}

void ProblemsPanel::setFilter(Filter filter) {
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

ProblemsPanel::Filter ProblemsPanel::filter() const {
    return Filter(m_filter->currentData().toInt());
}

void ProblemsPanel::rebuild() {
    m_list->clear();
    const Filter shown = filter();
    for (int i = 0; i < m_items.size(); ++i) {
        const ProblemItem& p = m_items.at(i);
        if ((shown == ErrorsOnly && p.level != ProblemItem::Level::Error) ||
            (shown == WarningsAndErrors && p.level == ProblemItem::Level::Note))
            continue;
        QString where = p.file.isEmpty() ? QString() : QFileInfo(p.file).fileName();
        if (!where.isEmpty() && p.line > 0)
            where += QLatin1Char(':') + QString::number(p.line);
        auto* item = new QTreeWidgetItem(m_list, {p.text(), where, p.revision});
        item->setIcon(ProblemColumn, levelIcon(p.level));
        item->setData(0, Qt::UserRole, p.file);
        item->setData(0, kItemRole, i);
        item->setToolTip(ProblemColumn,
                         p.help.isEmpty() ? p.text() : p.text() + QLatin1Char('\n') + p.help);
        item->setToolTip(LocationColumn, p.file);
    }
}

int ProblemsPanel::count() const {
    return int(std::count_if(m_items.begin(), m_items.end(), [](const ProblemItem& p) {
        return p.level == ProblemItem::Level::Error;
    }));
}

} // namespace strata
