#include "ProjectCheck.h"

#include "alembic/AlembicGraphReader.h"
#include "lint/LintSettingsCheck.h"
#include "revision/RevisionFile.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

Error at(const Revision& rev, ErrorCode code, const QString& message) {
    Error e(code, message);
    e.at(rev.filePath, rev.headerLine);
    e.revision = rev.id;
    return e;
}

// `.py` revisions that need the project's Python: whether it can import them all.
void checkPython(const Project& project, const std::vector<const Revision*>& python,
                 ProjectCheck::Findings& out) {
    if (python.empty())
        return;
    if (!project.config().isAlembicProject()) {
        for (const Revision* rev : python)
            out.problems << at(*rev, ErrorCode::Config,
                               QCoreApplication::translate(
                                   "strata", "Alembic Python revision %1 cannot run here: the "
                                             "project has no Alembic configuration (alembic.ini, "
                                             "or [project] alembic in strata.toml)")
                                   .arg(rev->id));
        return;
    }
    const Result<AlembicGraph> graph = AlembicGraphReader::read(project.alembicGraphOptions());
    if (!graph) {
        Error e = graph.error();
        e.message +=
            QCoreApplication::translate("strata", ": %n Alembic Python revision(s) cannot run here",
                                        nullptr, int(python.size()));
        if (e.file.isEmpty())
            e.at(project.config().alembicConfigPath());
        out.problems << e;
        return;
    }
    QSet<QString> reported; // a file the project could not read is reported once
    for (const Error& e : project.problems())
        reported.insert(e.file);
    for (Error e : graph->problems) {
        if (reported.contains(e.file))
            continue;
        for (const Revision& rev : project.graph().revisions())
            if (rev.filePath == e.file)
                e.revision = rev.id;
        e.message = QCoreApplication::translate("strata", "does not import: %1").arg(e.message);
        out.problems << e;
    }
}

} // namespace

ProjectCheck::Findings ProjectCheck::run(const Project& project) {
    Findings out;
    out.problems = project.problems();
    out.problems += LintSettingsCheck::check(project.config().lintSettings()); // [lint] rule ids
    const RevisionGraph& graph = project.graph();
    const bool alembic = project.config().isAlembicProject();
    std::vector<const Revision*> python;
    for (const Revision& rev : graph.revisions()) {
        RevisionChecker::Review review =
            RevisionChecker::review(rev, project.config().postgresMajor());
        out.problems += review.problems;
        out.warnings += review.warnings; // newer syntax than the grammar: the server decides
        if (rev.source == Revision::Source::AlembicPython)
            python.push_back(&rev);
        if (alembic && rev.source == Revision::Source::Sql)
            out.warnings << at(rev, ErrorCode::Config,
                               QCoreApplication::translate(
                                   "strata", "%1 is a .sql revision: `alembic upgrade` cannot "
                                             "run it, so it fails for the rest of the team "
                                             "(write it as a .py revision)")
                                   .arg(rev.id));
        if (rev.id.size() > RevisionFile::kDefaultMaxIdLength)
            out.warnings << at(rev, ErrorCode::Config,
                               QCoreApplication::translate(
                                   "strata", "revision id '%1' is %2 characters long: it fits "
                                             "only a version_num column wider than Alembic's "
                                             "VARCHAR(32) (runs refuse a narrower one)")
                                   .arg(rev.id)
                                   .arg(rev.id.size()));
    }
    checkPython(project, python, out);
    const QStringList heads = graph.heads();
    if (heads.size() > 1) {
        Error e(ErrorCode::Graph,
                QCoreApplication::translate(
                    "strata", "%1 heads (%2): merge them with 'strata merge heads -m MSG' "
                              "unless the branches are meant to stay apart")
                    .arg(heads.size())
                    .arg(heads.join(QLatin1String(", "))));
        out.problems << e;
    }
    return out;
}

} // namespace strata
