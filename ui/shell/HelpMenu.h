#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QMainWindow;

namespace strata {

// Help: Keyboard Shortcuts (ShortcutsDialog, from the window's actions), Documentation (the
// installed docs, else the repository's, opened with the desktop's handler) and About.
class HelpMenu : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QMainWindow* window);

    QMenu* menu() const { return m_menu; }
    QAction* shortcuts() const { return m_shortcuts; }
    QAction* documentation() const { return m_documentation; }

    // The studio's guide for a binary in `applicationDir`: the installed
    // PREFIX/share/doc/strata-studio/studio.md, else docs/studio.md of the source tree the
    // binary was built in (build/<preset>/bin), else the README beside it; empty when none.
    static QString documentationFile(const QString& applicationDir);

    // Opens the shortcuts dialog (modal; returns when it closes).
    void showShortcuts();
    // Opens the documentation; false (and a message box) when none is found.
    bool openDocumentation();

private:
    QMainWindow* m_window;
    QMenu* m_menu;
    QAction* m_shortcuts;
    QAction* m_documentation;
};

} // namespace strata
