#include "shell/StudioApplication.h"

#include "common/Translations.h"
#include "db/Connection.h"
#include "shell/ThemeManager.h"
#include "strata/Version.h"

#include <QApplication>
#include <QThread>

namespace strata::StudioApplication {

void setUp(QApplication& app) {
    QApplication::setApplicationName(QStringLiteral("Strata Studio"));
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QGuiApplication::setDesktopFileName(QStringLiteral("strata-studio"));
    // No database work on the GUI thread (DESIGN §9): a connection opened here aborts in debug
    // builds and with STRATA_THREAD_CHECKS=1.
    Connection::forbidThread(app.thread());
    // The language: --language, else View > Language (QSettings), else the system locale.
    QString choice = Translations::configured();
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--language"));
    if (at > 0 && at + 1 < args.size())
        choice = args.at(at + 1);
    Translations::install(Translations::resolve(choice));
    // View > Theme (the first call remembers the platform's look for "System").
    ThemeManager::apply(ThemeManager::configured());
}

void useDarkPalette() {
    ThemeManager::apply(ThemeManager::Theme::Dark);
}

} // namespace strata::StudioApplication
