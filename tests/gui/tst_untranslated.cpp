// No text of the studio bypasses tr(). The studio runs in a pseudo-translation (every message
// of strata_en.ts wrapped in ⟦…⟧, built from the catalog by resources/translations/pseudo.py
// and lrelease): the main window on a project with three environments (one reachable with a
// run done, one protected, one unreachable), then each dialog (new revision, merge, password,
// the plan of a protected upgrade, of a downgrade, of a stamp, go to target, branch choice,
// environment editor, resolve dirty, preferences, shortcuts, new project). Every text a user reads
// is walked: window titles, labels, buttons, group boxes, tabs, placeholders, tooltips, combo
// items, actions and menus, read-only text views, and the header and cells of every item
// model shown.
//
// The rule: with the ⟦…⟧ parts (and rich-text markup) removed, a text may hold only data —
// the words of the project itself (revision ids, messages, labels, SQL, environment names and
// URLs, the temporary folder), numbers, dates, punctuation and symbols, single letters, the
// language names of the Language menu (each written in its own language), key names and the
// unit "ms", the day and month names of the locale's dates, the font families of the font
// choice. Any other word is human language that did not go through tr().
#include "GuiThreadGuard.h"
#include "MainWindow.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"
#include "common/CodeTheme.h"
#include "common/ProblemItem.h"
#include "dialogs/BranchChoiceDialog.h"
#include "dialogs/GoToTargetDialog.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ResolveDirtyDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentEditor.h"
#include "history/HistoryModel.h"
#include "preflight/PreFlightReport.h"
#include "session/EditorTabs.h"
#include "session/ProjectProblems.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace strata;
using namespace strata::test;

namespace {

constexpr QChar kOpen = QChar(0x27E6);  // ⟦
constexpr QChar kClose = QChar(0x27E7); // ⟧

// The text outside every ⟦…⟧ (nested ones included).
QString outsideCatalog(const QString& text) {
    QString out;
    int depth = 0;
    for (QChar c : text) {
        if (c == kOpen)
            ++depth;
        else if (c == kClose && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

QString plainText(const QString& text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The words of `text` that could be human language. Paths and URLs (anything with a '/'),
// file names, tokens with a digit (ids, hashes, numbers, versions) and upper-case tokens (SQL
// keywords, SQLSTATE) are data and left out; identifiers are split at '_' ("started_at" is
// two words).
QStringList words(const QString& text) {
    static const QRegularExpression dataToken(
        QStringLiteral("\\S*/\\S*|\\S+\\.(sql|py|toml|log|txt)\\b"));
    static const QRegularExpression token(QStringLiteral("[\\p{L}\\p{M}\\p{N}_]+"));
    QString rest = text;
    rest.replace(dataToken, QStringLiteral(" "));
    QStringList out;
    for (auto it = token.globalMatch(rest); it.hasNext();) {
        const QString t = it.next().captured(0);
        if (std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        for (const QString& part : t.split(u'_', Qt::SkipEmptyParts))
            if (part.size() > 1 && part != part.toUpper())
                out << part;
    }
    return out;
}

// What may stand outside ⟦…⟧: the data words of the project, and these.
QSet<QString> fixedData() {
    QSet<QString> out;
    for (const char* word : {"ctrl", "shift", "alt", "meta", "esc", "escape", "enter", "return",
                             "tab", "del", "home", "end", "pgup", "pgdown", "ms", "english"})
        out.insert(QString::fromLatin1(word));
    for (const QString& w : words(QStringLiteral("Tiếng Việt")))
        out.insert(w.toLower());
    // A date written by the locale ("Tuesday, 1 December 2026") is the locale's, not tr()'s.
    const QLocale locale;
    QStringList names;
    for (int i = 1; i <= 12; ++i)
        for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            names << locale.monthName(i, format) << locale.standaloneMonthName(i, format);
            if (i <= 7)
                names << locale.dayName(i, format) << locale.standaloneDayName(i, format);
        }
    for (const QString& w : words(names.join(u' ')))
        out.insert(w.toLower());
    return out;
}

// The texts a user reads in `root` and its children, each as "where: text".
class TextWalker {
public:
    void walk(QWidget* root) {
        add(root, "windowTitle", root->windowTitle());
        const QList<QWidget*> children = root->findChildren<QWidget*>();
        visitWidget(root);
        for (QWidget* w : children)
            visitWidget(w);
        QList<QAction*> actions = root->findChildren<QAction*>();
        for (QWidget* w : children)
            actions += w->actions();
        for (QAction* a : actions) {
            if (a->isSeparator())
                continue;
            add(a, "action text", a->text());
            add(a, "action toolTip", a->toolTip());
            add(a, "action statusTip", a->statusTip());
        }
    }
    const QList<QPair<QString, QString>>& texts() const { return m_texts; }

private:
    void add(const QObject* o, const char* what, const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        m_texts.append({QStringLiteral("%1(%2) %3")
                            .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(),
                                 QString::fromLatin1(what)),
                        text});
    }
    void visitWidget(QWidget* w) {
        add(w, "toolTip", w->toolTip());
        add(w, "statusTip", w->statusTip());
        if (w->isWindow() || qobject_cast<QDockWidget*>(w))
            add(w, "windowTitle", w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, "text", label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, "text", button->text());
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(w, "title", group->title());
        if (auto* menu = qobject_cast<QMenu*>(w))
            add(w, "title", menu->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(w, "placeholderText", edit->placeholderText());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
            add(w, "placeholderText", edit->placeholderText());
            if (edit->isReadOnly())
                add(w, "text", edit->toPlainText());
        }
        if (auto* edit = qobject_cast<QTextEdit*>(w)) {
            add(w, "placeholderText", edit->placeholderText());
            if (edit->isReadOnly())
                add(w, "text", edit->toPlainText());
        }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            add(w, "placeholderText", combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(w, "item", combo->itemText(i));
                add(w, "item toolTip", combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, "tab", tabs->tabText(i));
                add(w, "tab toolTip", tabs->tabToolTip(i));
            }
        if (auto* bar = qobject_cast<QProgressBar*>(w))
            add(w, "text", bar->text());
        if (auto* status = qobject_cast<QStatusBar*>(w))
            add(w, "message", status->currentMessage());
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            visitModel(view, view->model(), QModelIndex());
    }
    void visitModel(const QObject* view, const QAbstractItemModel* model,
                    const QModelIndex& parent) {
        if (!parent.isValid())
            for (int c = 0; c < model->columnCount(); ++c) {
                add(view, "header", model->headerData(c, Qt::Horizontal).toString());
                add(view, "header toolTip",
                    model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        for (int r = 0; r < std::min(model->rowCount(parent), 50); ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                add(view, "cell", index.data(Qt::DisplayRole).toString());
                add(view, "cell toolTip", index.data(Qt::ToolTipRole).toString());
                if (c == 0 && model->hasChildren(index))
                    visitModel(view, model, index);
            }
    }

    QList<QPair<QString, QString>> m_texts;
};

// Whether a text in `root` holds `word` translated on its own (⟦word⟧): a value put into a
// translated message with arg() (a run's direction) is inside the message's ⟦…⟧ either way,
// so the walk cannot see it bypass tr().
bool showsTranslated(QWidget* root, const QString& word) {
    TextWalker walker;
    walker.walk(root);
    const QString wrapped = kOpen + word + kClose;
    return std::any_of(walker.texts().begin(), walker.texts().end(),
                       [&](const auto& text) { return text.second.contains(wrapped); });
}

} // namespace

class TestUntranslated : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ruleSeesBypass_data();
    void ruleSeesBypass();
    void everyTextTranslated_data();
    void everyTextTranslated();

private:
    // The words of `text` that are neither in the catalog nor data.
    QStringList bypasses(const QString& text) const;
    void writeProject();
    QStringList walkPlan(RunCoordinator::Action action, const QString& environment,
                         const QString& revision);
    QStringList check(QWidget* root) const;
    // The core's own texts the studio shows as the core wrote them: the project's check and
    // lint findings, the environments' errors (libpq's and the server's words), the plan's
    // pre-flight findings. They are data here: the core has no catalog yet, and its lint
    // rules translate in a context lupdate does not see (see the report).
    void addCoreTexts();
    void addCoreTexts(const PreFlightReport& report);
    void addData(const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxDatabase> m_dev, m_prod;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_pseudo;
    QSet<QString> m_data;
};

void TestUntranslated::initTestCase() {
    forbidGuiThreadConnections();
    QVERIFY2(m_pseudo.load(QStringLiteral(STRATA_PSEUDO_QM)), STRATA_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeProject();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(m_window->openProject(m_dir->path()));
    QVERIFY(waitForRefresh(*m_window));
    // A run on dev, so that the console, the history and the cards show what a run leaves.
    m_window->runs()->setPlanDialogHook([](PlanDialog&) { return true; });
    QSignalSpy finished(m_window->runs()->controller(), &RunController::finished);
    QVERIFY(m_window->runs()->perform(RunCoordinator::Action::UpgradeHere, QStringLiteral("dev"),
                                      QStringLiteral("0002_accounts_email")));
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(waitForRefresh(*m_window));
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    QVERIFY(graphView(*m_window)->selectRevision(QStringLiteral("0002_accounts_email")));
    QTRY_VERIFY_WITH_TIMEOUT(historyView(*m_window)->model()->rowCount() > 0, 20000);
}

void TestUntranslated::cleanupTestCase() {
    m_window.reset();
    TestConnectionsAllowed testsOwnDatabases;
    m_dev.reset();
    m_prod.reset();
    QCoreApplication::removeTranslator(&m_pseudo);
}

void TestUntranslated::writeProject() {
    TestConnectionsAllowed testsOwnDatabases;
    m_dev = std::make_unique<SandboxDatabase>(QStringLiteral("i18n_dev"));
    m_prod = std::make_unique<SandboxDatabase>(QStringLiteral("i18n_prod"));
    const QString dir = m_dir->path();
    const auto revision = [&](const QString& id, const QString& parent, const QString& message,
                              const QString& labels, const QString& up, const QString& down) {
        writeFile(dir, QStringLiteral("versions/%1.sql").arg(id),
                  QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n"
                                 "-- Create Date: 2026-11-20 09:00:00+07:00\n-- Message: %3\n"
                                 "-- Branch Labels: %4\n-- Depends On:\n-- Transactional: yes\n\n"
                                 "-- migrate:upgrade\n%5\n\n-- migrate:downgrade\n%6\n")
                      .arg(id, parent, message, labels, up, down));
    };
    revision(QStringLiteral("0001_accounts"), QString(), QStringLiteral("create accounts"),
             QString(), QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, name text);"),
             QStringLiteral("DROP TABLE accounts;"));
    revision(QStringLiteral("0002_accounts_email"), QStringLiteral("0001_accounts"),
             QStringLiteral("add accounts email"), QString(),
             QStringLiteral("ALTER TABLE accounts ADD COLUMN email text;"),
             QStringLiteral("ALTER TABLE accounts DROP COLUMN email;"));
    revision(QStringLiteral("0003_audit"), QStringLiteral("0001_accounts"),
             QStringLiteral("audit log"), QStringLiteral("audit"),
             QStringLiteral("CREATE TABLE audit_log (id bigint, at timestamptz);"),
             QStringLiteral("DROP TABLE audit_log;"));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n"
                             "[environments.dev]\nurl = \"%1\"\ncolor = \"#2e7d32\"\n\n"
                             "[environments.prod]\nurl = \"%2\"\ncolor = \"#c62828\"\n"
                             "protected = true\n\n"
                             "[environments.down]\nurl = "
                             "\"postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2\"\n")
                  .arg(m_dev->url(), m_prod->url()));
    // The data words: the values of the revisions' headers and their SQL (not the header
    // keywords, "Message:" must be translated), the environments' names and URLs.
    m_data = fixedData();
    static const QRegularExpression header(QStringLiteral("^--\\s*[A-Za-z ]+:(.*)$"));
    static const QRegularExpression section(QStringLiteral("^--\\s*migrate:"));
    QStringList data;
    for (QDirIterator it(dir + QStringLiteral("/versions"), {QStringLiteral("*.sql")}, QDir::Files);
         it.hasNext();)
        for (const QString& line : readFile(it.next()).split(u'\n')) {
            if (section.match(line).hasMatch())
                continue;
            const auto m = header.match(line);
            data << (m.hasMatch() ? m.captured(1) : line);
        }
    data << QStringLiteral("dev prod down") << m_dev->url() << m_prod->url();
    // The code themes' names are the library's proper names ("Breeze Dark", "Dracula").
    data << CodeTheme::instance().names();
    for (const QString& text : data)
        addData(text);
}

void TestUntranslated::addData(const QString& text) {
    static const QRegularExpression token(QStringLiteral("[\\p{L}\\p{M}\\p{N}]+"));
    for (auto it = token.globalMatch(text); it.hasNext();)
        m_data.insert(it.next().captured(0).toLower());
}

void TestUntranslated::addCoreTexts() {
    for (const ProblemItem& item : m_window->session()->problems()->items())
        addData(item.rule + u' ' + item.message + u' ' + item.help);
    for (const EnvironmentEntry& entry : store(*m_window)->entries()) {
        const EnvironmentStatus& s = entry.status;
        addData(s.error.message + u' ' + s.planError);
        for (const auto& error : {s.dirtyError, s.checksumError, s.historyError})
            if (error)
                addData(error->message);
        if (s.lastRun)
            addData(s.lastRun->osUser + u' ' + s.lastRun->host + u' ' + s.lastRun->dbUser);
    }
}

void TestUntranslated::addCoreTexts(const PreFlightReport& report) {
    for (const PreFlightStep& step : report.steps) {
        addData(step.notLinted);
        for (const LintFinding& f : step.findings)
            addData(f.rule + u' ' + f.message + u' ' + f.help);
        for (const StatementLockInfo& lock : step.locks)
            addData(lock.describe().join(u' '));
        for (const Error& e : step.problems)
            addData(e.message);
        for (const DestructiveStatement& d : step.destructive)
            addData(d.what() + u' ' + d.estimateText());
    }
}

QStringList TestUntranslated::bypasses(const QString& text) const {
    QStringList out;
    const QString plain = outsideCatalog(plainText(text));
    const bool elided = plain.contains(u'…');
    for (const QString& w : words(plain)) {
        const QString lower = w.toLower();
        if (m_data.contains(lower))
            continue;
        // An elided data text ("postgre…_prod") leaves a piece of a data word.
        if (elided && std::any_of(m_data.begin(), m_data.end(), [&](const QString& d) {
                return d.startsWith(lower) || d.endsWith(lower);
            }))
            continue;
        out << w;
    }
    return out;
}

QStringList TestUntranslated::check(QWidget* root) const {
    TextWalker walker;
    walker.walk(root);
    QStringList problems;
    for (const auto& [where, text] : walker.texts()) {
        const QStringList found = bypasses(text);
        if (!found.isEmpty())
            problems << QStringLiteral("%1: \"%2\" (%3)").arg(where, text, found.join(u' '));
    }
    problems.removeDuplicates();
    return problems;
}

QStringList TestUntranslated::walkPlan(RunCoordinator::Action action, const QString& environment,
                                       const QString& revision) {
    QStringList problems;
    bool shown = false;
    m_window->runs()->setPlanDialogHook([&](PlanDialog& dialog) {
        shown = true;
        dialog.show();
        QTest::qWait(0);
        addCoreTexts(dialog.preFlight());
        problems = check(&dialog);
        return false; // cancelled: nothing runs
    });
    m_window->runs()->perform(action, environment, revision);
    m_window->runs()->setPlanDialogHook({});
    if (!shown)
        problems << QStringLiteral("no plan dialog for %1").arg(environment);
    return problems;
}

void TestUntranslated::ruleSeesBypass_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bypass");
    QTest::newRow("wrapped") << QStringLiteral("⟦Upgrade to heads⟧") << false;
    QTest::newRow("wrapped with data")
        << QStringLiteral("⟦Upgrade ⟦dev⟧ to 0002_accounts_email⟧") << false;
    QTest::newRow("data only") << QStringLiteral("0003_audit — audit log") << false;
    QTest::newRow("numbers and dates") << QStringLiteral("2026-11-20 09:00 (12 ms)") << false;
    QTest::newRow("rich text wrapped") << QStringLiteral("<b>⟦Server⟧</b>: 15.4") << false;
    QTest::newRow("path and file")
        << QStringLiteral("/tmp/x/versions/0001_accounts.sql:10") << false;
    QTest::newRow("sql keywords") << QStringLiteral("INSERT 0001_accounts") << false;
    QTest::newRow("elided data") << QStringLiteral("acco…_email") << false;
    QTest::newRow("literal") << QStringLiteral("Upgrade to heads") << true;
    QTest::newRow("column name") << QStringLiteral("started_at") << true;
    QTest::newRow("header keyword") << QStringLiteral("Message") << true;
    QTest::newRow("literal beside wrapped") << QStringLiteral("⟦Heads⟧ (resolved: dev)") << true;
    QTest::newRow("literal in rich text") << QStringLiteral("<i>none</i>") << true;
}

void TestUntranslated::ruleSeesBypass() {
    QFETCH(QString, text);
    QFETCH(bool, bypass);
    QCOMPARE(!bypasses(text).isEmpty(), bypass);
}

void TestUntranslated::everyTextTranslated_data() {
    QTest::addColumn<QString>("part");
    for (const char* part :
         {"main window", "revision editor", "new revision", "merge", "password",
          "plan protected upgrade", "plan downgrade", "plan stamp", "go to target", "branch choice",
          "environment editor", "resolve dirty", "preferences", "shortcuts", "new project"})
        QTest::newRow(part) << QString::fromLatin1(part);
}

void TestUntranslated::everyTextTranslated() {
    QFETCH(QString, part);
    const auto& project = m_window->session()->project();
    QVERIFY(project);
    QStringList problems;
    if (part == u"main window") {
        addCoreTexts();
        for (const QString& view :
             {QStringLiteral("matrix"), QStringLiteral("drift"), QStringLiteral("history"),
              QStringLiteral("problems"), QStringLiteral("graph")}) {
            m_window->showView(view);
            QTest::qWait(0);
            problems += check(m_window.get());
        }
        // The console's step rows name the direction in the user's language.
        auto* runLog = m_window->findChild<QWidget*>(QStringLiteral("runLog"));
        QVERIFY(runLog);
        QVERIFY(showsTranslated(runLog, QStringLiteral("upgrade")));
    } else if (part == u"revision editor") {
        RevisionEditor* editor = m_window->editorTabs()->openEditor(
            m_dir->filePath(QStringLiteral("versions/0002_accounts_email.sql")));
        QVERIFY(editor);
        QTest::qWait(0);
        problems = check(m_window.get());
    } else if (part == u"new revision") {
        NewRevisionDialog dialog(project->graph(), project->primaryVersionsDir(), QString(),
                                 m_window.get());
        dialog.show();
        dialog.messageEdit()->setText(QStringLiteral("add accounts email"));
        problems = check(&dialog);
    } else if (part == u"merge") {
        MergeDialog dialog(project->graph(), project->primaryVersionsDir(), m_window.get());
        dialog.show();
        problems = check(&dialog);
    } else if (part == u"password") {
        PasswordDialog dialog(QStringLiteral("prod"), m_prod->url(),
                              QStringLiteral("password authentication failed"), m_window.get());
        dialog.show();
        // The server's error is data (libpq's words, in the server's language).
        for (const QString& w : words(QStringLiteral("password authentication failed")))
            m_data.insert(w.toLower());
        problems = check(&dialog);
    } else if (part == u"plan protected upgrade") {
        problems = walkPlan(RunCoordinator::Action::UpgradeHeads, QStringLiteral("prod"), {});
    } else if (part == u"plan downgrade") {
        problems = walkPlan(RunCoordinator::Action::DowngradeHere, QStringLiteral("dev"),
                            QStringLiteral("0001_accounts"));
    } else if (part == u"plan stamp") {
        problems = walkPlan(RunCoordinator::Action::StampHere, QStringLiteral("prod"),
                            QStringLiteral("0003_audit"));
    } else if (part == u"go to target") {
        GoToTargetDialog dialog(project->graph(), QStringLiteral("dev"),
                                {QStringLiteral("0002_accounts_email")}, m_window.get());
        dialog.show();
        dialog.targetEdit()->setText(QStringLiteral("0001_accounts")); // a plan is previewed
        QVERIFY(dialog.hasPlan());
        problems = check(&dialog);
    } else if (part == u"branch choice") {
        BranchChoiceDialog dialog(
            project->graph(), QStringLiteral("dev"),
            {QStringLiteral("0002_accounts_email"), QStringLiteral("0003_audit")}, m_window.get());
        dialog.show();
        problems = check(&dialog);
    } else if (part == u"environment editor") {
        const Environment* prod = project->config().environment(QStringLiteral("prod"));
        QVERIFY(prod);
        EnvironmentEditor dialog(*prod, false, {QStringLiteral("dev"), QStringLiteral("down")},
                                 QString(), {}, m_window.get());
        dialog.show();
        problems = check(&dialog);
    } else if (part == u"resolve dirty") {
        const Environment* prod = project->config().environment(QStringLiteral("prod"));
        QVERIFY(prod);
        // A failed Transactional: no step; the server's error and who ran it are data.
        HistoryRow dirty = HistoryRow::started(QStringLiteral("0003_audit"),
                                               QStringLiteral("upgrade"), QStringLiteral("prod"));
        dirty.status = HistoryRow::Status::Failed;
        dirty.transactional = false;
        dirty.dbUser = QStringLiteral("postgres");
        dirty.errorSqlstate = QStringLiteral("42P07");
        dirty.errorMessage = QStringLiteral("relation \"audit_log\" already exists");
        dirty.errorStatement =
            QStringLiteral("CREATE TABLE audit_log (id bigint, at timestamptz);");
        dirty.errorLine = 10;
        addData(dirty.osUser + u' ' + dirty.host + u' ' + dirty.dbUser + u' ' + dirty.errorMessage);
        ResolveDirtyDialog dialog(project, *prod, dirty, m_window.get());
        dialog.show();
        problems = check(&dialog);
        QVERIFY(showsTranslated(&dialog, QStringLiteral("upgrade"))); // the failed step's direction
    } else if (part == u"preferences") {
        PreferencesDialog dialog(m_window.get());
        dialog.show();
        for (const QString& family : QFontDatabase::families()) // the editor font's choices
            addData(family);
        problems = check(&dialog);
    } else if (part == u"shortcuts") {
        ShortcutsDialog dialog(ShortcutsDialog::actionsOf(m_window.get()), m_window.get());
        dialog.show();
        problems = check(&dialog);
    } else if (part == u"new project") {
        NewProjectDialog dialog(m_dir->path(), m_window.get());
        dialog.show();
        problems = check(&dialog);
    }
    problems.removeDuplicates();
    for (const QString& problem : problems) // QVERIFY2 cuts long messages
        qWarning().noquote() << "bypass:" << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) bypass tr():\n  ").arg(problems.size()) +
                        problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestUntranslated)
#include "tst_untranslated.moc"
