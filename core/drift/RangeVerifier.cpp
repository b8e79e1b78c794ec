#include "drift/RangeVerifier.h"

#include "drift/RoundTripComparison.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "drift/DriftCheck.h"
#include "drift/ScratchMigrator.h"
#include "revision/RevisionGraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("strata::RangeVerifier", text, nullptr, n);
}

const QString kUpgrade = QStringLiteral("upgrade");
const QString kDowngrade = QStringLiteral("downgrade");
const QString kUpgradeAgain = QStringLiteral("upgrade again");

QString firstLine(const QString& sql) {
    QString line = sql.simplified();
    if (line.size() > 100)
        line = line.left(97) + QStringLiteral("...");
    return line;
}

QString passName(VerifyFailure::Pass pass) {
    switch (pass) {
    case VerifyFailure::Pass::Start:
        return QStringLiteral("start");
    case VerifyFailure::Pass::Revision:
        return QStringLiteral("revision");
    case VerifyFailure::Pass::WholeRange:
        return QStringLiteral("whole_range");
    }
    return {};
}

// One verification on one database: the migrator moves it, `m_conn` snapshots it.
class RangeRun {
public:
    RangeRun(const Project& project, ScratchMigrator& migrator, Connection& conn,
             const SnapshotOptions& options, std::shared_ptr<Cancellation> cancellation,
             RangeVerification& report)
        : m_project(project)
        , m_migrator(migrator)
        , m_conn(conn)
        , m_options(options)
        , m_cancellation(std::move(cancellation))
        , m_report(report) {}

    // false when it stopped at a failure (m_report.failure) or was cancelled (error()).
    Result<bool> start();
    Result<bool> revision(const QString& id, const RangeVerifier::Progress& progress);
    Result<bool> wholeRange();

private:
    bool cancelled() const { return Cancellation::isCancelled(m_cancellation); }
    // One run; false (and the failure recorded) when it failed.
    bool migrate(RunRequest::Kind kind, const QString& target, VerifyFailure::Pass pass,
                 const QString& revision, const QString& direction, RunSummary* summary = nullptr);
    Result<SchemaSnapshot> snapshot();
    bool differs(const SchemaSnapshot& a, const SchemaSnapshot& b, VerifyFailure::Pass pass,
                 const QString& revision, const QString& direction);
    // The revisions outside the range that revisions of it stand on (they are brought up first).
    QStringList startTargets() const;
    QStringList rangeHeads() const;

    const Project& m_project;
    ScratchMigrator& m_migrator;
    Connection& m_conn;
    const SnapshotOptions& m_options;
    std::shared_ptr<Cancellation> m_cancellation;
    RangeVerification& m_report;
    SchemaSnapshot m_atStart;
    SchemaSnapshot m_current; // after the last revision verified
};

Result<SchemaSnapshot> RangeRun::snapshot() {
    if (cancelled())
        return Cancellation::error();
    std::shared_ptr<Canceller> canceller = m_conn.canceller();
    const Cancellation::Scope scope =
        Cancellation::interrupt(m_cancellation, [canceller] { canceller->cancel(); });
    Result<SchemaSnapshot> read = SnapshotReader::read(m_conn, m_options);
    if (!read && cancelled())
        return Cancellation::error();
    return read;
}

bool RangeRun::migrate(RunRequest::Kind kind, const QString& target, VerifyFailure::Pass pass,
                       const QString& revision, const QString& direction, RunSummary* summary) {
    Result<RunSummary> done = kind == RunRequest::Kind::Upgrade ? m_migrator.upgrade(target)
                                                                : m_migrator.downgrade(target);
    if (done) {
        if (summary)
            *summary = *done;
        return true;
    }
    VerifyFailure failure;
    failure.pass = pass;
    failure.error = std::move(done).error();
    // A run of several steps names the one that failed.
    failure.revision = failure.error->revision.isEmpty() ? revision : failure.error->revision;
    failure.direction = direction;
    m_report.failure = failure;
    return false;
}

bool RangeRun::differs(const SchemaSnapshot& a, const SchemaSnapshot& b, VerifyFailure::Pass pass,
                       const QString& revision, const QString& direction) {
    RoundTripComparison comparison = direction == kDowngrade
                                         ? RoundTripComparison::afterDowngrade(a, b)
                                         : RoundTripComparison::afterUpgradeAgain(a, b);
    for (const QString& extension : comparison.keptExtensions) {
        const QString kept = tr("%1 keeps extension %2").arg(revision, extension);
        if (!m_report.keptExtensions.contains(kept))
            m_report.keptExtensions << kept;
    }
    QList<SchemaDifference> differences = comparison.failing.differences();
    if (differences.isEmpty())
        return false;
    VerifyFailure failure;
    failure.pass = pass;
    failure.revision = revision;
    failure.direction = direction;
    failure.differences = std::move(differences);
    m_report.failure = failure;
    return true;
}

QStringList RangeRun::startTargets() const {
    const QSet<QString> inRange(m_report.revisions.cbegin(), m_report.revisions.cend());
    QStringList out;
    for (const QString& id : m_report.revisions) {
        const Revision* rev = m_project.graph().revision(id);
        for (const QString& below : rev->parents + rev->dependsOn)
            if (!inRange.contains(below) && !out.contains(below))
                out << below;
    }
    return out;
}

QStringList RangeRun::rangeHeads() const {
    const QSet<QString> inRange(m_report.revisions.cbegin(), m_report.revisions.cend());
    QStringList heads;
    for (const QString& id : m_report.revisions) {
        const QStringList above = m_project.graph().allChildren(id);
        if (std::none_of(above.cbegin(), above.cend(),
                         [&inRange](const QString& c) { return inRange.contains(c); }))
            heads << id;
    }
    return heads;
}

Result<bool> RangeRun::start() {
    for (const QString& target : startTargets())
        if (!migrate(RunRequest::Kind::Upgrade, target, VerifyFailure::Pass::Start, target,
                     kUpgrade))
            return cancelled() ? Result<bool>(Cancellation::error()) : Result<bool>(false);
    STRATA_TRY_ASSIGN(m_atStart, snapshot());
    m_current = m_atStart;
    return true;
}

Result<bool> RangeRun::revision(const QString& id, const RangeVerifier::Progress& progress) {
    const Revision* rev = m_project.graph().revision(id);
    QElapsedTimer timer;
    timer.start();
    RevisionVerification done;
    done.revision = id;
    done.file = rev->filePath;
    const auto finish = [&](bool ok) -> Result<bool> {
        if (!ok && cancelled())
            return Cancellation::error();
        done.ok = ok;
        done.durationMs = timer.elapsed();
        m_report.verified.append(done);
        if (progress)
            progress(done);
        return ok;
    };
    constexpr auto pass = VerifyFailure::Pass::Revision;
    const SchemaSnapshot before = m_current;
    if (!migrate(RunRequest::Kind::Upgrade, id, pass, id, kUpgrade))
        return finish(false);
    STRATA_TRY_ASSIGN(const SchemaSnapshot upgraded, snapshot());

    // Down to what the round trip started from: the first parent (a dependency of a base, or
    // base). Alembic takes down whatever else descends from it (a sibling branch verified
    // before): those heads are brought up again.
    const QStringList below = rev->parents + rev->dependsOn;
    const QString target = below.isEmpty() ? QStringLiteral("base") : below.constFirst();
    RunSummary down;
    if (!migrate(RunRequest::Kind::Downgrade, target, pass, id, kDowngrade, &down))
        return finish(false);
    for (const QString& head : down.headsBefore)
        if (head != id && !down.headsAfter.contains(head))
            if (!migrate(RunRequest::Kind::Upgrade, head, pass, head, kUpgrade))
                return finish(false);
    STRATA_TRY_ASSIGN(const SchemaSnapshot downgraded, snapshot());
    if (differs(before, downgraded, pass, id, kDowngrade))
        return finish(false);

    if (!migrate(RunRequest::Kind::Upgrade, id, pass, id, kUpgradeAgain))
        return finish(false);
    STRATA_TRY_ASSIGN(m_current, snapshot());
    if (differs(upgraded, m_current, pass, id, kUpgradeAgain))
        return finish(false);
    return finish(true);
}

Result<bool> RangeRun::wholeRange() {
    constexpr auto pass = VerifyFailure::Pass::WholeRange;
    const QString first = m_report.revisions.constFirst();
    const QStringList targets = startTargets();
    const auto stopped = [this]() -> Result<bool> {
        return cancelled() ? Result<bool>(Cancellation::error()) : Result<bool>(false);
    };
    // Down: to base, or to each revision the range stands on (and those brought up again,
    // when one of them descends from another).
    if (targets.isEmpty()) {
        if (!migrate(RunRequest::Kind::Downgrade, QStringLiteral("base"), pass, first, kDowngrade))
            return stopped();
    } else {
        for (const QString& target : targets)
            if (!migrate(RunRequest::Kind::Downgrade, target, pass, first, kDowngrade))
                return stopped();
        for (const QString& target : targets)
            if (!migrate(RunRequest::Kind::Upgrade, target, pass, target, kUpgrade))
                return stopped();
    }
    STRATA_TRY_ASSIGN(const SchemaSnapshot down, snapshot());
    if (differs(m_atStart, down, pass, first, kDowngrade))
        return false;
    const SchemaSnapshot top = m_current;
    for (const QString& head : rangeHeads())
        if (!migrate(RunRequest::Kind::Upgrade, head, pass, head, kUpgradeAgain))
            return stopped();
    STRATA_TRY_ASSIGN(m_current, snapshot());
    if (differs(top, m_current, pass, first, kUpgradeAgain))
        return false;
    return true;
}

} // namespace

QStringList VerifyFailure::leftovers() const {
    QStringList out;
    for (const SchemaDifference& d : differences)
        out << QStringLiteral("%1 %2 %3").arg(objectKindName(d.kind), d.name, changeName(d.change));
    return out;
}

QStringList RangeVerification::lines() const {
    QStringList out;
    for (const RevisionVerification& v : verified) {
        if (v.ok)
            out << tr("ok %1 (%2 ms)").arg(v.revision).arg(v.durationMs);
        else
            out << tr("FAIL %1 %2 (%3 ms)")
                       .arg(v.revision, failure ? failure->direction : QString())
                       .arg(v.durationMs);
    }
    if (failure && failure->pass != VerifyFailure::Pass::Revision)
        out << (failure->pass == VerifyFailure::Pass::Start
                    ? tr("FAIL bringing the database to the range's start: %1 %2")
                    : tr("FAIL whole range: %2 of %1"))
                   .arg(failure->revision, failure->direction);
    if (failure) {
        if (failure->error) {
            const Error& e = *failure->error;
            out << QStringLiteral("  ") + e.toString();
            if (!e.statement.isEmpty())
                out << tr("  statement: %1").arg(firstLine(e.statement));
        }
        if (!failure->differences.isEmpty()) {
            out << (failure->direction == kDowngrade
                        ? tr("  the downgrade did not restore the schema (%n difference(s)):",
                             int(failure->differences.size()))
                        : tr("  upgrading again gave another schema (%n difference(s)):",
                             int(failure->differences.size())));
            for (const QString& line : failure->leftovers())
                out << QStringLiteral("    ") + line;
        }
    } else if (wholeRangeDone) {
        for (const QString& kept : keptExtensions)
            out << tr("note: the downgrade of %1").arg(kept);
        out << tr("ok whole range: down and up again (%1 ms)").arg(wholeRangeMs);
    }
    out << (ok() ? tr("verify: %n revision(s) passed on %1 (%2 ms)", int(verified.size()))
                       .arg(database)
                       .arg(durationMs)
                 : tr("verify: FAILED at %1 (%2%3): %n of %4 revision(s) passed",
                      int(std::count_if(verified.cbegin(), verified.cend(),
                                        [](const RevisionVerification& v) { return v.ok; })))
                       .arg(failure->revision, failure->direction,
                            failure->pass == VerifyFailure::Pass::WholeRange ? tr(", whole range")
                                                                             : QString())
                       .arg(revisions.size()));
    return out;
}

QJsonObject RangeVerification::toJson() const {
    QJsonArray list;
    for (const RevisionVerification& v : verified)
        list.append(QJsonObject{{QStringLiteral("revision"), v.revision},
                                {QStringLiteral("file"), v.file},
                                {QStringLiteral("ok"), v.ok},
                                {QStringLiteral("duration_ms"), v.durationMs}});
    QJsonObject out{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("database"), database},
        {QStringLiteral("range"), QJsonArray::fromStringList(revisions)},
        {QStringLiteral("revisions"), list},
        {QStringLiteral("whole_range"), QJsonObject{{QStringLiteral("ok"), wholeRangeDone && ok()},
                                                    {QStringLiteral("duration_ms"), wholeRangeMs}}},
        {QStringLiteral("kept_extensions"), QJsonArray::fromStringList(keptExtensions)},
        {QStringLiteral("duration_ms"), durationMs}};
    if (failure) {
        QJsonObject f{{QStringLiteral("pass"), passName(failure->pass)},
                      {QStringLiteral("revision"), failure->revision},
                      {QStringLiteral("direction"), failure->direction}};
        if (failure->error) {
            const Error& e = *failure->error;
            f.insert(QStringLiteral("message"), e.message);
            f.insert(QStringLiteral("file"), e.file);
            f.insert(QStringLiteral("line"), e.line);
            f.insert(QStringLiteral("statement"), e.statement);
            f.insert(QStringLiteral("sqlstate"), e.sqlstate);
        }
        QJsonArray differences;
        for (const SchemaDifference& d : failure->differences)
            differences.append(QJsonObject{{QStringLiteral("kind"), objectKindName(d.kind)},
                                           {QStringLiteral("name"), d.name},
                                           {QStringLiteral("change"), changeName(d.change)}});
        f.insert(QStringLiteral("leftovers"), QJsonArray::fromStringList(failure->leftovers()));
        f.insert(QStringLiteral("differences"), differences);
        out.insert(QStringLiteral("failure"), f);
    }
    return out;
}

RangeVerifier::RangeVerifier(const Project& project, const Environment& database)
    : m_project(project)
    , m_database(database)
    , m_options(DriftCheck::optionsFor(project)) {
    // The version and history tables are left out; no lock to wait for on an empty database.
    m_options.lockTimeout.clear();
}

Result<QStringList> RangeVerifier::planOrder(const Project& project, const QString& range) {
    const RevisionGraph& graph = project.graph();
    const QString text = range.trimmed();
    QStringList newestFirst;
    if (text.contains(QLatin1Char(':'))) {
        if (text.count(QLatin1Char(':')) > 1)
            return Error(ErrorCode::Usage, tr("range %1 has more than one ':'").arg(text));
        const auto bound = [](const QString& b, const char* whole) {
            return b == QLatin1String(whole) ? QString() : b;
        };
        STRATA_TRY_ASSIGN(newestFirst,
                          graph.history(bound(text.section(QLatin1Char(':'), 0, 0), "base"),
                                        bound(text.section(QLatin1Char(':'), 1), "heads")));
    } else if (text.isEmpty()) {
        STRATA_TRY_ASSIGN(newestFirst, graph.history());
    } else {
        STRATA_TRY_ASSIGN(const QString one, graph.resolveOne(text));
        if (one.isEmpty())
            return Error(ErrorCode::Usage, tr("%1 names no revision").arg(text));
        newestFirst << one;
    }
    if (newestFirst.isEmpty())
        return Error(ErrorCode::Usage,
                     tr("the range %1 holds no revision")
                         .arg(text.isEmpty() ? QStringLiteral("base:heads") : text));
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

Result<RangeVerification> RangeVerifier::verify(const QStringList& revisions) {
    RangeVerification report;
    report.revisions = revisions;
    QElapsedTimer total;
    total.start();
    for (const QString& id : revisions)
        if (!m_project.graph().contains(id))
            return Error(ErrorCode::NotFound, tr("no revision %1 in the project").arg(id));
    ScratchMigrator migrator(m_project, m_database.url, m_database.name, m_cancellation);
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> conn,
                      EnvironmentConnector::open(m_database, ConnectionPurpose::Catalog));
    RangeRun run(m_project, migrator, *conn, m_options, m_cancellation, report);
    STRATA_TRY_ASSIGN(bool going, run.start());
    for (const QString& id : revisions) {
        if (!going)
            break;
        STRATA_TRY_ASSIGN(going, run.revision(id, m_progress));
    }
    if (going) {
        QElapsedTimer timer;
        timer.start();
        STRATA_TRY_ASSIGN(report.wholeRangeDone, run.wholeRange());
        report.wholeRangeMs = timer.elapsed();
    }
    report.durationMs = total.elapsed();
    return report;
}

} // namespace strata
