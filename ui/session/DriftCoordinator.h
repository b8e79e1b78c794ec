#pragma once

#include "common/Async.h"
#include "drift/DriftSummary.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace strata {

class DriftBadges;
class DriftView;
class ProjectSession;

// The drift badges of the environments (actual vs expected schema) and the drift view: after
// every refresh of the environments, when the sandbox runs or a shadow_url is set, the badges
// are computed again in the background. Whether the sandbox runs is asked off the GUI thread
// (its status opens a connection).
class DriftCoordinator : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftCoordinator)

public:
    DriftCoordinator(ProjectSession* session, QWidget* viewParent);
    ~DriftCoordinator() override;

    DriftView* view() const { return m_view; }
    DriftBadges* badges() const { return m_badges; }
    // Computes the drift badges (actual vs expected) when the sandbox or a shadow_url is there.
    void computeDrift();
    // How many times the badges were computed (tests: saving a file must not recompute them).
    int computations() const { return m_computations; }
    // The last summary of `environment` against its expected schema (NotCompared when none).
    DriftSummary summary(const QString& environment) const;
    // Shows `environment` against its expected schema in the drift view: the comparison on
    // screen when it is that one, else a new one (for a click on a card's drift badge). Emits
    // viewRequested() so that the window brings the drift view forward.
    void openComparison(const QString& environment);

signals:
    void finished();
    // A comparison of `environment` with its expected schema finished (the badges' or the
    // drift view's Compare), or could not start: the cards' drift badge shows summary.text()
    // with summary.toolTip(). The environment store is updated before this is emitted.
    void driftCompared(const QString& environment, const strata::DriftSummary& summary);
    void viewRequested();

private:
    void start(bool canBuild);
    void publish(const QString& environment, const DriftSummary& summary);

    ProjectSession* m_session;
    DriftView* m_view;
    DriftBadges* m_badges;
    AsyncHandle m_probe;
    int m_computations = 0;
    QHash<QString, DriftSummary> m_summaries;
};

} // namespace strata
