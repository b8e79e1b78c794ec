#pragma once

#include "runner/EnvironmentStatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace strata {

struct Environment;

// One environment in the studio: the core's EnvironmentStatus as read (never copied field by
// field), beside the studio-only bits: its colour, whether a read has completed, and the drift
// badge. Never holds a password.
struct EnvironmentEntry {
    QString name;
    QString color;
    bool loaded = false;      // a read has completed at least once
    EnvironmentStatus status; // before the first read: name, URL and protected from strata.toml
    QString drift;            // "in sync", "3 differences" (DriftBadges); empty = not computed
    QString driftToolTip;     // what was compared, or why it could not be
    int driftBadgeDifferences = -1; // the badge's count (-1: it could not be computed)

    // What the drift badge says.
    enum class DriftState { NotCompared, InSync, Drifted, Unknown };
    DriftState driftState() const;

    // The last comparison with the expected schema (the plan dialog's pre-flight shows it).
    QDateTime driftComparedAt; // when it finished (invalid: never)
    int driftDifferences = -1; // its count of differences (-1: it failed; see driftToolTip)

    // The parts of an entry that come from strata.toml alone.
    static EnvironmentEntry fromConfig(const Environment& environment);
};

} // namespace strata

Q_DECLARE_METATYPE(strata::EnvironmentEntry)
