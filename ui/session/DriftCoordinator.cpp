#include "session/DriftCoordinator.h"

#include "Project.h"
#include "drift/DriftBadges.h"
#include "drift/DriftComparison.h"
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
    connect(m_badges, &DriftBadges::summaryReady, this, &DriftCoordinator::publish);
    // Compare in the drift view against the expected schema: the card's badge follows at once.
    connect(m_view, &DriftView::comparisonFinished, this,
            [this](int differences, const QString& error) {
                if (m_view->comparedB() != QLatin1String("expected"))
                    return;
                const std::optional<Error>& failure = m_view->comparison().error;
                const bool connection = failure && (failure->code == ErrorCode::Connection ||
                                                    failure->code == ErrorCode::Authentication);
                publish(m_view->comparedA(), differences >= 0
                                                 ? DriftSummary::compared(differences)
                                                 : DriftSummary::failed(error, connection));
            });
    connect(m_badges, &DriftBadges::finished, this, &DriftCoordinator::finished);
}

DriftCoordinator::~DriftCoordinator() {
    m_probe.cancel();
}

void DriftCoordinator::publish(const QString& environment, const DriftSummary& summary) {
    EnvironmentStore* store = m_session->store();
    if (summary.state != DriftSummary::State::NotCompared)
        store->recordDriftComparison(environment, summary.differences);
    store->setDrift(environment, summary.text(), summary.toolTip(),
                    summary.hasResult() ? summary.differences : -1);
    m_summaries.insert(environment, summary);
    emit driftCompared(environment, summary);
}

DriftSummary DriftCoordinator::summary(const QString& environment) const {
    return m_summaries.value(environment);
}

void DriftCoordinator::openComparison(const QString& environment) {
    emit viewRequested();
    const bool shown = m_view->comparedA() == environment &&
                       m_view->comparedB() == QLatin1String("expected") &&
                       !m_view->comparison().error && !m_view->comparison().a.label.isEmpty();
    if (!shown || m_view->isBusy())
        m_view->compare(environment, QStringLiteral("expected"));
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
            publish(e.name, DriftSummary::notCompared(DriftComparison::noScratchServerHint()));
    }
    if (reachable.isEmpty())
        return;
    ++m_computations;
    m_badges->refresh(*project, reachable);
}

} // namespace strata
