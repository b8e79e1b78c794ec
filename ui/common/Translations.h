#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace strata {

// The studio's languages: English and Vietnamese. The choice is "system" (follow the locale),
// "en" or "vi", kept in QSettings ("language"); it applies when the studio starts.
class Translations {
public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("vi")}; }
    static QString configured(); // "system", "en" or "vi"
    static void setConfigured(const QString& language);
    // The language `choice` resolves to ("system" -> the locale's, when available).
    static QString resolve(const QString& choice);
    // Installs the translator (and Qt's own) for `language` on the application; false when
    // there is no catalog for it (English then).
    static bool install(const QString& language);
};

} // namespace strata
