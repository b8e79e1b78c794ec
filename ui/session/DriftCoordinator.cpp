#include "session/DriftCoordinator.h"

#include "Project.h"
#include "drift/DriftBadges.h"
#include "drift/DriftView.h"
#include "environments/EnvironmentStore.h"
#include "sandbox/Sandbox.h"
#include "session/ProjectSession.h"

namespace strata {

DriftCoordinator::DriftCoordinator(ProjectSession* session, QWidget* viewParent)
    : QObject(viewParent)
    , m_session(session)
    , m_view(new DriftView(viewParent))
    , m_badges(new DriftBadges(this)) {
    m_view->setObjectName(QStringLiteral("driftView"));
    connect(session, &ProjectSession::opened, this, [this] {
        m_probe.cancel();
        if (m_session->project())
            m_view->setProject(*m_session->project());
    });
    // A saved revision file: the drift view compares with the newer files (nothing recomputed).
    connect(session, &ProjectSession::updated, this, [this] {
        if (m_session->project())
            m_view->setProject(*m_session->project());
    });
    connect(session->store(), &EnvironmentStore::refreshFinished, this,
            &DriftCoordinator::computeDrift);
    connect(m_badges, &DriftBadges::badgeReady, this,
            [this](const QString& env, int differences, const QString& error) {
                m_session->store()->recordDriftComparison(env, differences);
                m_session->store()->setDrift(
                    env, DriftBadges::badgeText(differences),
                    error.isEmpty() ? tr("actual schema vs the expected schema") : error,
                    differences);
            });
    // A comparison with the expected schema in the drift view: that card's badge at once.
    connect(m_view, &DriftView::comparisonFinished, this, [this](int differences) {
        const DriftComparison& c = m_view->comparison();
        if (differences < 0 || c.b.label != QLatin1String("expected") || c.a.label.isEmpty())
            return;
        m_session->store()->recordDriftComparison(c.a.label, differences);
        m_session->store()->setDrift(c.a.label, DriftBadges::badgeText(differences),
                                     tr("actual schema vs the expected schema"), differences);
    });
    connect(m_badges, &DriftBadges::finished, this, &DriftCoordinator::finished);
}

DriftCoordinator::~DriftCoordinator() {
    m_probe.cancel();
}

void DriftCoordinator::computeDrift() {
    const auto& project = m_session->project();
    if (!project || m_badges->isBusy() || m_probe.isRunning())
        return;
    // The expected schema needs a scratch server: a shadow_url, or the sandbox when it runs.
    // The studio does not start a cluster on its own for a badge.
    if (project->config().hasShadowUrl()) {
        start(true);
        return;
    }
    m_probe = async(
        this,
        [](const CancelToken&) {
            const auto status = Sandbox().status();
            return status && status->running;
        },
        [this](bool running) { start(running); });
}

void DriftCoordinator::start(bool canBuild) {
    const auto& project = m_session->project();
    if (!project || m_badges->isBusy())
        return;
    QStringList reachable;
    // A copy: setDrift() below changes the store's list (and tells every view) while we walk.
    const QList<EnvironmentEntry> entries = m_session->store()->entries();
    for (const EnvironmentEntry& e : entries) {
        if (!e.status.reachable)
            continue;
        if (canBuild)
            reachable << e.name;
        else
            m_session->store()->setDrift(
                e.name, tr("—"),
                tr("Start the sandbox (strata sandbox start) or set shadow_url to compare with "
                   "the expected schema."));
    }
    if (reachable.isEmpty())
        return;
    ++m_computations;
    m_badges->refresh(*project, reachable);
}

} // namespace strata
