#include "db/ConnectionOptions.h"

#include "strata/Version.h"

namespace strata {

QString ConnectionOptions::effectiveApplicationName() const {
    if (!applicationName.isEmpty())
        return applicationName;
    QString name = QStringLiteral("strata ") + QString::fromLatin1(kVersion);
    if (!environment.isEmpty())
        name += QLatin1Char(' ') + environment;
    return name;
}

} // namespace strata
