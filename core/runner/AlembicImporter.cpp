#include "runner/AlembicImporter.h"

#include "Project.h"
#include "alembic/AlembicOfflineRenderer.h"
#include "config/RegularFile.h"
#include "revision/RevisionFile.h"
#include "revision/RevisionGraph.h"
#include "revision/RevisionWriter.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace strata {

namespace {

// A TOML basic string.
QString tomlString(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), "\\\"");
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Alembic's op.execute("COMMIT") idiom, as the offline mode writes it: a line "COMMIT;".
const QRegularExpression& commitStatement() {
    static const QRegularExpression re(QStringLiteral("^[ \\t]*COMMIT[ \\t]*;[ \\t]*\\n\\n?"),
                                       QRegularExpression::MultilineOption |
                                           QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString strataToml(const Project& project, const QString& into, bool keepsPython) {
    const ProjectConfig& config = project.config();
    QString out = QStringLiteral("# Imported from Alembic by `strata import alembic`: the .sql "
                                 "revisions were rendered\n# by Alembic's offline mode.\n");
    out += QStringLiteral("[project]\nversions = \"versions\"\n");
    out += QStringLiteral("version_table = %1\n").arg(tomlString(config.versionTable()));
    out +=
        QStringLiteral("version_table_schema = %1\n").arg(tomlString(config.versionTableSchema()));
    if (keepsPython) {
        out += QStringLiteral("# Revisions that need a live connection stayed .py: they run "
                              "through the original\n# project's Alembic and env.py.\n");
        out += QStringLiteral("alembic = %1\n")
                   .arg(tomlString(QDir(into).relativeFilePath(config.alembicConfigPath())));
    }
    for (const Environment& env : config.environments()) {
        out += QStringLiteral("\n[environments.%1]\nurl = %2\n").arg(env.name, tomlString(env.url));
        if (env.isProtected)
            out += QStringLiteral("protected = true\n");
    }
    if (keepsPython && !config.alembicPython().isEmpty())
        out += QStringLiteral("\n[alembic]\npython = %1\n").arg(tomlString(config.alembicPython()));
    return out;
}

// The .sql text of one revision, or why it stays .py.
Result<QString> sqlFile(const Revision& rev, const AlembicOfflineRenderer::Rendering& up,
                        const AlembicOfflineRenderer::Rendering* down, QString& keptReason) {
    for (const auto& [r, name] : {std::pair{&up, "upgrade"}, std::pair{down, "downgrade"}}) {
        if (!r || r->kind == AlembicOfflineRenderer::Rendering::Kind::Sql)
            continue;
        QString where = r->file.isEmpty() ? rev.filePath : r->file;
        if (r->line > 0)
            where += QLatin1Char(':') + QString::number(r->line);
        keptReason = QCoreApplication::translate("strata", "%1() needs a live connection: %2: %3")
                         .arg(QLatin1String(name), where, r->reason);
        return QString();
    }
    QString upSql = up.sql;
    QString downSql = down ? down->sql : QString();
    const bool commitIdiom =
        upSql.contains(commitStatement()) || downSql.contains(commitStatement());
    upSql.remove(commitStatement());
    downSql.remove(commitStatement());
    NewRevision header;
    header.id = rev.id;
    header.parents = rev.parents;
    header.message = rev.message;
    header.branchLabels = rev.branchLabels;
    header.dependsOn = rev.dependsOn;
    header.createDate = rev.createDate;
    const auto render = [&](bool transactional) {
        header.transactional = transactional;
        QString text = RevisionWriter::render(header);
        const auto body = [](const QString& sql, const char* end) {
            return sql.trimmed().isEmpty() ? QString() : sql.trimmed() + QLatin1String(end);
        };
        text =
            RevisionFile::replaceSection(text, RevisionFile::Section::Upgrade, body(upSql, "\n\n"));
        if (down)
            text = RevisionFile::replaceSection(text, RevisionFile::Section::Downgrade,
                                                body(downSql, "\n"));
        else // irreversible: no downgrade section
            text = text.left(text.indexOf(QLatin1String("-- migrate:downgrade")));
        return text;
    };
    // Transactional unless the COMMIT idiom or a statement a transaction cannot hold says not.
    const QString fileName = rev.id + QLatin1String(".sql");
    for (bool transactional : {!commitIdiom, false}) {
        const QString text = render(transactional);
        STRATA_TRY_ASSIGN(const Revision parsed, RevisionFile::parse(text, fileName));
        const QList<Error> problems = RevisionChecker::check(parsed);
        if (problems.isEmpty())
            return text;
        if (!transactional) {
            Error e = problems.constFirst();
            e.message = QCoreApplication::translate("strata", "revision %1 (rendered by "
                                                              "Alembic's offline mode): %2")
                            .arg(rev.id, e.message);
            e.at(rev.filePath, rev.headerLine);
            e.revision = rev.id;
            return e;
        }
    }
    return QString(); // not reached
}

} // namespace

Result<AlembicImporter::Plan> AlembicImporter::prepare(const Project& project, const QString& into,
                                                       const QStringList& xArguments,
                                                       const QString& tag) {
    const ProjectConfig& config = project.config();
    const RevisionGraph& graph = project.graph();
    if (!config.isAlembicProject())
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("strata", "not an Alembic project (no "
                                                           "alembic.ini or [project] alembic)"));
    if (QFileInfo(into).exists() && !QDir(into).isEmpty()) {
        Error e(ErrorCode::Usage,
                QCoreApplication::translate("strata", "the folder to import into exists and is "
                                                      "not empty"));
        e.at(QFileInfo(into).absoluteFilePath());
        return e;
    }
    // Oldest first: the upgrade from nothing to every head, in Alembic's order.
    STRATA_TRY_ASSIGN(const StepPlan plan, graph.planUpgrade(QStringLiteral("heads"), {}));
    QList<AlembicOfflineRenderer::Step> steps;
    QList<int> downIndex; // per plan step: its downgrade's index in `steps`, or -1
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps.at(i);
        const Revision& rev = *graph.revision(step.revision);
        steps << AlembicOfflineRenderer::Step{rev.id, true, plan.headsAfter(i - 1)};
        downIndex << -1;
    }
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const Revision& rev = *graph.revision(plan.steps.at(i).revision);
        if (!rev.reversible())
            continue; // an SQL-form revision without downgrade(): irreversible
        downIndex[i] = int(steps.size());
        steps << AlembicOfflineRenderer::Step{rev.id, false, plan.headsAfter(i)};
    }
    STRATA_TRY_ASSIGN(const QList<AlembicOfflineRenderer::Rendering> rendered,
                      AlembicOfflineRenderer::render(
                          AlembicOfflineRenderer::setupFor(config, xArguments, tag), steps));
    Plan out;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const Revision& rev = *graph.revision(plan.steps.at(i).revision);
        QString kept;
        const int d = downIndex.at(i);
        STRATA_TRY_ASSIGN(const QString text,
                          sqlFile(rev, rendered.at(i), d >= 0 ? &rendered.at(d) : nullptr, kept));
        if (!kept.isEmpty()) {
            STRATA_TRY_ASSIGN(const QByteArray source, RegularFile::read(rev.filePath));
            out.files << File{QStringLiteral("versions/") + rev.fileName, source, rev.id};
            out.kept << Kept{rev.id, rev.filePath, kept};
            continue;
        }
        out.files << File{QStringLiteral("versions/") + rev.id + QLatin1String(".sql"),
                          text.toUtf8(), rev.id};
    }
    out.files.prepend(
        File{QStringLiteral("strata.toml"),
             strataToml(project, QFileInfo(into).absoluteFilePath(), !out.kept.isEmpty()).toUtf8(),
             QString()});
    return out;
}

Result<void> AlembicImporter::write(const Plan& plan, const QString& into) {
    const QFileInfo target(into);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "cannot create %1").arg(parent));
    QTemporaryDir temp(parent + QStringLiteral("/.strata-import-XXXXXX"));
    if (!temp.isValid())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "cannot create a temporary folder in "
                                                           "%1: %2")
                         .arg(parent, temp.errorString()));
    for (const File& f : plan.files) {
        const QString path = temp.filePath(f.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.contents) != f.contents.size()) {
            Error e(
                ErrorCode::Io,
                QCoreApplication::translate("strata", "cannot write: %1").arg(file.errorString()));
            e.at(target.absoluteFilePath() + QLatin1Char('/') + f.path);
            e.revision = f.revision;
            return e;
        }
    }
    QFile::setPermissions(temp.path(), QFile::permissions(parent));
    if (target.exists() && !QDir().rmdir(target.absoluteFilePath())) {
        Error e(ErrorCode::Io, QCoreApplication::translate("strata", "cannot replace the empty "
                                                                     "folder"));
        e.at(target.absoluteFilePath());
        return e;
    }
    if (!QDir().rename(temp.path(), target.absoluteFilePath())) {
        Error e(ErrorCode::Io, QCoreApplication::translate("strata", "cannot move the imported "
                                                                     "project into place"));
        e.at(target.absoluteFilePath());
        return e;
    }
    temp.setAutoRemove(false);
    return {};
}

} // namespace strata
