#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace strata {

QString Translations::configured() {
    return QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
}

void Translations::setConfigured(const QString& language) {
    QSettings().setValue(QStringLiteral("language"), language);
}

QString Translations::resolve(const QString& choice) {
    if (available().contains(choice))
        return choice;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

bool Translations::install(const QString& language) {
    auto* app = QCoreApplication::instance();
    auto* ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/strata/i18n/strata_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace strata
