#include "DriftBadges.h"

#include "DriftComparison.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace strata {

DriftBadges::DriftBadges(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &DriftBadges::finished);
}

DriftBadges::~DriftBadges() {
    m_watcher.waitForFinished();
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
    QPointer<DriftBadges> self(this);
    m_watcher.setFuture(QtConcurrent::run([self, project, environments] {
        for (const QString& env : environments) {
            const DriftComparison c =
                DriftComparison::compute(project, env, QStringLiteral("expected"));
            const int n = c.error ? -1 : c.diff.size();
            const QString error = c.error ? c.error->toString() : QString();
            // Queued to the GUI thread; the destructor waits for this task, so self is alive.
            QMetaObject::invokeMethod(
                self.data(),
                [self, env, n, error] {
                    if (self)
                        Q_EMIT self->badgeReady(env, n, error);
                },
                Qt::QueuedConnection);
        }
    }));
}

} // namespace strata
