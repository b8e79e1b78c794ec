// The studio's shell: the layouts per task (the editor gets the window, each layout saved and
// restored, a stale state ignored), View > Theme (palette and the SQL editor's colours),
// Preferences (kept in QSettings, the editors' font), Help > Keyboard Shortcuts (every action
// with a shortcut), Help > Documentation, File > New Project (strata init / init --alembic).
#include "GuiThreadGuard.h"
#include "MainWindow.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"
#include "common/Preferences.h"
#include "common/Translations.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlEditor.h"
#include "environments/EnvironmentCard.h"
#include "session/EditorTabs.h"
#include "shell/DockLayout.h"
#include "shell/HelpMenu.h"
#include "shell/ThemeManager.h"

#include <Qsci/qscilexer.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace strata;
using namespace strata::test;

namespace {

using Layout = DockLayout::Layout;

// Receives the URLs QDesktopServices would hand to the desktop.
class UrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

QString versionFile(const QString& dir, const QString& id) {
    return dir + QStringLiteral("/versions/") + id + QStringLiteral(".sql");
}

QDockWidget* dockOf(const MainWindow& window, const char* name) {
    return part<QDockWidget>(window, name);
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void editorGetsTheWindow_data();
    void editorGetsTheWindow();
    void problemsDockLeavesTheEditorAlone();
    void toolBarKeepsEveryAction_data();
    void toolBarKeepsEveryAction();
    void environmentsDockShowsTheCards_data();
    void environmentsDockShowsTheCards();
    void cardLabelsStayOnOneLine_data();
    void cardLabelsStayOnOneLine();
    void layoutSavedAndRestored_data();
    void layoutSavedAndRestored();
    void staleLayoutStateIgnored();
    void themeSwitchRecolours_data();
    void themeSwitchRecolours();
    void preferencesPersist();
    void shortcutsDialogListsEveryAction();
    void documentationFound();
    void newProjectCreatesAndOpens_data();
    void newProjectCreatesAndOpens();
    void newProjectRefusesExisting();

private:
    std::unique_ptr<MainWindow> openWindow(const QSize& size);

    std::unique_ptr<SandboxDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestShell::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StrataTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shell"));
    Q_INIT_RESOURCE(strata);
    {
        const TestConnectionsAllowed testsOwnDatabase;
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("shell"));
    }
    forbidGuiThreadConnections();
}

void TestShell::init() {
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = copySampleProject(
        m_dir->path(), QStringLiteral("[project]\nversions = \"versions\"\n\n"
                                      "[environments.dev]\nurl = \"%1\"\ncolor = \"#2e7d32\"\n\n"
                                      "[environments.test]\nurl = \"%1\"\ncolor = \"#f9a825\"\n\n"
                                      "[environments.prod]\nurl = \"%1\"\ncolor = \"#c62828\"\n"
                                      "protected = true\n")
                           .arg(m_db->url()));
}

void TestShell::cleanup() {
    ThemeManager::apply(ThemeManager::Theme::System);
    QSettings().clear();
    m_dir.reset();
}

void TestShell::cleanupTestCase() {
    const TestConnectionsAllowed testsOwnDatabase;
    m_db.reset();
}

std::unique_ptr<MainWindow> TestShell::openWindow(const QSize& size) {
    auto window = std::make_unique<MainWindow>();
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window is not shown");
    if (!window->openProject(m_project))
        qFatal("cannot open %s", qPrintable(m_project));
    if (!waitForRefresh(*window))
        qFatal("the environments are not read");
    QApplication::processEvents();
    return window;
}

// With the environment's name in the actions the toolbar is wider than 1366 px: the "here" actions
// show their icon only, so Go to… and Cancel never hide behind the » menu; at 1920 px every
// action keeps its text.
void TestShell::toolBarKeepsEveryAction_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("hereWithText");
    QTest::newRow("1366x768") << QSize(1366, 768) << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << true;
}

void TestShell::toolBarKeepsEveryAction() {
    QFETCH(QSize, size);
    QFETCH(bool, hereWithText);
    const auto window = openWindow(size);
    auto* bar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    for (QAction* a : bar->actions()) {
        QWidget* w = bar->widgetForAction(a);
        if (!w || a->isSeparator())
            continue;
        QVERIFY2(w->isVisible() && bar->rect().contains(w->geometry()),
                 qPrintable(a->text() + QStringLiteral(" is behind the » menu")));
    }
    int withText = 0;
    for (QToolButton* button : bar->findChildren<QToolButton*>())
        if (button->defaultAction() &&
            button->defaultAction()->iconText().contains(QLatin1String("to here")))
            withText += button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon ? 1 : 0;
    QCOMPARE(withText > 0, hereWithText);
}

void TestShell::editorGetsTheWindow_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestShell::editorGetsTheWindow() {
    QFETCH(QSize, size);
    const auto window = openWindow(size);
    QCOMPARE(window->dockLayout()->current(), Layout::Graph);
    RevisionEditor* editor = window->editorTabs()->openEditor(
        versionFile(m_project, QStringLiteral("0002_add_chunk_embeddings")));
    QVERIFY(editor);
    QTRY_COMPARE(window->dockLayout()->current(), Layout::Editing);
    QTRY_VERIFY(editor->isVisible());
    // The upgrade and downgrade editors have most of the window: not three lines each.
    const auto editors = [editor] {
        return editor->upgradeEditor()->height() + editor->downgradeEditor()->height();
    };
    QTRY_VERIFY2(
        editors() > window->height() / 2,
        qPrintable(
            QStringLiteral("the editors are %1 px of %2").arg(editors()).arg(window->height())));
    QVERIFY(editor->downgradeEditor()->height() >
            5 * editor->downgradeEditor()->fontMetrics().height());
    QVERIFY(!dockOf(*window, "environmentsDock")->isVisible());
    QVERIFY(!dockOf(*window, "inspectorDock")->isVisible());
    // Nothing of the editor sticks out of the window.
    const QRect inWindow(editor->mapTo(window.get(), QPoint(0, 0)), editor->size());
    QVERIFY(window->rect().contains(inWindow));
    // Back to the graph: its layout again, the environments and the inspector shown.
    centralTabs(*window)->setCurrentWidget(graphView(*window));
    QCOMPARE(window->dockLayout()->current(), Layout::Graph);
    QTRY_VERIFY(dockOf(*window, "environmentsDock")->isVisible());
    QVERIFY(dockOf(*window, "inspectorDock")->isVisible());
}

void TestShell::problemsDockLeavesTheEditorAlone() {
    // New problems bring the Problems dock up in the Graph layout, not over an open editor
    // (which lists its own).
    const auto window = openWindow(QSize(1366, 768));
    QDockWidget* problems = dockOf(*window, "problemsDock");
    QVERIFY(window->editorTabs()->openEditor(
        versionFile(m_project, QStringLiteral("0001_init_schema"))));
    QCOMPARE(window->dockLayout()->current(), Layout::Editing);
    QVERIFY(!problems->isVisibleTo(window.get()));
    emit problemsPanel(*window)->countChanged(2);
    QVERIFY(!problems->isVisibleTo(window.get()));
    QCOMPARE(problems->windowTitle(), QStringLiteral("Problems (2)"));
    window->dockLayout()->switchTo(Layout::Graph);
    problems->close();
    emit problemsPanel(*window)->countChanged(3);
    QVERIFY(problems->isVisibleTo(window.get()));
}

void TestShell::environmentsDockShowsTheCards_data() {
    editorGetsTheWindow_data();
}

void TestShell::environmentsDockShowsTheCards() {
    // The Graph layout gives the environments' cards their height: no clipped scroll area.
    QFETCH(QSize, size);
    const auto window = openWindow(size);
    QDockWidget* envs = dockOf(*window, "environmentsDock");
    QTRY_VERIFY(envs->isVisible());
    auto* area = envs->widget()->findChild<QScrollArea*>();
    QVERIFY(area);
    QTRY_COMPARE(area->verticalScrollBar()->maximum(), 0);
    for (auto* card : envs->findChildren<EnvironmentCard*>())
        QVERIFY(card->height() >= card->minimumSizeHint().height());
    // The graph keeps the larger part of the height.
    QVERIFY(graphView(*window)->height() > size.height() * 30 / 100);
}

void TestShell::cardLabelsStayOnOneLine_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("vi") << QStringLiteral("vi");
}

void TestShell::cardLabelsStayOnOneLine() {
    // "Last run" never wraps to "Last / run" (nor "Lần chạy cuối" to three lines) beside a
    // long value in a card of a 1366-pixel window.
    QFETCH(QString, language);
    const auto removeTranslators = qScopeGuard([] {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    QVERIFY(Translations::install(language));
    const CliRun run =
        runCli({QStringLiteral("--project"), m_project, QStringLiteral("upgrade"),
                QStringLiteral("heads"), QStringLiteral("--env"), QStringLiteral("dev")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto window = openWindow(QSize(1366, 768));
    QStringList keys;
    for (const char* key : {"Server", "Heads", "Pending", "Drift", "Last run"})
        keys << QCoreApplication::translate("strata::EnvironmentCard", key)
                    .replace(QChar(0xa0), QLatin1Char(' '));
    QVERIFY(language == QLatin1String("en") || keys.last() != QLatin1String("Last run"));
    const QList<EnvironmentCard*> cards = window->findChildren<EnvironmentCard*>();
    QCOMPARE(cards.size(), 3);
    int checked = 0;
    for (EnvironmentCard* card : cards)
        for (QLabel* label : card->findChildren<QLabel*>()) {
            // Each key is its own label (EnvironmentCard::addRow): it must not wrap and must
            // show its whole text.
            const QString text = label->text().replace(QChar(0xa0), QLatin1Char(' '));
            if (!keys.contains(text) || !label->isVisibleTo(card))
                continue;
            ++checked;
            QVERIFY2(!label->wordWrap(), qPrintable(text));
            QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()),
                     qPrintable(QStringLiteral("%1 clipped in %2 (%3 px)")
                                    .arg(text, card->environment())
                                    .arg(label->width())));
        }
    QVERIFY(checked >= 15);
}

void TestShell::layoutSavedAndRestored_data() {
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QByteArray>("dock");
    QTest::addColumn<bool>("shownByDefault"); // the user toggles it
    QTest::newRow("graph") << Layout::Graph << QByteArray("historyDock") << true;
    QTest::newRow("editing") << Layout::Editing << QByteArray("consoleDock") << false;
    QTest::newRow("drift") << Layout::Drift << QByteArray("environmentsDock") << true;
}

void TestShell::layoutSavedAndRestored() {
    QFETCH(Layout, layout);
    QFETCH(QByteArray, dock);
    QFETCH(bool, shownByDefault);
    const auto shown = [&dock](const MainWindow& window) {
        return dockOf(window, dock.constData())->isVisibleTo(&window);
    };
    {
        const auto window = openWindow(QSize(1366, 768));
        window->dockLayout()->setAutomatic(false);
        window->dockLayout()->action(layout)->trigger();
        QCOMPARE(window->dockLayout()->current(), layout);
        QCOMPARE(shown(*window), shownByDefault);
        dockOf(*window, dock.constData())->setVisible(!shownByDefault);
        QCOMPARE(shown(*window), !shownByDefault);
        QVERIFY(window->close());
    }
    {
        // The next start comes back in that layout, with that dock as the user left it...
        const auto window = openWindow(QSize(1366, 768));
        QCOMPARE(window->dockLayout()->current(), layout);
        QVERIFY(window->dockLayout()->action(layout)->isChecked());
        QCOMPARE(shown(*window), !shownByDefault);
        QVERIFY(!window->dockLayout()->automatic());
        // ...and the other layouts keep their own defaults.
        for (Layout other : DockLayout::all())
            if (other != layout) {
                window->dockLayout()->switchTo(other);
                QCOMPARE(window->dockLayout()->current(), other);
                QCOMPARE(dockOf(*window, "inspectorDock")->isVisibleTo(window.get()),
                         other == Layout::Graph);
            }
        window->dockLayout()->switchTo(layout);
        QCOMPARE(shown(*window), !shownByDefault);
        // Reset gives the layout its default back.
        window->findChild<QAction*>(QStringLiteral("actionResetLayout"))->trigger();
        QCOMPARE(shown(*window), shownByDefault);
    }
}

void TestShell::staleLayoutStateIgnored() {
    // A state of an older version (or garbage) does not break the window: the default applies.
    {
        const auto window = openWindow(QSize(1366, 768));
        dockOf(*window, "inspectorDock")->close();
        QVERIFY(window->close());
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("layouts/version")).toInt(), DockLayout::kVersion);
    settings.setValue(QStringLiteral("layouts/version"), DockLayout::kVersion - 1);
    settings.sync();
    {
        const auto window = openWindow(QSize(1366, 768));
        QCOMPARE(window->dockLayout()->current(), Layout::Graph);
        QVERIFY(dockOf(*window, "inspectorDock")->isVisible());
        QVERIFY(window->close());
    }
    settings.setValue(QStringLiteral("layouts/graph"), QByteArray("not a state"));
    settings.sync();
    const auto window = openWindow(QSize(1366, 768));
    QVERIFY(dockOf(*window, "inspectorDock")->isVisible());
    QVERIFY(dockOf(*window, "environmentsDock")->isVisible());
}

void TestShell::themeSwitchRecolours_data() {
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << QStringLiteral("dark") << true;
    QTest::newRow("light") << QStringLiteral("light") << false;
    // Offscreen, the platform's look is Fusion's light one.
    QTest::newRow("system") << QStringLiteral("system") << false;
}

void TestShell::themeSwitchRecolours() {
    QFETCH(QString, theme);
    QFETCH(bool, dark);
    const auto window = openWindow(QSize(1366, 768));
    RevisionEditor* editor = window->editorTabs()->openEditor(
        versionFile(m_project, QStringLiteral("0001_init_schema")));
    QVERIFY(editor);
    // Start from the opposite look, then choose the theme in View > Theme.
    ThemeManager::apply(dark ? ThemeManager::Theme::Light : ThemeManager::Theme::Dark);
    QApplication::processEvents();
    const QColor before = editor->upgradeEditor()->lexer()->paper(0);
    QCOMPARE(before.lightness() < 128, !dark);
    auto* action = window->findChild<QAction*>(QStringLiteral("actionTheme_") + theme);
    QVERIFY(action);
    action->trigger();
    QApplication::processEvents();
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark);
    QCOMPARE(window->palette().color(QPalette::Window).lightness() < 128, dark);
    QTRY_COMPARE(editor->upgradeEditor()->lexer()->paper(0).lightness() < 128, dark);
    QCOMPARE(editor->downgradeEditor()->lexer()->paper(0).lightness() < 128, dark);
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), theme);
    QCOMPARE(ThemeManager::configured(), ThemeManager::fromKey(theme));
    // A new window (the next start) applies the kept choice through StudioApplication's
    // ThemeManager::apply(configured()).
    ThemeManager::apply(ThemeManager::configured());
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark);
}

void TestShell::preferencesPersist() {
    const auto window = openWindow(QSize(1366, 768));
    RevisionEditor* editor = window->editorTabs()->openEditor(
        versionFile(m_project, QStringLiteral("0001_init_schema")));
    QVERIFY(editor);
    {
        PreferencesDialog dialog(window.get());
        QCOMPARE(dialog.timeoutBox()->value(), Preferences::kDefaultConnectTimeout);
        dialog.themeBox()->setCurrentIndex(
            dialog.themeBox()->findData(ThemeManager::key(ThemeManager::Theme::Dark)));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("vi")));
        dialog.fontSizeBox()->setValue(15);
        dialog.timeoutBox()->setValue(17);
        dialog.apply();
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("vi"));
    QCOMPARE(settings.value(QStringLiteral("editor/fontSize")).toInt(), 15);
    QCOMPARE(settings.value(QStringLiteral("connection/timeout")).toInt(), 17);
    QCOMPARE(Preferences::connectTimeoutSeconds(), 17);
    QCOMPARE(Translations::configured(), QStringLiteral("vi"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    // The open editor follows the font at once.
    QCOMPARE(editor->upgradeEditor()->lexer()->defaultFont().pointSize(), 15);
    QTRY_COMPARE(editor->upgradeEditor()->lexer()->paper(0).lightness() < 128, true);
    // A dialog opened again (the next start) shows the kept values.
    PreferencesDialog again(window.get());
    QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("vi"));
    QCOMPARE(again.fontSizeBox()->value(), 15);
    QCOMPARE(again.timeoutBox()->value(), 17);
    // Edit > Preferences opens it.
    QAction* open = window->findChild<QAction*>(QStringLiteral("actionPreferences"));
    QVERIFY(open);
    QTimer::singleShot(0, this, [] {
        auto* shown = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(shown);
        shown->reject();
    });
    open->trigger();
    Preferences::setConnectTimeoutSeconds(Preferences::kDefaultConnectTimeout);
    Translations::setConfigured(QStringLiteral("system"));
}

void TestShell::shortcutsDialogListsEveryAction() {
    const auto window = openWindow(QSize(1366, 768));
    // The actions with a shortcut, as the window has them (menus, toolbar, docks, views).
    QList<QAction*> expected;
    for (QAction* a : window->findChildren<QAction*>())
        if (!a->shortcut().isEmpty() && !expected.contains(a))
            expected << a;
    QVERIFY(expected.size() > 20);
    ShortcutsDialog dialog(ShortcutsDialog::actionsOf(window.get()), window.get());
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), int(expected.size()));
    QSet<QString> rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 1)->text();
    for (QAction* a : expected) {
        const QString key = a->shortcut().toString(QKeySequence::NativeText);
        bool found = false;
        for (const QString& row : rows)
            found = found || (row.startsWith(ShortcutsDialog::actionName(a) + QLatin1Char('|')) &&
                              row.contains(key));
        QVERIFY2(found, qPrintable(QStringLiteral("%1 (%2) is not listed").arg(a->text(), key)));
    }
    // An action added later is listed too: the table is read from the actions.
    auto* extra = new QAction(QStringLiteral("Extra Thing"), window.get());
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    ShortcutsDialog again(ShortcutsDialog::actionsOf(window.get()), window.get());
    QCOMPARE(again.table()->rowCount(), int(expected.size()) + 1);
    QVERIFY(!again.table()->findItems(QStringLiteral("Extra Thing"), Qt::MatchExactly).isEmpty());
    // The filter narrows the rows.
    again.findChild<QLineEdit*>(QStringLiteral("shortcutsFilter"))
        ->setText(QStringLiteral("extra"));
    int shown = 0;
    for (int r = 0; r < again.table()->rowCount(); ++r)
        shown += again.table()->isRowHidden(r) ? 0 : 1;
    QCOMPARE(shown, 1);
    // Help > Keyboard Shortcuts opens the dialog.
    QTimer::singleShot(0, this, [] {
        auto* shownDialog = qobject_cast<ShortcutsDialog*>(QApplication::activeModalWidget());
        QVERIFY(shownDialog);
        shownDialog->reject();
    });
    window->help()->shortcuts()->trigger();
}

void TestShell::documentationFound() {
    // From the build tree: the repository's docs/studio.md.
    QCOMPARE(HelpMenu::documentationFile(QStringLiteral(STRATA_BINARY_DIR "/bin")),
             QDir::cleanPath(QStringLiteral(STRATA_SOURCE_DIR "/docs/studio.md")));
    // Installed: PREFIX/share/doc/strata-studio beside PREFIX/bin.
    QTemporaryDir prefix;
    QDir().mkpath(prefix.filePath(QStringLiteral("bin")));
    writeFile(prefix.path(), QStringLiteral("share/doc/strata-studio/studio.md"),
              QStringLiteral("# Strata Studio\n"));
    QCOMPARE(HelpMenu::documentationFile(prefix.filePath(QStringLiteral("bin"))),
             QDir::cleanPath(prefix.filePath(QStringLiteral("share/doc/strata-studio/studio.md"))));
    QTemporaryDir nowhere;
    QCOMPARE(HelpMenu::documentationFile(nowhere.path()), QString());
    // Help > Documentation hands the file URL to the desktop.
    const auto window = openWindow(QSize(1366, 768));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const bool opened = window->help()->openDocumentation();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QVERIFY(opened);
    QCOMPARE(catcher.urls.size(), 1);
    QVERIFY(catcher.urls.constFirst().isLocalFile());
    QVERIFY(QFileInfo(catcher.urls.constFirst().toLocalFile()).isFile());
}

void TestShell::newProjectCreatesAndOpens_data() {
    QTest::addColumn<bool>("alembic");
    QTest::addColumn<QString>("url");
    QTest::newRow("strata") << false << QString();
    QTest::newRow("strata with a URL") << false << QStringLiteral("postgresql://app@db1/app_dev");
    QTest::newRow("alembic") << true << QString();
}

void TestShell::newProjectCreatesAndOpens() {
    QFETCH(bool, alembic);
    QFETCH(QString, url);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("inventory"));
    if (alembic) {
        writeFile(folder, QStringLiteral("alembic.ini"),
                  QStringLiteral("[alembic]\nscript_location = migrations\n"
                                 "sqlalchemy.url = postgresql://app@db1/inventory\n"));
        writeFile(folder, QStringLiteral("migrations/env.py"), QStringLiteral("# env\n"));
        QDir().mkpath(folder + QStringLiteral("/migrations/versions"));
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionNewProject"));
    QVERIFY(action);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewProjectDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->folderEdit()->setText(folder);
        (alembic ? dialog->alembicFormat() : dialog->strataFormat())->setChecked(true);
        dialog->urlEdit()->setText(url);
        filled = true;
        // Create, as the default button.
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    action->trigger();
    QVERIFY(filled);
    const QString toml = readFile(folder + QStringLiteral("/strata.toml"));
    QVERIFY(!toml.isEmpty());
    if (alembic) {
        QVERIFY(toml.contains(QStringLiteral("alembic = \"alembic.ini\"")));
        QVERIFY(toml.contains(QStringLiteral("${DATABASE_URL:-postgresql://app@db1/inventory}")));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/.gitignore")));
    } else {
        QVERIFY(QFileInfo(folder + QStringLiteral("/versions")).isDir());
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/.gitignore")));
        QVERIFY(toml.contains(url.isEmpty() ? QStringLiteral("url = \"${DATABASE_URL}\"")
                                            : QStringLiteral("url = \"%1\"").arg(url)));
    }
    // The studio opened it.
    QCOMPARE(QFileInfo(window.session()->projectDir()).canonicalFilePath(),
             QFileInfo(folder).canonicalFilePath());
    QVERIFY(window.session()->project());
    QVERIFY(store(window)->entry(alembic ? QStringLiteral("default") : QStringLiteral("dev")));
    store(window)->setProject({}); // no need to wait for an unreachable URL
}

void TestShell::newProjectRefusesExisting() {
    // An existing strata.toml is never overwritten; the dialog says so and stays open.
    NewProjectDialog dialog(m_project);
    const QString before = readFile(m_project + QStringLiteral("/strata.toml"));
    QVERIFY(!dialog.create());
    QVERIFY(dialog.error().contains(QStringLiteral("already exists")));
    QCOMPARE(readFile(m_project + QStringLiteral("/strata.toml")), before);
    // Alembic format without an alembic.ini: the CLI's message.
    QTemporaryDir empty;
    dialog.folderEdit()->setText(empty.path());
    dialog.alembicFormat()->setChecked(true);
    QVERIFY(!dialog.create());
    QVERIFY(dialog.error().contains(QStringLiteral("no alembic.ini")));
    QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral("strata.toml"))));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
