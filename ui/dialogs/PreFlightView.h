#pragma once

#include "preflight/PreFlightReport.h"

#include <QWidget>

class QTextBrowser;

namespace strata {

// The pre-flight of the selected step of a plan in the plan dialog: its check problems, lint
// findings with their help, the lock of each statement and what it blocks, destructive
// statements with the target's row and size estimates (PreFlightSummary sums up the plan).
// Shows; computes nothing.
class PreFlightView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreFlightView)

public:
    explicit PreFlightView(QWidget* parent = nullptr);

    void setReport(const PreFlightReport& report);
    void showStep(int index);

    // The step's text as shown, without markup (tests).
    QString stepText() const;
    // "broken", "1 error, 2 warnings", "drops data", "" for a step's line in the step list.
    static QString stepBadge(const PreFlightStep& step);

private:
    QString stepHtml(const PreFlightStep& step) const;

    PreFlightReport m_report;
    int m_step = -1;
    QTextBrowser* m_details;
};

} // namespace strata
