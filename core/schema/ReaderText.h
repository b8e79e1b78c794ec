#pragma once

#include <QString>

namespace strata::catalog {

// Text helpers shared by the readers of the newer kinds (CollationReader, ForeignDataReader,
// RuleReader, EventTriggerReader).

// An SQL string literal: 'it''s'.
inline QString literal(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A rule's ev_enabled or an event trigger's evtenabled as the "enabled" attribute: "disabled",
// "replica", "always"; empty for the default ('O', origin), which has no attribute.
inline QString enabledName(const QString& code) {
    if (code == QLatin1String("D"))
        return QStringLiteral("disabled");
    if (code == QLatin1String("R"))
        return QStringLiteral("replica");
    if (code == QLatin1String("A"))
        return QStringLiteral("always");
    return {};
}

} // namespace strata::catalog
