#pragma once

#include "preflight/PreFlightReport.h"
#include "run/PlannedRun.h"

#include <QLabel>

namespace strata {

// The plan dialog's pre-flight of the whole plan, in a few lines: lint totals and destructive
// statements (and whether the target's estimates are being read), the timeouts and backup
// that apply, the environment's last known drift, and why Run is refused when a step is
// broken. Shows; computes nothing.
class PreFlightSummary : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreFlightSummary)

public:
    explicit PreFlightSummary(QWidget* parent = nullptr);

    void setReport(const PreFlightReport& report, const KnownDrift& drift);
    // While the target's estimates are read: says so.
    void setEstimating(bool estimating);
    // The text as shown, without markup (tests).
    QString plainText() const;
    // "drift: 3 differences (from the last comparison at 14:02)", "drift: not compared", ...
    static QString driftText(const KnownDrift& drift);

private:
    void update();

    PreFlightReport m_report;
    KnownDrift m_drift;
    bool m_estimating = false;
};

} // namespace strata
