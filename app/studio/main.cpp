// strata-studio: the desktop application. `strata-studio [PROJECT_DIR]`.
#include "MainWindow.h"
#include "strata/Version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Strata Studio"));
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QString::fromLatin1(strata::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Strata Studio: PostgreSQL migrations"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project folder"));
    parser.process(app);

    strata::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
