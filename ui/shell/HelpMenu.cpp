#include "shell/HelpMenu.h"

#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace strata {

HelpMenu::HelpMenu(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_menu(
          window->menuBar()->addMenu(QCoreApplication::translate("strata::MainWindow", "&Help"))) {
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_documentation = m_menu->addAction(tr("&Documentation"));
    m_documentation->setObjectName(QStringLiteral("actionDocumentation"));
    m_documentation->setShortcut(QKeySequence::HelpContents);
    connect(m_documentation, &QAction::triggered, this, &HelpMenu::openDocumentation);
    m_shortcuts = m_menu->addAction(tr("&Keyboard Shortcuts"));
    m_shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    m_menu->addSeparator();
    QAction* about = m_menu->addAction(
        QCoreApplication::translate("strata::MainWindow", "&About Strata Studio"));
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, m_window, [this] {
        QMessageBox::about(
            m_window, QCoreApplication::translate("strata::MainWindow", "About Strata Studio"),
            QCoreApplication::translate(
                "strata::MainWindow",
                "<h3>Strata Studio %1</h3><p>PostgreSQL migrations, Alembic-compatible.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

QString HelpMenu::documentationFile(const QString& applicationDir) {
    const QDir bin(applicationDir);
    const QString installed = bin.filePath(QStringLiteral("../share/doc/strata-studio/studio.md"));
    if (QFileInfo(installed).isFile())
        return QDir::cleanPath(installed);
    // A build tree: build/<preset>/bin or build/bin below the repository.
    QDir dir(applicationDir);
    for (int up = 0; up < 4 && dir.cdUp(); ++up) {
        const QString guide = dir.filePath(QStringLiteral("docs/studio.md"));
        if (QFileInfo(guide).isFile() &&
            QFileInfo(dir.filePath(QStringLiteral("README.md"))).isFile())
            return QDir::cleanPath(guide);
    }
    const QString readme = bin.filePath(QStringLiteral("../share/doc/strata-studio/README.md"));
    if (QFileInfo(readme).isFile())
        return QDir::cleanPath(readme);
    return {};
}

void HelpMenu::showShortcuts() {
    ShortcutsDialog dialog(ShortcutsDialog::actionsOf(m_window), m_window);
    dialog.exec();
}

bool HelpMenu::openDocumentation() {
    const QString file = documentationFile(QApplication::applicationDirPath());
    if (file.isEmpty()) {
        QMessageBox::information(m_window, tr("Documentation"),
                                 tr("The documentation is not installed. It is online in the "
                                    "project's repository: README.md and docs/studio.md."));
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

} // namespace strata
