#include "DriftBadges.h"

#include "DriftComparison.h"

namespace strata {

namespace {

struct Badge {
    int differences = -1;
    QString error;
};

} // namespace

DriftBadges::DriftBadges(QObject* parent)
    : QObject(parent) {}

DriftBadges::~DriftBadges() {
    m_work.cancel(); // never waits: the worker owns its copy of the project
}

QString DriftBadges::badgeText(int differences) {
    if (differences < 0)
        return tr("drift: ?");
    if (differences == 0)
        return tr("in sync");
    return differences == 1 ? tr("1 difference") : tr("%1 differences").arg(differences);
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
            return c.error ? Badge{-1, c.error->toString()} : Badge{c.diff.size(), QString()};
        },
        [this, env](const Badge& badge) {
            Q_EMIT badgeReady(env, badge.differences, badge.error);
            next();
        });
}

} // namespace strata
