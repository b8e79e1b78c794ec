// strata-studio: the desktop application. `strata-studio [PROJECT_DIR]`.
// Scripting options (screenshots, demos): --env, --select, --action, --accept, --screenshot,
// --plan-screenshot.
#include "MainWindow.h"
#include "common/Translations.h"
#include "dialogs/PlanDialog.h"
#include "environments/EnvironmentStore.h"
#include "graph/GraphDelegate.h"
#include "graph/GraphModel.h"
#include "graph/GraphView.h"
#include "run/DryRunSource.h"
#include "run/RunController.h"
#include "strata/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// Runs the event loop until `signal` of `sender` fires or `timeoutMs` passes.
template <typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal, int timeoutMs) {
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path) {
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}

} // namespace

// A dark palette (Fusion), for checking the dark look where the system has no dark theme.
void useDarkPalette() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x21, 0x65, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

// Peak resident memory of this process in MB (Linux), -1 when unknown.
double peakMemoryMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Opens the project, shows the first frame, then scrolls the graph page by page to its end:
// prints the time to the first frame, the scrolling time, the graph cells painted per page
// and the peak memory.
int benchmark(strata::MainWindow& window, const QString& project, const QElapsedTimer& sinceStart) {
    QElapsedTimer open;
    open.start();
    window.openProject(project);
    QApplication::processEvents();
    window.graphView()->table()->viewport()->repaint();
    const qint64 firstFrame = sinceStart.elapsed();
    const qint64 openMs = open.elapsed();
    QTableView* table = window.graphView()->table();
    QScrollBar* bar = table->verticalScrollBar();
    const qint64 paintedBefore = strata::GraphDelegate::paintedGraphCells();
    QElapsedTimer scroll;
    scroll.start();
    int pages = 0;
    for (int value = 0; value <= bar->maximum(); value += bar->pageStep(), ++pages) {
        bar->setValue(value);
        table->viewport()->repaint();
    }
    const qint64 scrollMs = scroll.elapsed();
    const qint64 painted = strata::GraphDelegate::paintedGraphCells() - paintedBefore;
    std::printf("revisions: %d\n", window.graphModel()->rowCount());
    std::printf("first frame: %lld ms after start (open + layout + paint: %lld ms)\n",
                qint64(firstFrame), qint64(openMs));
    std::printf(
        "scrolling: %d pages in %lld ms (%.2f ms per page), %.1f graph cells painted per page\n",
        pages, qint64(scrollMs), pages ? double(scrollMs) / pages : 0.0,
        pages ? double(painted) / pages : 0.0);
    std::printf("peak memory: %.1f MB\n", peakMemoryMb());
    return 0;
}

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    Q_INIT_RESOURCE(strata);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Strata Studio"));
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QString::fromLatin1(strata::kVersion));
    QGuiApplication::setDesktopFileName(QStringLiteral("strata-studio"));
    // The language: --language, else View > Language (QSettings), else the system locale.
    {
        QString choice = strata::Translations::configured();
        const QStringList args = QApplication::arguments();
        const qsizetype at = args.indexOf(QStringLiteral("--language"));
        if (at > 0 && at + 1 < args.size())
            choice = args.at(at + 1);
        strata::Translations::install(strata::Translations::resolve(choice));
    }

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
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       QApplication::translate("main", "Environment to select."),
                                       QStringLiteral("name"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QApplication::translate("main", "Revision to select."),
                                          QStringLiteral("revision"));
    const QCommandLineOption actionOption(
        QStringLiteral("action"),
        QApplication::translate("main", "Open the plan of an action: upgrade-here, downgrade-here, "
                                        "stamp-here, upgrade-heads, downgrade-one."),
        QStringLiteral("action"));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept"),
        QApplication::translate(
            "main", "Accept the plan (typing a protected environment's name) and run it."));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the main window as PNG when ready, then quit."),
        QStringLiteral("path"));
    const QCommandLineOption planShotOption(
        QStringLiteral("plan-screenshot"),
        QApplication::translate("main", "Save the plan dialog of --action as PNG."),
        QStringLiteral("path"));
    const QCommandLineOption benchOption(
        QStringLiteral("benchmark"),
        QApplication::translate("main", "Print the time to the first frame, the scrolling speed "
                                        "and the peak memory for the project, then quit."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "View to show: graph, matrix, history, problems."),
        QStringLiteral("view"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QApplication::translate(
            "main", "Use a dark palette (the system's palette is followed otherwise)."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QApplication::translate("main",
                                "Runs only walk their plan in the console; no database changes."));
    parser.addOptions({darkOption, viewOption, benchOption, dryRunOption, envOption, selectOption,
                       actionOption, acceptOption, shotOption, planShotOption});
    parser.process(app);

    if (parser.isSet(darkOption))
        useDarkPalette();
    strata::RunSourceFactory runs;
    if (parser.isSet(dryRunOption))
        runs = [] { return std::make_unique<strata::DryRunSource>(); };
    strata::MainWindow window(nullptr, {}, runs);
    window.show();
    if (parser.isSet(benchOption) && !parser.positionalArguments().isEmpty())
        return benchmark(window, parser.positionalArguments().constFirst(), sinceStart);
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    const bool scripted = parser.isSet(shotOption) || parser.isSet(actionOption);
    if (!scripted)
        return app.exec();

    // Scripted mode: wait for the environments, act, grab, quit.
    if (window.environmentStore()->pendingReads() > 0)
        waitFor(window.environmentStore(), &strata::EnvironmentStore::refreshFinished, 15000);
    if (parser.isSet(envOption))
        window.setCurrentEnvironment(parser.value(envOption));
    if (parser.isSet(selectOption))
        window.graphView()->selectRevision(parser.value(selectOption));
    if (parser.isSet(viewOption))
        window.showView(parser.value(viewOption));
    settle(300);
    if (parser.isSet(actionOption)) {
        using A = strata::MainWindow::Action;
        const QString name = parser.value(actionOption);
        const A action = name == QLatin1String("downgrade-here")  ? A::DowngradeHere
                         : name == QLatin1String("stamp-here")    ? A::StampHere
                         : name == QLatin1String("upgrade-heads") ? A::UpgradeHeads
                         : name == QLatin1String("downgrade-one") ? A::DowngradeOne
                                                                  : A::UpgradeHere;
        const bool accept = parser.isSet(acceptOption);
        const QString planShot = parser.value(planShotOption);
        window.setPlanDialogHook([&](strata::PlanDialog& dialog) {
            if (accept && dialog.confirmationEdit())
                dialog.confirmationEdit()->setText(dialog.request().environment.name);
            dialog.show();
            settle(400);
            if (!planShot.isEmpty())
                save(&dialog, planShot);
            dialog.hide();
            return accept;
        });
        if (window.perform(action)) {
            if (window.runController()->isRunning())
                waitFor(window.runController(), &strata::RunController::finished, 120000);
            waitFor(window.environmentStore(), &strata::EnvironmentStore::refreshFinished, 15000);
        } else if (!window.lastMessage().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastMessage()));
        }
        settle(300);
    }
    if (parser.isSet(shotOption))
        return save(&window, parser.value(shotOption)) ? 0 : 1;
    return 0;
}
