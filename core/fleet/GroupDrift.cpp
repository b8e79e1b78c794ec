#include "GroupDrift.h"

#include "Project.h"
#include "drift/DriftCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <mutex>

namespace strata {

QList<MemberDrift> GroupDrift::compare(const Project& project, const QList<Environment>& members,
                                       const SnapshotOptions& options, int jobs,
                                       const ExpectedSchema::Progress& progress,
                                       std::shared_ptr<Cancellation> cancellation) {
    std::mutex buildMutex; // one expected schema built at a time, each once
    QHash<QString, std::shared_ptr<Result<DriftSide>>> built;
    auto expectedFor = [&](const DriftSide& live) -> std::shared_ptr<Result<DriftSide>> {
        QStringList heads = live.heads;
        heads.sort();
        const QString key = heads.join(QLatin1Char(',')) + QLatin1Char('@') +
                            QString::number(live.snapshot.serverVersion() / 10000);
        std::lock_guard<std::mutex> guard(buildMutex);
        if (auto it = built.constFind(key); it != built.constEnd())
            return *it;
        auto side = std::make_shared<Result<DriftSide>>(
            DriftCheck::expected(project, live, options, progress, cancellation));
        built.insert(key, side);
        return side;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, std::min(jobs, int(members.size()))));
    return QtConcurrent::blockingMapped<QList<MemberDrift>>(
        &pool, members, [&](const Environment& env) {
            MemberDrift m;
            m.member = env.name;
            Result<DriftSide> live =
                DriftCheck::readEnvironment(project, env, options, cancellation);
            if (!live) {
                m.error = live.error();
                return m;
            }
            m.heads = live->heads;
            m.objects = int(live->snapshot.size());
            const std::shared_ptr<Result<DriftSide>> expected = expectedFor(*live);
            if (!*expected) {
                m.error = expected->error();
                return m;
            }
            const SchemaDiff diff = SchemaDiff::compare(live->snapshot, (*expected)->snapshot);
            m.drift = diff.drift();
            m.serverDifferences = int(diff.differences().size() - m.drift.size());
            m.ok = true;
            return m;
        });
}

QString GroupDrift::summary(const QList<MemberDrift>& drift) {
    int same = 0;
    int failed = 0;
    QStringList drifted;
    for (const MemberDrift& m : drift) {
        if (!m.ok)
            ++failed;
        else if (m.drift.isEmpty())
            ++same;
        else
            drifted
                << (m.drift.size() == 1
                        ? QCoreApplication::translate("strata", "%1: 1 difference").arg(m.member)
                        : QCoreApplication::translate("strata", "%1: %2 differences")
                              .arg(m.member)
                              .arg(m.drift.size()));
    }
    QStringList parts{QCoreApplication::translate("strata", "%1 as expected").arg(same)};
    if (!drifted.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(5, drifted.size());
        QString part = QCoreApplication::translate("strata", "%1 drifted (%2")
                           .arg(drifted.size())
                           .arg(drifted.mid(0, shown).join(QStringLiteral(", ")));
        if (drifted.size() > shown)
            part +=
                QCoreApplication::translate("strata", ", and %1 more").arg(drifted.size() - shown);
        parts << part + QLatin1Char(')');
    }
    if (failed > 0)
        parts << QCoreApplication::translate("strata", "%1 not compared").arg(failed);
    return (drift.size() == 1
                ? QCoreApplication::translate("strata", "1 database: ")
                : QCoreApplication::translate("strata", "%1 databases: ").arg(drift.size())) +
           parts.join(QStringLiteral(", "));
}

} // namespace strata
