#pragma once

#include "DriftSummary.h"
#include "Project.h"
#include "common/Async.h"

#include <QObject>
#include <QStringList>

namespace strata {

// Computes, in the background, each environment's drift against its expected schema, for the
// badges of the environments panel ("in sync" / "N differences"). One environment at a time
// (the expected schemas share the sandbox and its cache), each on a worker thread through
// strata::async; results arrive one by one through badgeReady on the GUI thread. Everything
// that touches a database or the sandbox (whether a scratch server is there at all) happens on
// the worker. Destroying the object cancels the running comparison and never waits.
class DriftBadges : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftBadges)

public:
    explicit DriftBadges(QObject* parent = nullptr);
    ~DriftBadges() override;

    // Starts (unless a computation is running) for `environments` of `project`. Without a
    // scratch server (no shadow_url, the sandbox not running) each badge comes back with -1 and
    // DriftComparison::noScratchServerHint() as its error; no cluster is started.
    void refresh(const Project& project, const QStringList& environments);
    bool isBusy() const { return m_running; }

    // "in sync", "3 differences", or "comparison failed" (DriftSummary::text; the summary's
    // toolTip explains).
    static QString badgeText(int differences);

Q_SIGNALS:
    // differences = -1 and a non-empty error when it could not be computed.
    void badgeReady(const QString& environment, int differences, const QString& error);
    // The same, as a summary (NotCompared without a scratch server, CannotConnect when a
    // server could not be reached). Emitted right after badgeReady.
    void summaryReady(const QString& environment, const strata::DriftSummary& summary);
    void finished();

private:
    void next();

    Project m_project;
    QStringList m_pending;
    bool m_running = false;
    AsyncHandle m_work;
};

} // namespace strata
