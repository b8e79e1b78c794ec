#include "DriftBadges.h"

#include "DriftComparison.h"

namespace strata {

namespace {

struct Badge {
    int differences = -1;
    QString error;
    DriftSummary summary;
};

Badge badgeOf(const DriftComparison& c) {
    if (!c.error)
        return {c.diff.driftCount(), QString(), DriftSummary::compared(c.diff.driftCount())};
    const QString error = c.error->toString();
    if (error == DriftComparison::noScratchServerHint())
        return {-1, error, DriftSummary::notCompared(error)};
    const bool connection =
        c.error->code == ErrorCode::Connection || c.error->code == ErrorCode::Authentication;
    return {-1, error, DriftSummary::failed(error, connection)};
}

} // namespace

DriftBadges::DriftBadges(QObject* parent)
    : QObject(parent) {}

DriftBadges::~DriftBadges() {
    m_work.cancel(); // never waits: the worker owns its copy of the project
}

QString DriftBadges::badgeText(int differences) {
    return differences < 0 ? DriftSummary::failed(QString(), false).text()
                           : DriftSummary::compared(differences).text();
}

void DriftBadges::refresh(const Project& project, const QStringList& environments) {
    if (isBusy())
        return;
    m_project = project;
    m_pending = environments;
    m_running = true;
    next();
}

void DriftBadges::next() {
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const QString env = m_pending.takeFirst();
    m_work = async(
        this,
        [project = m_project, env](const CancelToken& token) {
            auto cancellation = Cancellation::create();
            token.onCancel([cancellation] { cancellation->cancel(); });
            const DriftComparison c =
                DriftComparison::compute(project, env, QStringLiteral("expected"), cancellation,
                                         DriftComparison::Sandbox::OnlyWhenRunning);
            return badgeOf(c);
        },
        [this, env](const Badge& badge) {
            Q_EMIT badgeReady(env, badge.differences, badge.error);
            Q_EMIT summaryReady(env, badge.summary);
            next();
        });
}

} // namespace strata
