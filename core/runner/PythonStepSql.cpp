#include "runner/PythonStepSql.h"

#include "alembic/AlembicOfflineRenderer.h"
#include "config/ProjectConfig.h"
#include "config/RegularFile.h"
#include "revision/RevisionGraph.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata {

namespace {

bool isPythonStep(const RevisionGraph& graph, const PlanStep& step) {
    if (step.stamp)
        return false;
    const Revision* rev = graph.revision(step.revision);
    return rev && rev->source == Revision::Source::AlembicPython;
}

} // namespace

QString PythonStepSql::knownOnlyWhenRun() {
    return QCoreApplication::translate("strata", "SQL known only when run");
}

bool PythonStepSql::needed(const RevisionGraph& graph, const StepPlan& plan) {
    return std::any_of(plan.steps.begin(), plan.steps.end(),
                       [&](const PlanStep& s) { return isPythonStep(graph, s); });
}

Result<PythonStepSql::Entries>
PythonStepSql::render(const RevisionGraph& graph, const ProjectConfig& config, const StepPlan& plan,
                      const RunRequest& request, Mode mode, const std::atomic<bool>* cancelled) {
    Entries entries;
    QList<int> indexes;
    QList<AlembicOfflineRenderer::Step> steps;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps.at(i);
        if (!isPythonStep(graph, step))
            continue;
        AlembicOfflineRenderer::Step s;
        s.revision = step.revision;
        s.upgrade = step.isUpgrade();
        s.headsBefore = plan.headsAfter(i - 1);
        steps << s;
        indexes << int(i);
    }
    if (steps.isEmpty())
        return entries;
    Result<QList<AlembicOfflineRenderer::Rendering>> rendered = [&] {
        if (!config.isAlembicProject())
            return Result<QList<AlembicOfflineRenderer::Rendering>>(Error(
                ErrorCode::Config,
                QCoreApplication::translate("strata", "Alembic Python revisions need an Alembic "
                                                      "project (alembic.ini, or [project] "
                                                      "alembic in strata.toml)")));
        return AlembicOfflineRenderer::render(
            AlembicOfflineRenderer::setupFor(config, request.xArguments, request.tag), steps,
            cancelled);
    }();
    if (!rendered) {
        Error e = std::move(rendered).error();
        // A preview lists the steps anyway when they cannot be rendered (no interpreter, no
        // Alembic, env.py raises): each Python step says why its SQL is unknown.
        if (mode == Mode::Script || e.code == ErrorCode::Cancelled)
            return e;
        for (int index : indexes) {
            Entry entry;
            entry.kind = Entry::Kind::Unknown;
            entry.reason = e.toString();
            entries.insert(index, entry);
        }
        return entries;
    }
    for (qsizetype k = 0; k < indexes.size(); ++k) {
        const int index = indexes.at(k);
        const PlanStep& step = plan.steps.at(index);
        const Revision& rev = *graph.revision(step.revision);
        const AlembicOfflineRenderer::Rendering& r = rendered->at(k);
        Entry entry;
        if (r.kind == AlembicOfflineRenderer::Rendering::Kind::Sql) {
            entry.sql = r.sql;
            entry.transactional = r.transactional;
            entries.insert(index, entry);
            continue;
        }
        entry.kind = Entry::Kind::NeedsConnection;
        entry.reason = r.reason;
        entry.file = r.file.isEmpty() ? rev.filePath : r.file;
        entry.line = r.line;
        const QString function =
            step.isUpgrade() ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
        if (mode == Mode::Script) {
            Error e(ErrorCode::Usage,
                    QCoreApplication::translate("strata", "revision %1 needs a live connection "
                                                          "(%2() fails in offline mode: %3): "
                                                          "its SQL is known only when run")
                        .arg(rev.id, function, r.reason));
            e.at(entry.file, entry.line);
            e.revision = rev.id;
            return e;
        }
        if (Result<QByteArray> text = RegularFile::read(rev.filePath))
            entry.source = AlembicOfflineRenderer::functionSource(QString::fromUtf8(*text),
                                                                  function, &entry.sourceLine);
        entries.insert(index, entry);
    }
    return entries;
}

QString PythonStepSql::previewText(const Entry& entry) {
    switch (entry.kind) {
    case Entry::Kind::Sql:
        return entry.sql;
    case Entry::Kind::Unknown:
        return QLatin1String("-- ") +
               QCoreApplication::translate("strata", "SQL unknown: %1").arg(entry.reason) +
               QLatin1String("\n\n");
    case Entry::Kind::NeedsConnection:
        break;
    }
    QString where = entry.file;
    if (entry.line > 0)
        where += QLatin1Char(':') + QString::number(entry.line);
    QString out = QLatin1String("-- ") + knownOnlyWhenRun() + QLatin1String(" (") + where +
                  QLatin1String(": ") + entry.reason + QLatin1String(")\n");
    for (const QString& line : entry.source.split(QLatin1Char('\n')))
        out += (line.isEmpty() ? QStringLiteral("--") : QStringLiteral("-- ") + line) +
               QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

} // namespace strata
