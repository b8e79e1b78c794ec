#include "lint/LintFinding.h"

namespace strata {

QString lintLevelName(LintLevel level) {
    switch (level) {
    case LintLevel::Off:
        return QStringLiteral("off");
    case LintLevel::Note:
        return QStringLiteral("note");
    case LintLevel::Warning:
        return QStringLiteral("warning");
    case LintLevel::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool parseLintLevel(const QString& name, LintLevel* level) {
    for (LintLevel l : {LintLevel::Off, LintLevel::Note, LintLevel::Warning, LintLevel::Error}) {
        if (name.compare(lintLevelName(l), Qt::CaseInsensitive) == 0) {
            *level = l;
            return true;
        }
    }
    return false;
}

} // namespace strata
