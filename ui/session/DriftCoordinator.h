#pragma once

#include "common/Async.h"

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

signals:
    void finished();

private:
    void start(bool canBuild);

    ProjectSession* m_session;
    DriftView* m_view;
    DriftBadges* m_badges;
    AsyncHandle m_probe;
    int m_computations = 0;
};

} // namespace strata
