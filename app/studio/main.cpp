// strata-studio: the desktop application. `strata-studio [PROJECT_DIR]`.
// Screenshots, scripted actions and the benchmark live in strata-studio-harness (harness/).
#include "MainWindow.h"
#include "run/DryRunSource.h"
#include "shell/StudioApplication.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    Q_INIT_RESOURCE(strata);
    QApplication app(argc, argv);
    strata::StudioApplication::setUp(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Strata Studio: PostgreSQL migrations"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project folder (with strata.toml)"));
    parser.addOption({QStringLiteral("language"),
                      QApplication::translate("main", "Language: en, vi or system."),
                      QStringLiteral("lang")});
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QApplication::translate(
            "main", "Use a dark palette (the system's palette is followed otherwise)."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QApplication::translate("main",
                                "Runs only walk their plan in the console; no database changes."));
    parser.addOptions({darkOption, dryRunOption});
    parser.process(app);

    if (parser.isSet(darkOption))
        strata::StudioApplication::useDarkPalette();
    strata::RunSourceFactory runs;
    if (parser.isSet(dryRunOption))
        runs = [] { return std::make_unique<strata::DryRunSource>(); };
    strata::MainWindow window(nullptr, {}, runs);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return app.exec();
}
