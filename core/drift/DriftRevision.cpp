#include "drift/DriftRevision.h"

#include "drift/DriftSql.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata", text);
}

bool isExpected(const QString& against) {
    return against == QLatin1String("expected");
}

// "environment 'x': message", unless the message names it already.
Error naming(Error e, const QString& environment) {
    const QString name = QStringLiteral("environment '%1'").arg(environment);
    if (!e.message.contains(name))
        e.message = QStringLiteral("%1: %2").arg(name, e.message);
    return e;
}

QStringList sortedCopy(QStringList list) {
    std::sort(list.begin(), list.end());
    return list;
}

// Both sides of a capture must be at the project's heads: the revision goes on top of them.
Result<void> atHeads(const RevisionGraph& graph, const DriftSide& side) {
    const QStringList heads = sortedCopy(graph.heads());
    if (sortedCopy(side.heads) == heads)
        return {};
    const QString none = tr("no revision");
    return Error(ErrorCode::Usage,
                 tr("environment '%1' is at %2, not at the heads (%3): the new revision goes on "
                    "the heads, so upgrade it first (nothing written)")
                     .arg(side.label,
                          side.heads.isEmpty() ? none : side.heads.join(QLatin1String(", ")),
                          heads.isEmpty() ? none : heads.join(QLatin1String(", "))));
}

} // namespace

DriftRevision DriftRevision::capture(const DriftSide& base, const DriftSide& actual) {
    DriftRevision out;
    out.m_base = base;
    out.m_actual = actual;
    // Drift only: what the two servers ship (server differences) is not the revision's to change.
    out.m_diff =
        SchemaDiff::fromDifferences(SchemaDiff::compare(base.snapshot, actual.snapshot).drift());
    if (out.m_diff.isEmpty())
        return out;
    DriftSqlOptions up;
    up.heading =
        tr("Captured drift: what was changed by hand in %1, against %2 (strata revision "
           "--from-diff). Review it before running it.")
            .arg(actual.label, isExpected(base.label) ? tr("its expected schema") : base.label);
    up.nameA = base.label;
    up.nameB = actual.label;
    out.m_upgrade = DriftSql::generate(out.m_diff, base.snapshot, actual.snapshot, up);
    DriftSqlOptions down;
    down.heading = tr("The reverse: back from %1 to %2.").arg(actual.label, base.label);
    down.nameA = actual.label;
    down.nameB = base.label;
    down.undo = true;
    out.m_downgrade = DriftSql::generate(
        SchemaDiff::fromDifferences(SchemaDiff::compare(actual.snapshot, base.snapshot).drift()),
        actual.snapshot, base.snapshot, down);
    return out;
}

Result<DriftRevision> DriftRevision::read(const Project& project, const QString& environment,
                                          const QString& against, ExpectedSchema::Progress progress,
                                          std::shared_ptr<Cancellation> cancellation) {
    const SnapshotOptions options = DriftCheck::optionsFor(project);
    auto readSide = [&](const QString& name) -> Result<DriftSide> {
        STRATA_TRY_ASSIGN(const Environment* env, project.config().requireEnvironment(name));
        return DriftCheck::readEnvironment(project, *env, options, cancellation);
    };
    Result<DriftSide> actual = readSide(environment);
    if (!actual)
        return naming(std::move(actual).error(), environment);
    // Before the expected schema is built: a side off the heads fails at once.
    STRATA_TRY(atHeads(project.graph(), *actual));
    Result<DriftSide> base =
        isExpected(against)
            ? DriftCheck::expected(project, *actual, options, std::move(progress), cancellation)
                  .or_else([&environment](Error e) -> Result<DriftSide> {
                      e.message = tr("its expected schema: %1").arg(e.message);
                      return naming(std::move(e), environment);
                  })
            : readSide(against).or_else([&environment](Error e) -> Result<DriftSide> {
                  return naming(std::move(e), environment);
              });
    if (!base)
        return std::move(base).error();
    STRATA_TRY(atHeads(project.graph(), *base));
    return capture(*base, *actual);
}

int DriftRevision::destructiveCount() const {
    return DriftSql::destructiveCount(m_upgrade);
}

Result<NewRevision> DriftRevision::revision(const RevisionGraph& graph,
                                            NewRevision revision) const {
    STRATA_TRY(atHeads(graph, m_actual));
    if (!isExpected(m_base.label))
        STRATA_TRY(atHeads(graph, m_base));
    revision.parents = graph.heads();
    revision.upgradeSql = m_upgrade;
    revision.downgradeSql = m_downgrade;
    return revision;
}

QString DriftRevision::nothingToCapture() const {
    return tr("environment '%1' matches %2 (%3 objects): nothing to capture, nothing written")
        .arg(m_actual.label, isExpected(m_base.label) ? tr("its expected schema") : m_base.label)
        .arg(m_actual.snapshot.size());
}

} // namespace strata
