#pragma once

#include <QList>
#include <QString>

namespace strata {

// One row of the project's Problems panel: something `strata check` or `strata lint` found.
struct ProblemItem {
    enum class Level { Error, Warning, Note };
    enum class Origin { Check, Lint };

    Level level = Level::Error;
    Origin origin = Origin::Check;
    QString revision; // the revision it concerns (empty: the project, strata.toml, ...)
    QString file;     // absolute path (empty when unknown)
    int line = 0;     // 1-based file line (0 = unknown)
    int column = 0;
    QString rule;    // lint rule id (empty for check problems)
    QString message; // one line
    QString help;    // lint: the safe rewrite

    // "rule-id: message" for lint findings, the message otherwise.
    QString text() const { return rule.isEmpty() ? message : rule + QLatin1String(": ") + message; }
};

} // namespace strata
