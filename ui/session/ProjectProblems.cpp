#include "session/ProjectProblems.h"

#include "Project.h"
#include "ProjectCheck.h"
#include "lint/Linter.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace strata {

namespace {

ProblemItem::Level levelOf(LintLevel level) {
    switch (level) {
    case LintLevel::Error:
        return ProblemItem::Level::Error;
    case LintLevel::Warning:
        return ProblemItem::Level::Warning;
    default:
        return ProblemItem::Level::Note;
    }
}

} // namespace

ProjectProblems::ProjectProblems(QObject* parent)
    : QObject(parent) {}

ProjectProblems::~ProjectProblems() {
    m_run.cancel();
}

QList<ProblemItem> ProjectProblems::compute(const Project& project, const CancelToken& token) {
    QList<ProblemItem> out;
    QHash<QString, QString> revisionOfFile;
    for (const Revision& rev : project.graph().revisions())
        revisionOfFile.insert(QFileInfo(rev.filePath).absoluteFilePath(), rev.id);
    auto addError = [&](const Error& e, ProblemItem::Level level) {
        ProblemItem item;
        item.level = level;
        item.file = e.file.isEmpty() ? QString() : QFileInfo(e.file).absoluteFilePath();
        item.revision = e.revision.isEmpty() ? revisionOfFile.value(item.file) : e.revision;
        item.line = e.line;
        item.column = e.column;
        item.message = e.message;
        out.append(item);
    };
    const ProjectCheck::Findings check = ProjectCheck::run(project);
    for (const Error& e : check.problems)
        addError(e, ProblemItem::Level::Error);
    for (const Error& e : project.warnings())
        addError(e, ProblemItem::Level::Warning);
    for (const Error& e : check.warnings)
        addError(e, ProblemItem::Level::Warning);

    // A lint finding at the line of a check problem says the same thing again (CONCURRENTLY in
    // a transactional revision is both): the check's row stands for both.
    QSet<QString> checkedLines;
    for (const Error& e : check.problems)
        if (!e.file.isEmpty() && e.line > 0)
            checkedLines.insert(QFileInfo(e.file).absoluteFilePath() + QLatin1Char(':') +
                                QString::number(e.line));

    const LintOptions options = Linter::optionsFor(project.config());
    for (const Revision& rev : project.graph().revisions()) {
        if (token.cancelled())
            return out;
        const LintReport report = Linter::lint(rev, options);
        for (const LintFinding& f : report.findings) { // parse errors come from the check
            if (f.level == LintLevel::Error &&
                checkedLines.contains(QFileInfo(f.file).absoluteFilePath() + QLatin1Char(':') +
                                      QString::number(f.line)))
                continue;
            ProblemItem item;
            item.level = levelOf(f.level);
            item.origin = ProblemItem::Origin::Lint;
            item.revision = f.revision;
            item.file = f.file;
            item.line = f.line;
            item.column = f.column;
            item.rule = f.rule;
            item.message = f.message;
            item.help = f.help;
            out.append(item);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ProblemItem& a, const ProblemItem& b) {
        return std::tuple(int(a.level), a.file, a.line) < std::tuple(int(b.level), b.file, b.line);
    });
    return out;
}

void ProjectProblems::refresh(std::shared_ptr<const Project> project) {
    m_run.cancel();
    const int generation = ++m_generation;
    if (!project) {
        m_items.clear();
        emit finished();
        return;
    }
    m_run = async(
        this, [project](const CancelToken& token) { return compute(*project, token); },
        [this, generation](const QList<ProblemItem>& items) {
            if (generation != m_generation)
                return;
            m_items = items;
            emit finished();
        });
}

void ProjectProblems::clear() {
    m_run.cancel();
    ++m_generation;
    m_items.clear();
}

} // namespace strata
