#pragma once

#include "preflight/PreFlightReport.h"

#include <QJsonObject>
#include <QTextStream>

namespace strata::cli {

// The pre-flight of a dry run: per step its check problems, lint findings (with help), the
// lock of each statement and destructive statements with the target's estimates, then the
// timeouts and backup that apply. Every line is an SQL comment ("-- "), so the dry run's
// output stays a script.
class PreFlightPrinter {
public:
    static void print(QTextStream& out, const PreFlightReport& report);
    static QJsonObject toJson(const PreFlightReport& report);
};

} // namespace strata::cli
