// strata-studio-harness: the studio driven from the command line (screenshots, demos, the
// benchmark). `strata-studio-harness PROJECT_DIR [--env E] [--select R] [--view V]
// [--open R] [--layout L] [--size WxH] [--theme T]
// [--action A [--accept] [--plan-screenshot P]] [--screenshot S] [--dark] [--dry-run]`,
// or `strata-studio-harness PROJECT_DIR --benchmark`.
#include "MainWindow.h"
#include "StudioHarness.h"
#include "run/DryRunSource.h"
#include "shell/StudioApplication.h"
#include "shell/ThemeManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    Q_INIT_RESOURCE(strata);
    QApplication app(argc, argv);
    strata::StudioApplication::setUp(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Strata Studio, scripted"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("Project folder (with strata.toml)"));
    parser.addOption({QStringLiteral("language"), QStringLiteral("Language: en, vi or system."),
                      QStringLiteral("lang")});
    const QCommandLineOption env(QStringLiteral("env"), QStringLiteral("Environment to select."),
                                 QStringLiteral("name"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Revision to select."),
                                    QStringLiteral("revision"));
    const QCommandLineOption action(
        QStringLiteral("action"),
        QStringLiteral("Open the plan of an action: upgrade-here, downgrade-here, stamp-here, "
                       "upgrade-heads, downgrade-one."),
        QStringLiteral("action"));
    const QCommandLineOption accept(
        QStringLiteral("accept"),
        QStringLiteral("Accept the plan (typing a protected environment's name) and run it."));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the main window as PNG when ready."),
                                  QStringLiteral("path"));
    const QCommandLineOption planShot(QStringLiteral("plan-screenshot"),
                                      QStringLiteral("Save the plan dialog of --action as PNG."),
                                      QStringLiteral("path"));
    const QCommandLineOption bench(
        QStringLiteral("benchmark"),
        QStringLiteral("Print the time to the first frame, the scrolling speed and the peak "
                       "memory for the project."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("View to show: graph, matrix, drift, history, "
                                                 "problems."),
                                  QStringLiteral("view"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use the dark theme."));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Theme: dark, light or system."),
                                   QStringLiteral("theme"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Open a revision in its editor."),
                                  QStringLiteral("revision"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    QStringLiteral("Layout: graph, editing or drift."),
                                    QStringLiteral("layout"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("The window's size, WIDTHxHEIGHT."),
                                  QStringLiteral("size"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Runs only walk their plan in the console."));
    parser.addOptions({dark, theme, open, layout, size, view, bench, dryRun, env, select, action,
                       accept, shot, planShot});
    parser.process(app);

    // An unknown action is a usage error, before anything is shown or read.
    std::optional<strata::RunCoordinator::Action> chosen;
    if (parser.isSet(action)) {
        chosen = strata::RunCoordinator::actionFromName(parser.value(action));
        if (!chosen) {
            std::fprintf(stderr,
                         "strata-studio-harness: unknown action '%s' (upgrade-here, "
                         "downgrade-here, stamp-here, upgrade-heads, downgrade-one)\n",
                         qPrintable(parser.value(action)));
            return 2;
        }
    }
    if (parser.isSet(theme))
        strata::ThemeManager::apply(strata::ThemeManager::fromKey(parser.value(theme)));
    if (parser.isSet(dark))
        strata::StudioApplication::useDarkPalette();
    strata::RunSourceFactory runs;
    if (parser.isSet(dryRun))
        runs = [] { return std::make_unique<strata::DryRunSource>(); };
    strata::MainWindow window(nullptr, {}, runs);
    window.show();
    strata::StudioHarness harness(window);
    const QString project = parser.positionalArguments().value(0);
    if (parser.isSet(bench))
        return project.isEmpty() ? 2 : harness.benchmark(project, sinceStart);
    strata::HarnessOptions options;
    options.project = project;
    options.environment = parser.value(env);
    options.revision = parser.value(select);
    options.view = parser.value(view);
    options.open = parser.value(open);
    options.layout = parser.value(layout);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() == 2)
        options.size = QSize(wh[0].toInt(), wh[1].toInt());
    options.action = chosen;
    options.accept = parser.isSet(accept);
    options.screenshot = parser.value(shot);
    options.planScreenshot = parser.value(planShot);
    return harness.run(options);
}
