#include "editor/TryItRunner.h"

#include "Project.h"
#include "db/Connection.h"
#include "revision/RevisionFile.h"
#include "sandbox/Sandbox.h"
#include "schema/SchemaDiff.h"
#include "schema/SnapshotReader.h"
#include "sql/RevisionChecker.h"
#include "sql/SqlSplitter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::TryItRunner", text);
}

QString firstLine(const QString& sql) {
    QString line = sql.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 80)
        line = line.left(77) + QStringLiteral("...");
    return line;
}

// Runs statements (one transaction when `transactional`), reporting each; false on failure.
bool runStatements(Connection& conn, const QList<SqlStatement>& statements, bool transactional,
                   const QString& label, bool verbose, QStringList& lines) {
    if (transactional) {
        if (auto r = conn.begin(); !r) {
            lines << tr("FAILED %1: BEGIN: %2").arg(label, r.error().message);
            return false;
        }
    }
    for (const SqlStatement& st : statements) {
        auto r = conn.exec(st.text);
        if (!r) {
            lines << tr("FAILED %1 line %2: %3: %4")
                         .arg(label)
                         .arg(st.line)
                         .arg(firstLine(st.text), r.error().message);
            if (transactional)
                (void)conn.rollback();
            return false;
        }
        if (verbose)
            lines << tr("ok     %1 line %2: %3").arg(label).arg(st.line).arg(firstLine(st.text));
    }
    if (transactional) {
        if (auto r = conn.commit(); !r) {
            lines << tr("FAILED %1: COMMIT: %2").arg(label, r.error().message);
            return false;
        }
    }
    return true;
}

} // namespace

TryItReport TryItRunner::run(const TryItRequest& request) {
    TryItReport report;
    QStringList& lines = report.lines;

    // The ancestors, oldest first.
    auto project =
        Project::open(QFileInfo(request.revisionFile).absolutePath(), Project::Mode::Tolerant);
    if (!project) {
        lines << tr("FAILED: cannot open the project: %1").arg(project.error().message);
        return report;
    }
    const RevisionGraph& graph = project->graph();
    QStringList order;
    QSet<QString> seen;
    QString missing;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        if (seen.contains(id))
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
    for (const QString& p : request.parents)
        visit(p);
    if (!missing.isEmpty()) {
        lines << tr("FAILED: the parent %1 is not in the project").arg(missing);
        return report;
    }

    Sandbox sandbox(request.sandboxDir);
    const QString db =
        QStringLiteral("strata_try_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (auto r = sandbox.createDatabase(db); !r) {
        lines << tr("FAILED: cannot create a scratch database in the sandbox: %1")
                     .arg(r.error().message);
        return report;
    }
    lines << tr("Scratch database %1").arg(db);
    bool ok = true;
    {
        auto conn = sandbox.connect(db);
        if (!conn) {
            lines << tr("FAILED: %1").arg(conn.error().message);
            ok = false;
        }
        for (const QString& id : order) {
            if (!ok)
                break;
            const Revision* rev = graph.revision(id);
            if (rev->source != Revision::Source::Sql) {
                lines
                    << tr("FAILED: %1 is an Alembic Python revision; Try it runs SQL only").arg(id);
                ok = false;
                break;
            }
            auto statements = RevisionChecker::statementsFor(*rev, RevisionFile::Section::Upgrade);
            if (!statements) {
                lines << tr("FAILED parent %1: %2").arg(id, statements.error().message);
                ok = false;
                break;
            }
            ok = runStatements(**conn, *statements, rev->transactional, tr("parent %1").arg(id),
                               false, lines);
            if (ok)
                lines << tr("ok     parent %1 upgraded").arg(id);
        }
        const struct {
            const char* name;
            const QString* sql;
        } steps[] = {
            {QT_TRANSLATE_NOOP("strata::TryItRunner", "upgrade"), &request.upgradeSql},
            {QT_TRANSLATE_NOOP("strata::TryItRunner", "downgrade"), &request.downgradeSql},
            {QT_TRANSLATE_NOOP("strata::TryItRunner", "upgrade again"), &request.upgradeSql}};
        // The schema at the parents: the downgrade must bring it back exactly.
        std::optional<SchemaSnapshot> before;
        if (ok) {
            auto snapshot = SnapshotReader::read(**conn);
            if (snapshot)
                before = std::move(*snapshot);
            else
                lines << tr("warning: no schema snapshot: %1").arg(snapshot.error().message);
        }
        for (const auto& step : steps) {
            if (!ok)
                break;
            if (step.sql == &request.upgradeSql && &step != &steps[0] && before) {
                // After the downgrade: compare with the schema at the parents.
                auto after = SnapshotReader::read(**conn);
                if (!after) {
                    lines << tr("warning: no schema snapshot: %1").arg(after.error().message);
                } else {
                    const SchemaDiff diff = SchemaDiff::compare(*before, *after);
                    if (diff.isEmpty()) {
                        lines << tr("ok     the downgrade restored the schema");
                    } else {
                        lines << tr("FAILED the downgrade did not restore the schema (%1):")
                                     .arg(diff.summaryText());
                        for (const SchemaDifference& d : diff.differences())
                            lines << QStringLiteral("       %1 %2 %3")
                                         .arg(changeName(d.change), objectKindName(d.kind), d.name);
                        ok = false;
                        break;
                    }
                }
            }
            const QString label = tr(step.name);
            auto statements = SqlSplitter::split(*step.sql, 1);
            if (!statements) {
                lines << tr("FAILED %1: %2").arg(label, statements.error().toString());
                ok = false;
                break;
            }
            lines << QCoreApplication::translate("strata::TryItRunner", "-- %1 (%n statement(s))",
                                                 nullptr, int(statements->size()))
                         .arg(label);
            ok = runStatements(**conn, *statements, request.transactional, label, true, lines);
        }
    }
    if (auto r = sandbox.dropDatabase(db); !r)
        lines << tr("warning: could not drop %1: %2").arg(db, r.error().message);
    lines << (ok ? tr("Try it: upgrade, downgrade and upgrade again all succeeded")
                 : tr("Try it: failed (see above)"));
    report.ok = ok;
    return report;
}

} // namespace strata
