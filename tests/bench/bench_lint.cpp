// Benchmark helper: times the linter alone (no process start, no output) over a project.
// usage: bench_lint PROJECT_DIR [--runs N]
// Prints figures only (tests/bench/lint.sh); never asserts a time.
#include "Project.h"
#include "lint/Linter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace strata;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_lint PROJECT_DIR [--runs N]\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    Result<Project> project = Project::open(args.first(), Project::Mode::Strict, false);
    if (!project) {
        std::fprintf(stderr, "bench_lint: %s\n", qPrintable(project.error().toString()));
        return 1;
    }
    const qint64 loadMs = timer.elapsed();
    qint64 best = -1;
    qsizetype statements = 0;
    qsizetype findings = 0;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        statements = findings = 0;
        QList<const Revision*> revisions;
        for (const Revision& rev : project->graph().revisions())
            revisions.append(&rev);
        for (const LintReport& report : Linter::lintAll(revisions, LintOptions())) {
            statements += report.statements.size();
            findings += report.findings.size();
        }
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::printf("project load %lld ms; lint %lld ms (best of %d) for %lld statements of %zu "
                "revisions: %.1f us/statement; %lld findings\n",
                static_cast<long long>(loadMs), static_cast<long long>(best), runs,
                static_cast<long long>(statements), project->graph().revisions().size(),
                statements ? 1000.0 * double(best) / double(statements) : 0.0,
                static_cast<long long>(findings));
    return 0;
}
