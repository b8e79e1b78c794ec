#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace strata {

// What one comparison of an environment with its expected schema came to, for the drift badge
// of its card: a short phrase (text) and what it means (toolTip). Emitted by DriftCoordinator
// (driftCompared) whenever such a comparison finishes, from the badges or the drift view.
struct DriftSummary {
    enum class State {
        NotCompared, // no comparison could be started (no scratch server): `error` says why
        InSync,
        Differences,
        CannotConnect, // the environment (or the scratch server) could not be reached
        Failed,        // any other error
    };

    State state = State::NotCompared;
    int differences = -1; // InSync: 0; Differences: the count; otherwise -1
    QString error;        // why, when it is not InSync or Differences
    QDateTime at;         // when it finished (local time)

    static DriftSummary compared(int differences);
    // `connection`: the error is one of reaching a server (ErrorCode::Connection or
    // ErrorCode::Authentication).
    static DriftSummary failed(const QString& error, bool connection);
    static DriftSummary notCompared(const QString& why);

    // "in sync", "3 differences", "not compared", "cannot connect", "comparison failed".
    QString text() const;
    // "Compared with the expected schema at 14:02: 3 differences. …", "Cannot connect: …".
    QString toolTip() const;
    bool hasResult() const { return state == State::InSync || state == State::Differences; }
};

} // namespace strata

Q_DECLARE_METATYPE(strata::DriftSummary)
