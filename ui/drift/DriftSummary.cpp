#include "DriftSummary.h"

#include <QCoreApplication>

namespace strata {

DriftSummary DriftSummary::compared(int differences) {
    DriftSummary s;
    s.state = differences == 0 ? State::InSync : State::Differences;
    s.differences = differences;
    s.at = QDateTime::currentDateTime();
    return s;
}

DriftSummary DriftSummary::failed(const QString& error, bool connection) {
    DriftSummary s;
    s.state = connection ? State::CannotConnect : State::Failed;
    s.error = error;
    s.at = QDateTime::currentDateTime();
    return s;
}

DriftSummary DriftSummary::notCompared(const QString& why) {
    DriftSummary s;
    s.state = State::NotCompared;
    s.error = why;
    return s;
}

QString DriftSummary::text() const {
    switch (state) {
    case State::NotCompared:
        return QCoreApplication::translate("strata::DriftSummary", "not compared");
    case State::InSync:
        return QCoreApplication::translate("strata::DriftSummary", "in sync");
    case State::Differences:
        return QCoreApplication::translate("strata::DriftSummary", "%n difference(s)", nullptr,
                                           differences);
    case State::CannotConnect:
        return QCoreApplication::translate("strata::DriftSummary", "cannot connect");
    case State::Failed:
        return QCoreApplication::translate("strata::DriftSummary", "comparison failed");
    }
    return {};
}

QString DriftSummary::toolTip() const {
    const QString time = at.toString(QStringLiteral("HH:mm"));
    switch (state) {
    case State::NotCompared:
        return error.isEmpty()
                   ? QCoreApplication::translate("strata::DriftSummary",
                                                 "Not compared with the expected schema yet.")
                   : QCoreApplication::translate("strata::DriftSummary",
                                                 "Not compared with the expected schema yet: %1")
                         .arg(error);
    case State::InSync:
        return QCoreApplication::translate("strata::DriftSummary",
                                           "Compared with the expected schema at %1: in sync.")
            .arg(time);
    case State::Differences:
        return QCoreApplication::translate(
                   "strata::DriftSummary",
                   "Compared with the expected schema at %1: %n difference(s). Open the Drift "
                   "view to see them.",
                   nullptr, differences)
            .arg(time);
    case State::CannotConnect:
        return QCoreApplication::translate("strata::DriftSummary", "Cannot connect (at %1): %2")
            .arg(time, error);
    case State::Failed:
        return QCoreApplication::translate(
                   "strata::DriftSummary",
                   "The comparison with the expected schema failed (at %1): %2")
            .arg(time, error);
    }
    return {};
}

} // namespace strata
