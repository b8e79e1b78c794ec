#include "lint/LintSettingsCheck.h"

#include "config/NameSuggestion.h"
#include "lint/LintFinding.h"
#include "lint/LintRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata", text);
}

Error at(const LintSettings& settings, int line, const QString& message) {
    Error e(ErrorCode::Config, message);
    if (!settings.file.isEmpty())
        e.at(settings.file, line);
    return e;
}

} // namespace

QStringList LintSettingsCheck::ruleIds() {
    QStringList ids;
    for (const LintRule* rule : LintRegistry::all())
        ids << rule->id();
    return ids;
}

QString LintSettingsCheck::unknownRuleMessage(const QString& id, const QString& where) {
    // Rule ids are long and hyphenated: allow more edits the longer the id is.
    const QString best = closestName(id, ruleIds(), std::max(2, int(id.size()) / 4));
    QString message = tr("unknown lint rule '%1'").arg(id);
    if (!where.isEmpty())
        message += QLatin1Char(' ') + where;
    if (!best.isEmpty())
        message += tr(" (did you mean '%1'?)").arg(best);
    return message;
}

QList<Error> LintSettingsCheck::check(const LintSettings& settings) {
    QList<Error> errors;
    for (qsizetype i = 0; i < settings.disable.size(); ++i) {
        const QString& id = settings.disable.at(i);
        if (!LintRegistry::find(id))
            errors << at(settings, settings.disableLines.value(i),
                         unknownRuleMessage(id, tr("in lint.disable")));
    }
    for (auto it = settings.levels.constBegin(); it != settings.levels.constEnd(); ++it) {
        const int line = settings.levelLines.value(it.key());
        if (!LintRegistry::find(it.key()))
            errors << at(settings, line, unknownRuleMessage(it.key(), tr("in lint.levels")));
        LintLevel level = LintLevel::Off;
        if (!parseLintLevel(it.value(), &level))
            errors << at(settings, line,
                         tr("lint.levels.%1 must be \"off\", \"note\", \"warning\" or \"error\", "
                            "not \"%2\"")
                             .arg(it.key(), it.value()));
    }
    // In file order, as the reader would report them.
    std::stable_sort(errors.begin(), errors.end(),
                     [](const Error& a, const Error& b) { return a.line < b.line; });
    return errors;
}

} // namespace strata
