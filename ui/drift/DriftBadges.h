#pragma once

#include "Project.h"

#include <QFutureWatcher>
#include <QObject>

namespace strata {

// Computes, in the background, each environment's drift against its expected schema, for the
// badges of the environments panel ("in sync" / "N differences"). One worker task for all
// environments, one at a time (the expected schemas share the sandbox and its cache); results
// arrive one by one through badgeReady on the GUI thread.
class DriftBadges : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftBadges)

public:
    explicit DriftBadges(QObject* parent = nullptr);
    ~DriftBadges() override;

    // Starts (unless a computation is running) for `environments` of `project`.
    void refresh(const Project& project, const QStringList& environments);
    bool isBusy() const { return m_watcher.isRunning(); }

    // "in sync", "3 differences", or "drift: ?" with the error as tool tip.
    static QString badgeText(int differences);

Q_SIGNALS:
    // differences = -1 and a non-empty error when it could not be computed.
    void badgeReady(const QString& environment, int differences, const QString& error);
    void finished();

private:
    QFutureWatcher<void> m_watcher;
};

} // namespace strata
