#include "Duration.h"

#include <QCoreApplication>
#include <climits>
#include <cmath>

namespace strata {

namespace {

Error durationError(const QString& text, const QString& why = {}) {
    QString msg = QCoreApplication::translate("strata", "invalid duration '%1'").arg(text);
    if (!why.isEmpty())
        msg += QStringLiteral(": ") + why;
    msg += QStringLiteral(" (use e.g. \"0\", \"500ms\", \"5s\", \"2min\", \"1h\")");
    return Error(ErrorCode::Config, msg);
}

// Milliseconds per unit, or 0 for an unknown unit.
double unitMs(const QString& unit) {
    const QString u = unit.toLower();
    if (u == QLatin1String("ms") || u == QLatin1String("msec") ||
        u == QLatin1String("millisecond") || u == QLatin1String("milliseconds"))
        return 1.0;
    if (u == QLatin1String("s") || u == QLatin1String("sec") || u == QLatin1String("second") ||
        u == QLatin1String("seconds"))
        return 1000.0;
    if (u == QLatin1String("m") || u == QLatin1String("min") || u == QLatin1String("minute") ||
        u == QLatin1String("minutes"))
        return 60.0 * 1000.0;
    if (u == QLatin1String("h") || u == QLatin1String("hour") || u == QLatin1String("hours"))
        return 3600.0 * 1000.0;
    if (u == QLatin1String("d") || u == QLatin1String("day") || u == QLatin1String("days"))
        return 24.0 * 3600.0 * 1000.0;
    return 0.0;
}

} // namespace

Result<qint64> parseDurationMs(const QString& text) {
    const QString s = text.trimmed();
    if (s.isEmpty())
        return durationError(text, QStringLiteral("empty"));

    // A bare integer: milliseconds, as PostgreSQL reads lock_timeout = 500.
    bool bare = false;
    const qlonglong bareValue = s.toLongLong(&bare);
    if (bare) {
        if (bareValue < 0)
            return durationError(text, QStringLiteral("negative"));
        if (bareValue > INT_MAX)
            return durationError(
                text, QCoreApplication::translate("strata", "longer than %1ms").arg(INT_MAX));
        return qint64(bareValue);
    }

    double total = 0.0;
    qsizetype i = 0;
    const qsizetype n = s.size();
    int parts = 0;
    while (i < n) {
        while (i < n && s.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        if (s.at(i) == QLatin1Char('-'))
            return durationError(text, QStringLiteral("negative"));
        const qsizetype numStart = i;
        bool seenDot = false;
        while (i < n && (s.at(i).isDigit() || (s.at(i) == QLatin1Char('.') && !seenDot))) {
            if (s.at(i) == QLatin1Char('.'))
                seenDot = true;
            ++i;
        }
        const QString number = s.mid(numStart, i - numStart);
        bool okNumber = false;
        const double value = number.toDouble(&okNumber);
        if (number.isEmpty() || !okNumber || !std::isfinite(value))
            return durationError(text);
        while (i < n && s.at(i).isSpace())
            ++i;
        const qsizetype unitStart = i;
        while (i < n && s.at(i).isLetter())
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        if (unit.isEmpty())
            return durationError(
                text,
                QCoreApplication::translate("strata", "a unit is missing after %1").arg(number));
        const double factor = unitMs(unit);
        if (factor == 0.0)
            return durationError(
                text, QCoreApplication::translate("strata", "unknown unit '%1'").arg(unit));
        total += value * factor;
        ++parts;
        if (total > double(INT_MAX))
            return durationError(
                text, QCoreApplication::translate("strata", "longer than %1ms").arg(INT_MAX));
    }
    if (parts == 0)
        return durationError(text);
    const qint64 ms = qint64(std::llround(total));
    if (ms > INT_MAX)
        return durationError(
            text, QCoreApplication::translate("strata", "longer than %1ms").arg(INT_MAX));
    return ms;
}

QString formatDurationMs(qint64 ms) {
    if (ms == 0)
        return QStringLiteral("0");
    struct Unit {
        qint64 ms;
        const char* name;
    };
    static const Unit units[] = {
        {24LL * 3600 * 1000, "d"}, {3600LL * 1000, "h"}, {60LL * 1000, "min"}, {1000, "s"}};
    for (const Unit& u : units) {
        if (ms % u.ms == 0)
            return QString::number(ms / u.ms) + QLatin1String(u.name);
    }
    return QString::number(ms) + QStringLiteral("ms");
}

} // namespace strata
