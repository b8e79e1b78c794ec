#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTableWidget;

namespace strata {

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, read from the
// actions themselves (text, shortcut, where it is: the menu or the view it belongs to), never
// a list written by hand. A filter box narrows the rows.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // The rows come from `actions` (those without a shortcut are left out; each action once).
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // Every action of `window` (its children, menus and docks included) that has a shortcut.
    static QList<QAction*> actionsOf(const QWidget* window);
    // An action's name as shown: the text without its mnemonic ampersands.
    static QString actionName(const QAction* action);

    QTableWidget* table() const { return m_table; }

private:
    void filter(const QString& text);

    QLineEdit* m_filter;
    QTableWidget* m_table;
};

} // namespace strata
