#include "drift/RoundTripVerifier.h"

#include "drift/RoundTripComparison.h"

#include "db/Connection.h"
#include "drift/DriftCheck.h"
#include "drift/ScratchMigrator.h"
#include "revision/RevisionGraph.h"
#include "sandbox/Sandbox.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace strata {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("strata::RoundTripVerifier", text, nullptr, n);
}

QString firstLine(const QString& sql) {
    QString line = sql.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 80)
        line = line.left(77) + QStringLiteral("...");
    return line;
}

// What Alembic runs around a revision's own statements (reading and writing its version table,
// SQLAlchemy's has_table probe of it): left out of the statements a step reports.
bool isAlembicBookkeeping(const QString& statement, const QString& versionTable) {
    return statement.contains(versionTable, Qt::CaseInsensitive) ||
           statement.startsWith(QLatin1String("select relname from pg_class c join pg_namespace"),
                                Qt::CaseInsensitive);
}

// The ancestors of `start` (oldest first), or the id of one that is not in the graph.
Result<QStringList> ancestorsOf(const RevisionGraph& graph, const QStringList& start) {
    QStringList order;
    QSet<QString> seen;
    QString missing;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        if (seen.contains(id) || !missing.isEmpty())
            return;
        seen.insert(id);
        if (!graph.contains(id)) {
            missing = id;
            return;
        }
        for (const QString& down : graph.normalizedDownRevisions(id))
            visit(down);
        order << id;
    };
    for (const QString& id : start)
        visit(id);
    if (!missing.isEmpty())
        return Error(ErrorCode::NotFound, tr("the parent %1 is not in the project").arg(missing));
    return order;
}

// Runs the verification on one open scratch connection.
class RoundTrip {
public:
    RoundTrip(Connection& conn, ScratchMigrator& migrator, const SnapshotOptions& options,
              std::shared_ptr<Cancellation> cancellation, RoundTripReport& report)
        : m_conn(conn)
        , m_migrator(migrator)
        , m_options(options)
        , m_cancellation(std::move(cancellation))
        , m_report(report) {}

    Result<void> run(const Project& project, const Revision& revision);

private:
    bool cancelled() const { return Cancellation::isCancelled(m_cancellation); }
    // The parents through the Runner (when one of them, or the revision, is Alembic Python:
    // the version table must follow, so that Alembic finds what is applied).
    bool upgradeParents(const Revision& revision, const QStringList& order, RoundTripStep& step);
    // The parents with their SQL on the scratch connection (every one is .sql or SQL form).
    bool runParents(const Project& project, const QStringList& order, RoundTripStep& step);
    // An Alembic Python revision: upgrade, downgrade, upgrade again through the bridge.
    Result<void> runPython(const Revision& revision, const SchemaSnapshot& atParents);
    // One run of the migrator into `step` (its statements from the run's events); false when
    // it failed (step.failure says why, naming the revision).
    bool migrate(RunRequest::Kind kind, const QString& target, RoundTripStep& step);
    // Runs a section's statements (one transaction when `transactional`) into `step`; false
    // when one failed (step.failure says which, at its file line).
    bool runSection(const Revision& revision, RevisionFile::Section section, RoundTripStep& step);
    Result<SchemaSnapshot> snapshot();
    RoundTripStep& add(RoundTripStep::Kind kind, const QString& revision);

    Connection& m_conn;
    ScratchMigrator& m_migrator;
    const SnapshotOptions& m_options;
    std::shared_ptr<Cancellation> m_cancellation;
    RoundTripReport& m_report;
};

RoundTripStep& RoundTrip::add(RoundTripStep::Kind kind, const QString& revision) {
    RoundTripStep step;
    step.kind = kind;
    step.revision = revision;
    m_report.steps.append(step);
    return m_report.steps.last();
}

Result<SchemaSnapshot> RoundTrip::snapshot() {
    std::shared_ptr<Canceller> canceller = m_conn.canceller();
    const Cancellation::Scope scope =
        Cancellation::interrupt(m_cancellation, [canceller] { canceller->cancel(); });
    return SnapshotReader::read(m_conn, m_options);
}

bool RoundTrip::runSection(const Revision& revision, RevisionFile::Section section,
                           RoundTripStep& step) {
    Result<QList<SqlStatement>> statements = RevisionChecker::statementsFor(revision, section);
    if (!statements) {
        step.failure = statements.error();
        return false;
    }
    step.statements += int(statements->size());
    std::shared_ptr<Canceller> canceller = m_conn.canceller();
    const Cancellation::Scope scope =
        Cancellation::interrupt(m_cancellation, [canceller] { canceller->cancel(); });
    const bool transactional = revision.transactional;
    if (transactional) {
        if (Result<void> begun = m_conn.begin(); !begun) {
            step.failure = begun.error();
            return false;
        }
    }
    for (const SqlStatement& st : *statements) {
        Result<QueryResult> done =
            cancelled() ? Result<QueryResult>(Cancellation::error()) : m_conn.exec(st.text);
        if (!done) {
            Error e = std::move(done).error();
            e.at(revision.filePath, st.line, st.column);
            e.revision = revision.id;
            e.statement = st.text;
            step.failure = e;
            if (transactional)
                (void)m_conn.rollback();
            return false;
        }
        step.executed.append(st);
    }
    if (transactional) {
        if (Result<void> committed = m_conn.commit(); !committed) {
            step.failure = committed.error();
            return false;
        }
    }
    return true;
}

bool RoundTrip::migrate(RunRequest::Kind kind, const QString& target, RoundTripStep& step) {
    QList<SqlStatement> statements;
    const QString versionTable = m_options.versionTable.section(QLatin1Char('.'), -1);
    m_migrator.setEventHandler([&statements, &versionTable](const RunEvent& e) {
        if (e.kind != RunEvent::Kind::StatementFinished || e.statement.isEmpty() ||
            isAlembicBookkeeping(e.statement, versionTable))
            return;
        SqlStatement st;
        st.text = e.statement;
        st.line = e.line; // 0 for a statement Alembic ran (no line of the .py file)
        statements.append(st);
    });
    Result<RunSummary> done = kind == RunRequest::Kind::Upgrade ? m_migrator.upgrade(target)
                                                                : m_migrator.downgrade(target);
    m_migrator.setEventHandler({});
    step.statements += int(statements.size());
    if (step.kind != RoundTripStep::Kind::Parents)
        step.executed += statements;
    if (done)
        return true;
    step.failure = std::move(done).error();
    return false;
}

bool RoundTrip::upgradeParents(const Revision& revision, const QStringList& order,
                               RoundTripStep& step) {
    // Each direct parent (and dependency) as an upgrade target brings its own ancestors.
    for (const QString& target : revision.parents + revision.dependsOn)
        if (!migrate(RunRequest::Kind::Upgrade, target, step))
            return false;
    step.parents = order;
    return true;
}

bool RoundTrip::runParents(const Project& project, const QStringList& order, RoundTripStep& step) {
    for (const QString& id : order) {
        const Revision* ancestor = project.graph().revision(id);
        if (!runSection(*ancestor, RevisionFile::Section::Upgrade, step))
            return false;
        step.parents.append(id);
    }
    step.executed.clear();
    return true;
}

Result<void> RoundTrip::runPython(const Revision& revision, const SchemaSnapshot& atParents) {
    const auto stopped = [this]() -> Result<void> {
        return cancelled() ? Result<void>(Cancellation::error()) : Result<void>();
    };
    RoundTripStep& upgrade = add(RoundTripStep::Kind::Upgrade, revision.id);
    if (!migrate(RunRequest::Kind::Upgrade, revision.id, upgrade))
        return stopped();
    STRATA_TRY_ASSIGN(const SchemaSnapshot upgraded, snapshot());

    // Down to what the round trip started from: the first parent (Alembic downgrades only what
    // descends from it, the other parents of a merge stay), a dependency of a base, or base.
    const QStringList below = revision.parents + revision.dependsOn;
    const QString target = below.isEmpty() ? QStringLiteral("base") : below.constFirst();
    RoundTripStep& downgrade = add(RoundTripStep::Kind::Downgrade, revision.id);
    if (!migrate(RunRequest::Kind::Downgrade, target, downgrade))
        return stopped();
    STRATA_TRY_ASSIGN(const SchemaSnapshot downgraded, snapshot());
    RoundTripComparison down = RoundTripComparison::afterDowngrade(atParents, downgraded);
    downgrade.diff = std::move(down.failing);
    downgrade.keptExtensions = std::move(down.keptExtensions);
    if (!downgrade.diff.isEmpty())
        return {};

    RoundTripStep& again = add(RoundTripStep::Kind::UpgradeAgain, revision.id);
    if (!migrate(RunRequest::Kind::Upgrade, revision.id, again))
        return stopped();
    STRATA_TRY_ASSIGN(const SchemaSnapshot upgradedAgain, snapshot());
    again.diff = RoundTripComparison::afterUpgradeAgain(upgraded, upgradedAgain).failing;
    return {};
}

Result<void> RoundTrip::run(const Project& project, const Revision& revision) {
    // The parents first, as they are in the project.
    RoundTripStep* parents = &add(RoundTripStep::Kind::Parents, revision.id);
    Result<QStringList> order = ancestorsOf(project.graph(), revision.parents + revision.dependsOn);
    if (!order) {
        parents->failure = order.error();
        return {};
    }
    const bool python = revision.source == Revision::Source::AlembicPython;
    const bool throughRunner =
        python || std::any_of(order->cbegin(), order->cend(), [&project](const QString& id) {
            return project.graph().revision(id)->source == Revision::Source::AlembicPython;
        });
    const bool parentsDone = throughRunner ? upgradeParents(revision, *order, *parents)
                                           : runParents(project, *order, *parents);
    if (!parentsDone)
        return cancelled() ? Result<void>(Cancellation::error()) : Result<void>();
    STRATA_TRY_ASSIGN(const SchemaSnapshot atParents, snapshot());
    if (python)
        return runPython(revision, atParents);

    // The revision's own rules (CONCURRENTLY in a transactional revision, transaction control)
    // before any of its statements runs.
    RoundTripStep& upgrade = add(RoundTripStep::Kind::Upgrade, revision.id);
    if (const QList<Error> problems = RevisionChecker::check(revision); !problems.isEmpty()) {
        upgrade.failure = problems.first();
        return {};
    }
    if (!runSection(revision, RevisionFile::Section::Upgrade, upgrade))
        return cancelled() ? Result<void>(Cancellation::error()) : Result<void>();
    STRATA_TRY_ASSIGN(const SchemaSnapshot upgraded, snapshot());

    RoundTripStep& downgrade = add(RoundTripStep::Kind::Downgrade, revision.id);
    if (!revision.downgrade.present) {
        downgrade.failure = Error(
            ErrorCode::Usage, tr("there is no downgrade section: the revision is irreversible"));
        return {};
    }
    if (!runSection(revision, RevisionFile::Section::Downgrade, downgrade))
        return cancelled() ? Result<void>(Cancellation::error()) : Result<void>();
    STRATA_TRY_ASSIGN(const SchemaSnapshot downgraded, snapshot());
    RoundTripComparison down = RoundTripComparison::afterDowngrade(atParents, downgraded);
    downgrade.diff = std::move(down.failing);
    downgrade.keptExtensions = std::move(down.keptExtensions);
    if (!downgrade.diff.isEmpty())
        return {};

    RoundTripStep& again = add(RoundTripStep::Kind::UpgradeAgain, revision.id);
    if (!runSection(revision, RevisionFile::Section::Upgrade, again))
        return cancelled() ? Result<void>(Cancellation::error()) : Result<void>();
    STRATA_TRY_ASSIGN(const SchemaSnapshot upgradedAgain, snapshot());
    again.diff = RoundTripComparison::afterUpgradeAgain(upgraded, upgradedAgain).failing;
    return {};
}

} // namespace

QString RoundTripStep::kindName(Kind kind) {
    switch (kind) {
    case Kind::Parents:
        return tr("parents");
    case Kind::Upgrade:
        return tr("upgrade");
    case Kind::Downgrade:
        return tr("downgrade");
    case Kind::UpgradeAgain:
        return tr("upgrade again");
    }
    return {};
}

bool RoundTripReport::ok() const {
    if (steps.isEmpty() || steps.last().kind != RoundTripStep::Kind::UpgradeAgain)
        return false;
    for (const RoundTripStep& s : steps)
        if (!s.ok())
            return false;
    return true;
}

const RoundTripStep* RoundTripReport::step(RoundTripStep::Kind kind) const {
    for (const RoundTripStep& s : steps)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

QStringList RoundTripReport::lines() const {
    QStringList out;
    if (!scratchDatabase.isEmpty())
        out << tr("Scratch database %1").arg(scratchDatabase);
    for (const RoundTripStep& s : steps) {
        const QString name = RoundTripStep::kindName(s.kind);
        if (s.kind == RoundTripStep::Kind::Parents) {
            for (const QString& id : s.parents)
                out << tr("ok     parent %1 upgraded").arg(id);
        } else {
            out << tr("-- %1 (%n statement(s))", s.statements).arg(name);
            for (const SqlStatement& st : s.executed)
                out << (st.line > 0 ? tr("ok     %1 line %2: %3")
                                          .arg(name)
                                          .arg(st.line)
                                          .arg(firstLine(st.text))
                                    : tr("ok     %1: %2").arg(name, firstLine(st.text)));
        }
        if (s.failure) {
            const Error& e = *s.failure;
            QString where;
            if (s.kind == RoundTripStep::Kind::Parents && !e.revision.isEmpty())
                where += QLatin1Char(' ') + e.revision;
            if (e.line > 0)
                where += tr(" line %1").arg(e.line);
            const QString statement =
                e.statement.isEmpty() ? QString() : QStringLiteral(": ") + firstLine(e.statement);
            out << tr("FAILED %1%2%3: %4").arg(name, where, statement, e.message);
            continue;
        }
        if (!s.diff.isEmpty()) {
            out << (s.kind == RoundTripStep::Kind::Downgrade
                        ? tr("FAILED the downgrade did not restore the schema (%1):")
                        : tr("FAILED upgrading again gave another schema (%1):"))
                       .arg(s.diff.summaryText());
            for (const SchemaDifference& d : s.diff.differences())
                out << QStringLiteral("       %1 %2 %3")
                           .arg(objectKindName(d.kind), d.name, changeName(d.change));
            continue;
        }
        if (s.kind == RoundTripStep::Kind::Downgrade) {
            out << tr("ok     the downgrade restored the schema");
            for (const QString& extension : s.keptExtensions)
                out << tr("note   the downgrade keeps extension %1 (not a failure: extensions "
                          "are often kept on purpose)")
                           .arg(extension);
        }
    }
    out << (ok() ? tr("Round trip: upgrade, downgrade and upgrade again all succeeded")
                 : tr("Round trip: failed (see above)"));
    return out;
}

RoundTripVerifier::RoundTripVerifier(const Project& project, const QString& sandboxDir)
    : m_project(project)
    , m_sandboxDir(sandboxDir)
    , m_options(DriftCheck::optionsFor(project)) {
    // The version and history tables (the Runner writes them when a parent or the revision is
    // Alembic Python) are left out; no lock to wait for on a scratch database.
    m_options.lockTimeout.clear();
}

Result<RoundTripReport> RoundTripVerifier::verify(const QString& revisionId) {
    const Revision* revision = m_project.graph().revision(revisionId);
    if (!revision)
        return Error(ErrorCode::NotFound, tr("no revision %1 in the project").arg(revisionId));
    return verify(*revision);
}

Result<RoundTripReport> RoundTripVerifier::verify(const Revision& revision) {
    // An Alembic Python revision runs from its file, through the project's Alembic: it must be
    // the project's own (the editor shows it read-only, so the file is what it shows).
    if (revision.source == Revision::Source::AlembicPython) {
        const Revision* known = m_project.graph().revision(revision.id);
        if (!known || known->source != Revision::Source::AlembicPython)
            return Error(ErrorCode::NotFound,
                         tr("%1 (%2) is not an Alembic revision of the project")
                             .arg(revision.id, revision.filePath));
    }
    if (Cancellation::isCancelled(m_cancellation))
        return Cancellation::error();
    Sandbox sandbox(m_sandboxDir);
    RoundTripReport report;
    report.scratchDatabase =
        QStringLiteral("strata_verify_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    STRATA_TRY_ASSIGN(const QString scratchUrl, sandbox.urlFor(report.scratchDatabase));
    STRATA_TRY(sandbox.createDatabase(report.scratchDatabase));
    ScratchMigrator migrator(m_project, scratchUrl, QStringLiteral("scratch"), m_cancellation);
    Result<void> ran = sandbox.connect(report.scratchDatabase)
                           .and_then([&](std::unique_ptr<Connection> conn) -> Result<void> {
                               return RoundTrip(*conn, migrator, m_options, m_cancellation, report)
                                   .run(m_project, revision);
                           });
    // Always dropped; FORCE ends a session a cancelled statement left behind.
    (void)sandbox.dropDatabase(report.scratchDatabase);
    STRATA_TRY(ran);
    return report;
}

} // namespace strata
