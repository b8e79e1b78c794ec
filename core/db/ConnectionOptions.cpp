#include "db/ConnectionOptions.h"

#include "strata/Version.h"

#include <QRegularExpression>

namespace strata {

QString ConnectionOptions::effectiveApplicationName() const {
    if (!applicationName.isEmpty())
        return applicationName;
    QString name = QStringLiteral("strata ") + QString::fromLatin1(kVersion);
    if (!environment.isEmpty())
        name += QLatin1Char(' ') + environment;
    return name;
}

QString redactConnectionString(const QString& conninfoOrUri) {
    QString text = conninfoOrUri;
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        // scheme://user:password@host...  (the userinfo ends at the last '@' before the path)
        static const QRegularExpression userinfo(
            QStringLiteral("^(postgres(?:ql)?://[^:/@?]*):[^/?]*@"));
        text.replace(userinfo, QStringLiteral("\\1:****@"));
        static const QRegularExpression query(QStringLiteral("([?&]password=)[^&]*"));
        text.replace(query, QStringLiteral("\\1****"));
        return text;
    }
    static const QRegularExpression keyValue(
        QStringLiteral("(\\bpassword\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    text.replace(keyValue, QStringLiteral("\\1****"));
    return text;
}

} // namespace strata
