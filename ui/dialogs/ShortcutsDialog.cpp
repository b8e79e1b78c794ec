#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace strata {

namespace {

// Where the action lives: the first menu that shows it, else the widget it belongs to.
QString placeOf(const QAction* action) {
    for (const QObject* w : action->associatedObjects())
        if (const auto* menu = qobject_cast<const QMenu*>(w))
            if (!menu->title().isEmpty())
                return ShortcutsDialog::actionName(menu->menuAction());
    if (const auto* parent = qobject_cast<const QWidget*>(action->parent()))
        if (!parent->windowTitle().isEmpty() && parent->isWindow() == false)
            return parent->windowTitle();
    return {};
}

QString shortcutText(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts())
        if (!k.isEmpty())
            keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QList<QAction*> ShortcutsDialog::actionsOf(const QWidget* window) {
    QList<QAction*> out;
    QSet<const QAction*> seen;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (seen.contains(a) || a->shortcut().isEmpty() || a->isSeparator())
            continue;
        seen.insert(a);
        out << a;
    }
    return out;
}

QString ShortcutsDialog::actionName(const QAction* action) {
    QString text = action->text();
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.isEmpty())
        text = action->toolTip();
    return text;
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, key or menu"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    struct Row {
        QString place, name, keys;
    };
    QList<Row> rows;
    QSet<const QAction*> seen;
    for (const QAction* a : actions) {
        if (!a || seen.contains(a) || a->shortcut().isEmpty())
            continue;
        seen.insert(a);
        rows.append({placeOf(a), actionName(a), shortcutText(a)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& l, const Row& r) {
        return l.place.localeAwareCompare(r.place) < 0;
    });
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].name));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].keys));
        m_table->setItem(i, 2, new QTableWidgetItem(rows[i].place));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

void ShortcutsDialog::filter(const QString& text) {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; c < m_table->columnCount() && !match; ++c)
            match = m_table->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !match);
    }
}

} // namespace strata
