// Lint and check in the studio: the editor's underlines, tooltips and quick fixes, the project's
// Problems panel (strata check + strata lint, off the GUI thread) and the graph's badges.
#include "GuiThreadGuard.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "editor/EditorLint.h"
#include "editor/HeaderForm.h"
#include "editor/LintQuickFix.h"
#include "editor/ProblemsList.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlEditor.h"
#include "session/EditorTabs.h"
#include "session/ProjectProblems.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace strata;

namespace {

QString header(const QString& id, const QString& parent, bool transactional = true) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: %1\n-- "
                          "Transactional: %3\n\n-- migrate:upgrade\n")
        .arg(id, parent, transactional ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Opens `path` in `editor` and waits for its first lint run.
bool openLinted(RevisionEditor& editor, const QString& path) {
    QSignalSpy linted(&editor, &RevisionEditor::lintFinished);
    if (!editor.open(path))
        return false;
    return linted.wait(10000);
}

bool relint(RevisionEditor& editor) {
    QSignalSpy linted(&editor, &RevisionEditor::lintFinished);
    editor.updateDiagnostics();
    return linted.wait(10000);
}

int countOf(const QList<Diagnostic>& list, const QString& rule) {
    return int(std::count_if(list.begin(), list.end(),
                             [&](const Diagnostic& d) { return d.rule == rule; }));
}

// The syntax and transaction-mode diagnostics (not lint findings).
int syntaxCount(const QList<Diagnostic>& list) {
    return countOf(list, QString());
}

const Diagnostic* lintDiagnostic(const QList<Diagnostic>& list, const QString& rule) {
    for (const Diagnostic& d : list)
        if (d.rule == rule)
            return &d;
    return nullptr;
}

QString shotsDir() {
    return QString::fromUtf8(qgetenv("STRATA_SCREENSHOT_DIR"));
}

const QString kIndexRule = QStringLiteral("require-concurrent-index-creation");

} // namespace

class TestLintStudio : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        Q_INIT_RESOURCE(strata);
        test::forbidGuiThreadConnections();
    }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    // A CREATE INDEX on an existing table is underlined from the flagged node to the end of
    // its statement (amber: a warning) with "rule-id: message" and the help line on hover; an
    // index on a table the revision creates is not.
    void createIndexUnderlined() {
        const QString path = test::writeFile(
            m_dir->path(), QStringLiteral("r1.sql"),
            header(QStringLiteral("r1"), QString()) +
                QStringLiteral("CREATE TABLE fresh (id int);\nCREATE INDEX fresh_id ON fresh "
                               "(id);\n  CREATE INDEX items_name\n    ON items (name);\n"));
        RevisionEditor editor;
        QVERIFY(openLinted(editor, path));
        // Only this rule's findings are asserted: more rules are being added.
        const QList<Diagnostic> diags = editor.diagnostics();
        QCOMPARE(countOf(diags, kIndexRule), 1);
        QCOMPARE(syntaxCount(diags), 0);
        const Diagnostic& d = *lintDiagnostic(diags, kIndexRule);
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QCOMPARE(d.line, 3); // editor lines: the file's 8..9
        QCOMPARE(d.column, 3);
        QCOMPARE(d.endLine, 4);
        QCOMPARE(d.endColumn, 19);
        QCOMPARE(d.fileLine, 9);
        QVERIFY(!d.fixTitle.isEmpty());

        SqlEditor* up = editor.upgradeEditor();
        const int start = up->positionOf(3, 3);
        const int end = up->positionOf(4, 20); // after "(name)", before ';'
        QCOMPARE(up->indicatorAt(start - 1), -1);
        QCOMPARE(up->indicatorAt(start), int(SqlEditor::WarningIndicator));
        QCOMPARE(up->indicatorAt(up->positionOf(4, 1)), int(SqlEditor::WarningIndicator));
        QCOMPARE(up->indicatorAt(end - 1), int(SqlEditor::WarningIndicator));
        QCOMPARE(up->indicatorAt(end), -1);
        QCOMPARE(up->indicatorAt(up->positionOf(2, 1)), -1); // the index on the new table
        QVERIFY(up->markersAtLine(2) & (1 << SqlEditor::WarningMarker));
        QVERIFY(up->markersAtLine(2) & (1 << SqlEditor::FixMarker)); // the light bulb
        QVERIFY(!(up->markersAtLine(1) & (1 << SqlEditor::FixMarker)));
        QVERIFY(up->diagnosticAt(start + 4));
        QCOMPARE(d.toolTip(),
                 QStringLiteral("require-concurrent-index-creation: CREATE INDEX on items "
                                "without CONCURRENTLY blocks writes to it while the index "
                                "builds\nuse CREATE INDEX CONCURRENTLY in a revision with "
                                "'Transactional: no'"));
        bool offered = false;
        for (const Diagnostic* fix : up->fixesAt(start))
            offered = offered || fix->rule == kIndexRule;
        QVERIFY(offered);

        // Listed in the editor's problems list with the syntax diagnostics.
        QTreeWidgetItem* row = nullptr;
        for (int i = 0; i < editor.problemsList()->topLevelItemCount(); ++i)
            if (editor.problemsList()->topLevelItem(i)->text(0).startsWith(kIndexRule + ": "))
                row = editor.problemsList()->topLevelItem(i);
        QVERIFY(row);
        QCOMPARE(row->text(2), QStringLiteral("3:3 (file line 9)"));

        // Edited text is linted again: the finding follows the statement.
        up->setText(QStringLiteral("SELECT 1;\nCREATE INDEX items_name ON items (name);\n"));
        QVERIFY(relint(editor));
        QCOMPARE(countOf(editor.diagnostics(), kIndexRule), 1);
        QCOMPARE(lintDiagnostic(editor.diagnostics(), kIndexRule)->line, 2);
        QCOMPARE(lintDiagnostic(editor.diagnostics(), kIndexRule)->column, 1);
        up->setText(
            QStringLiteral("SELECT 1;\nCREATE INDEX CONCURRENTLY items_name ON items (name);\n"));
        editor.headerForm()->transactionalCheck()->setChecked(false);
        QVERIFY(relint(editor));
        QVERIFY(!lintDiagnostic(editor.diagnostics(), kIndexRule));

        if (!shotsDir().isEmpty()) {
            up->setText(
                QStringLiteral("CREATE TABLE fresh (id int);\n  CREATE INDEX items_name\n    ON "
                               "items (name);\nALTER TABLE items ADD COLUMN x int;\n"));
            QVERIFY(relint(editor));
            editor.resize(900, 560);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.grab().save(shotsDir() + QStringLiteral("/lint-editor.png"));
        }
    }

    // An SQL revision in Python form is linted as its .py file: the underline sits on the
    // statement in the section editor (laid out on the file's lines), and no CONCURRENTLY fix
    // is offered (its header is Python, its transaction is left with op.execute("COMMIT")).
    void sqlFormRevisionLinted() {
        const QString path = test::writeFile(
            m_dir->path(), QStringLiteral("f1_index.py"),
            QStringLiteral("\"\"\"index the names\n\nRevision ID: f1\nRevises: e1\n\"\"\"\n"
                           "from alembic import op\n\nrevision = 'f1'\ndown_revision = 'e1'\n"
                           "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n"
                           "    op.execute('SELECT 1')\n"
                           "    op.execute(\"\"\"\n        CREATE INDEX items_name ON items "
                           "(name)\n    \"\"\")\n\n\ndef downgrade():\n"
                           "    op.execute('DROP INDEX IF EXISTS items_name')\n"));
        RevisionEditor editor;
        QVERIFY(openLinted(editor, path));
        QVERIFY(editor.isSqlForm());
        const Diagnostic* d = lintDiagnostic(editor.diagnostics(), kIndexRule);
        QVERIFY(d);
        QCOMPARE(d->fileLine, 17);
        SqlEditor* up = editor.upgradeEditor();
        QCOMPARE(up->lineNumberText(d->line - 1), QStringLiteral("17"));
        QVERIFY2(up->text(d->line - 1).mid(d->column - 1).startsWith(QLatin1String("CREATE INDEX")),
                 qPrintable(up->text(d->line - 1)));
        QCOMPARE(up->indicatorAt(up->positionOf(d->line, d->column)),
                 int(SqlEditor::WarningIndicator));
        QVERIFY(d->fixTitle.isEmpty());
        QVERIFY(!editor.applyQuickFix(*d));
        QCOMPARE(up->text().count(QLatin1String("CONCURRENTLY")), 0);
    }

    // Fix (a): CONCURRENTLY after INDEX and `Transactional: no` in the header; the revision
    // re-lints without the finding, saves as expected, and one undo restores text and header.
    void quickFixConcurrently() {
        const QString original =
            QStringLiteral("SELECT 1;\nCREATE UNIQUE INDEX IF NOT EXISTS items_name\n    ON "
                           "items (name);\n");
        const QString path = test::writeFile(m_dir->path(), QStringLiteral("r1.sql"),
                                             header(QStringLiteral("r1"), QString()) + original);
        RevisionEditor editor;
        QVERIFY(openLinted(editor, path));
        const Diagnostic* d = lintDiagnostic(editor.diagnostics(), kIndexRule);
        QVERIFY(d);
        const Diagnostic finding = *d;
        QVERIFY(editor.headerForm()->transactional());

        QVERIFY(editor.applyQuickFix(finding));
        SqlEditor* up = editor.upgradeEditor();
        const QString fixed =
            QStringLiteral("SELECT 1;\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS items_name\n"
                           "    ON items (name);\n");
        QCOMPARE(up->text(), fixed);
        QVERIFY(!editor.headerForm()->transactional());
        QVERIFY(relint(editor));
        QVERIFY(!lintDiagnostic(editor.diagnostics(), kIndexRule));
        QCOMPARE(syntaxCount(editor.diagnostics()), 0); // and no transaction-mode problem

        // One undo restores the text, and with it the header.
        up->undo();
        QCOMPARE(up->text(), original);
        QVERIFY(editor.headerForm()->transactional());
        QVERIFY(!editor.isModified());

        // Fixed again and saved: the file says so.
        QVERIFY(relint(editor));
        QVERIFY(editor.applyQuickFix(*lintDiagnostic(editor.diagnostics(), kIndexRule)));
        QVERIFY(editor.save());
        const QString saved = readAll(path);
        QVERIFY2(saved.contains(QStringLiteral("-- Transactional: no\n")), qPrintable(saved));
        QVERIFY(saved.endsWith(fixed));
        QVERIFY(RevisionFile::parse(saved, path));
        for (const LintFinding& f : EditorLint::lintText(saved, path).report.findings)
            QVERIFY(f.rule != kIndexRule);
    }

    // Fix (c) on the findings of the real rules: the split statement, `Transactional: no`
    // (a VALIDATE in the adding transaction is flagged too), and the revision re-lints without
    // either finding; one undo restores text and header.
    void quickFixForeignKeyFromRule() {
        const QString original = QStringLiteral(
            "ALTER TABLE orders ADD CONSTRAINT orders_user_fk\n    FOREIGN KEY (user_id) "
            "REFERENCES users (id);\n");
        const QString path = test::writeFile(m_dir->path(), QStringLiteral("r1.sql"),
                                             header(QStringLiteral("r1"), QString()) + original);
        RevisionEditor editor;
        QVERIFY(openLinted(editor, path));
        const QString notValid = QStringLiteral("constraint-missing-not-valid");
        const QString foreignKey = QStringLiteral("adding-foreign-key-constraint");
        const Diagnostic* d = lintDiagnostic(editor.diagnostics(), foreignKey);
        QVERIFY(d);
        QCOMPARE(d->line, 1);
        QCOMPARE(d->column, 24); // the constraint
        QVERIFY(lintDiagnostic(editor.diagnostics(), notValid));
        QVERIFY(!d->fixTitle.isEmpty());
        QVERIFY(editor.applyQuickFix(*d));
        SqlEditor* up = editor.upgradeEditor();
        QCOMPARE(up->text(), QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_user_fk\n"
                                            "    FOREIGN KEY (user_id) REFERENCES users (id) NOT "
                                            "VALID;\nALTER TABLE orders VALIDATE CONSTRAINT "
                                            "orders_user_fk;\n"));
        QVERIFY(!editor.headerForm()->transactional());
        QVERIFY(relint(editor));
        QVERIFY(!lintDiagnostic(editor.diagnostics(), notValid));
        QVERIFY(!lintDiagnostic(editor.diagnostics(), foreignKey));
        // No syntax or transaction-mode problem (the editor's hint that no statement needs
        // `Transactional: no` is a note: core's classification does not know the VALIDATE).
        for (const Diagnostic& s : editor.diagnostics())
            QVERIFY(!s.rule.isEmpty() || s.severity == Diagnostic::Severity::Info);
        up->undo();
        QCOMPARE(up->text(), original);
        QVERIFY(editor.headerForm()->transactional());
    }

    // Fixes (b) and (c), keyed by rule id, on findings built for a statement: the text is
    // exactly the expected one, and one undo restores it.
    void quickFixes_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // empty: no fix offered
        const QString robust = QStringLiteral("prefer-robust-stmts");
        const QString notValid = QStringLiteral("constraint-missing-not-valid");
        const QString fk = QStringLiteral("adding-foreign-key-constraint");
        QTest::newRow("create table") << robust << "CREATE TABLE t (id int);"
                                      << "CREATE TABLE IF NOT EXISTS t (id int);";
        QTest::newRow("create temp table") << robust << "CREATE TEMP TABLE t (id int);"
                                           << "CREATE TEMP TABLE IF NOT EXISTS t (id int);";
        QTest::newRow("create index concurrently")
            << robust << "CREATE INDEX CONCURRENTLY i ON t (x);"
            << "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (x);";
        QTest::newRow("create index without a name") << robust << "CREATE INDEX ON t (x);"
                                                     << "";
        QTest::newRow("add column") << robust << "ALTER TABLE t ADD COLUMN x int;"
                                    << "ALTER TABLE t ADD COLUMN IF NOT EXISTS x int;";
        QTest::newRow("second add column")
            << robust << "ALTER TABLE t ADD COLUMN IF NOT EXISTS a int,\n  ADD b text;"
            << "ALTER TABLE t ADD COLUMN IF NOT EXISTS a int,\n  ADD IF NOT EXISTS b text;";
        QTest::newRow("already robust") << robust << "CREATE TABLE IF NOT EXISTS t (id int);"
                                        << "";
        QTest::newRow("drop table") << robust << "DROP TABLE t;"
                                    << "DROP TABLE IF EXISTS t;";
        QTest::newRow("foreign key")
            << notValid
            << "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) "
               "REFERENCES users (id);"
            << "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) "
               "REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT "
               "orders_user_fk;";
        QTest::newRow("foreign key, quoted names")
            << fk
            << "ALTER TABLE app.\"Order\" ADD CONSTRAINT \"Fk\" FOREIGN KEY (u) REFERENCES "
               "users (id) ON DELETE CASCADE;"
            << "ALTER TABLE app.\"Order\" ADD CONSTRAINT \"Fk\" FOREIGN KEY (u) REFERENCES "
               "users (id) ON DELETE CASCADE NOT VALID;\nALTER TABLE app.\"Order\" VALIDATE "
               "CONSTRAINT \"Fk\";";
        QTest::newRow("check with a trailing comment")
            << notValid << "ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) -- why\n;"
            << "ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID -- why\n;\nALTER TABLE t "
               "VALIDATE CONSTRAINT c;";
        QTest::newRow("foreign key without a name")
            << fk << "ALTER TABLE t ADD FOREIGN KEY (u) REFERENCES users (id);"
            << "";
        QTest::newRow("unrelated rule") << QStringLiteral("ban-drop-database") << "DROP TABLE t;"
                                        << "";
    }

    void quickFixes() {
        QFETCH(QString, rule);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString text = QStringLiteral("SELECT 1;\n") + sql + QLatin1Char('\n');
        const QString path = test::writeFile(m_dir->path(), QStringLiteral("r1.sql"),
                                             header(QStringLiteral("r1"), QString(), false) + text);
        RevisionEditor editor;
        QVERIFY(openLinted(editor, path));
        const QList<LintStatement>& statements = editor.lintResult().report.statements;
        QCOMPARE(statements.size(), 2);
        const LintStatement& st = statements.at(1);
        LintFinding finding;
        finding.rule = rule;
        finding.statementIndex = st.index;
        finding.section = st.section;
        finding.line = st.line;
        finding.column = st.column;
        SqlEditor* up = editor.upgradeEditor();
        if (expected.isEmpty()) {
            QVERIFY(!LintQuickFix::forFinding(finding, st));
            QVERIFY(!editor.applyQuickFix(finding));
            QCOMPARE(up->text(), text);
            return;
        }
        QVERIFY(editor.applyQuickFix(finding));
        QCOMPARE(up->text(), QStringLiteral("SELECT 1;\n") + expected + QLatin1Char('\n'));
        QVERIFY(relint(editor));
        QVERIFY(editor.lintResult().report.errors.isEmpty()); // the result parses
        up->undo();
        QCOMPARE(up->text(), text);
    }

    // The Problems panel lists what `strata check` finds (CONCURRENTLY in a transactional
    // revision) and what `strata lint` finds (an index built without it) for the whole
    // project; the level filter hides the warning; double-clicking the lint row opens the
    // revision at its line; the graph marks both revisions; saving a fix drops the finding.
    void problemsPanelAndGraph() {
        const QString dir = m_dir->path();
        test::writeFile(dir, QStringLiteral("strata.toml"),
                        QStringLiteral("[project]\nversions = \"versions\"\n"));
        test::writeFile(dir, QStringLiteral("versions/0001_base.sql"),
                        header(QStringLiteral("0001_base"), QString()) +
                            QStringLiteral("SELECT 1;\n-- migrate:downgrade\nSELECT 1;\n"));
        const QString indexFile = test::writeFile(
            dir, QStringLiteral("versions/0002_index.sql"),
            header(QStringLiteral("0002_index"), QStringLiteral("0001_base")) +
                QStringLiteral("SELECT 1;\nCREATE INDEX items_name ON items (name);\n"));
        test::writeFile(dir, QStringLiteral("versions/0003_conc.sql"),
                        header(QStringLiteral("0003_conc"), QStringLiteral("0002_index")) +
                            QStringLiteral("CREATE INDEX CONCURRENTLY items_id ON items (id);\n"));

        MainWindow window;
        ProjectProblems* problems = window.session()->problems();
        QSignalSpy computed(problems, &ProjectProblems::finished);
        QVERIFY(window.openProject(dir));
        QVERIFY(computed.wait(30000));
        ProblemsPanel* panel = test::problemsPanel(window);

        const ProblemItem* check = nullptr;
        const ProblemItem* lint = nullptr;
        for (const ProblemItem& p : panel->items()) {
            if (p.revision == QLatin1String("0003_conc") && p.origin == ProblemItem::Origin::Check)
                check = &p;
            if (p.revision == QLatin1String("0002_index") && p.rule == kIndexRule)
                lint = &p;
        }
        QVERIFY(check);
        // The same problem found by lint (ban-concurrent-index-creation-in-transaction) is not
        // listed twice.
        QVERIFY(
            std::none_of(panel->items().begin(), panel->items().end(), [](const ProblemItem& p) {
                return p.revision == QLatin1String("0003_conc") &&
                       p.rule == QLatin1String("ban-concurrent-index-creation-in-transaction");
            }));
        QCOMPARE(check->level, ProblemItem::Level::Error);
        QVERIFY(check->file.endsWith(QLatin1String("0003_conc.sql")));
        QCOMPARE(check->line, 7);
        QVERIFY2(check->message.contains(QLatin1String("CONCURRENTLY")),
                 qPrintable(check->message));
        QVERIFY(lint);
        QCOMPARE(lint->level, ProblemItem::Level::Warning);
        QCOMPARE(lint->line, 8);
        QCOMPARE(lint->file, QFileInfo(indexFile).absoluteFilePath());
        const int errors = int(
            std::count_if(panel->items().begin(), panel->items().end(), [](const ProblemItem& p) {
                return p.level == ProblemItem::Level::Error;
            }));
        QCOMPARE(panel->count(), errors); // the dock's title counts the errors
        QVERIFY(errors >= 1);

        // Rows: icon, "rule: message", file:line, revision; the filter hides the warning.
        QTreeWidget* list = panel->list();
        const auto findLintRow = [&]() -> QTreeWidgetItem* {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(0).startsWith(kIndexRule + ": "))
                    return list->topLevelItem(i);
            return nullptr;
        };
        QTreeWidgetItem* lintRow = findLintRow();
        QVERIFY(lintRow);
        QCOMPARE(lintRow->text(ProblemsPanel::LocationColumn), QStringLiteral("0002_index.sql:8"));
        QCOMPARE(lintRow->text(ProblemsPanel::RevisionColumn), QStringLiteral("0002_index"));
        QVERIFY(!lintRow->icon(0).isNull());
        const int all = list->topLevelItemCount();
        panel->setFilter(ProblemsPanel::ErrorsOnly);
        QCOMPARE(list->topLevelItemCount(), errors);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(!list->topLevelItem(i)->text(0).startsWith(kIndexRule));
        panel->setFilter(ProblemsPanel::AllLevels);
        QCOMPARE(list->topLevelItemCount(), all);
        lintRow = findLintRow(); // the rows were made again
        QVERIFY(lintRow);

        // The graph: an error badge on 0003, a warning badge on 0002, none on 0001.
        GraphModel* model = test::graphModel(window);
        auto mark = [&](const char* id) {
            return model->problemMark(model->rowOf(QLatin1String(id)));
        };
        QCOMPARE(mark("0003_conc").level, GraphModel::ErrorProblem);
        QVERIFY(mark("0002_index").level >= GraphModel::WarningProblem);
        QCOMPARE(mark("0001_base").level, GraphModel::NoProblem);
        const auto countFor = [&](const char* id) {
            return int(std::count_if(
                panel->items().begin(), panel->items().end(),
                [&](const ProblemItem& p) { return p.revision == QLatin1String(id); }));
        };
        QCOMPARE(mark("0002_index").count, countFor("0002_index"));
        const QModelIndex node =
            model->index(model->rowOf(QStringLiteral("0002_index")), GraphModel::RevisionColumn);
        QCOMPARE(model->data(node, GraphModel::ProblemsRole).toInt(),
                 int(mark("0002_index").level));
        const QString tip = model->data(node, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("%1 problem").arg(countFor("0002_index"))) &&
                     tip.contains(mark("0002_index").first.toHtmlEscaped()),
                 qPrintable(tip));
        const QString tip3 = model
                                 ->data(model->index(model->rowOf(QStringLiteral("0003_conc")),
                                                     GraphModel::RevisionColumn),
                                        Qt::ToolTipRole)
                                 .toString();
        QVERIFY2(tip3.contains(QStringLiteral("CONCURRENTLY")), qPrintable(tip3));

        if (!shotsDir().isEmpty()) {
            window.resize(1300, 820);
            window.show();
            window.showView(QStringLiteral("problems"));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(50);
            window.grab().save(shotsDir() + QStringLiteral("/lint-problems.png"));
        }

        // Double-click: the revision opens at the line (the editor's second upgrade line).
        emit list->itemDoubleClicked(lintRow, 0);
        RevisionEditor* editor = window.editorTabs()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(QFileInfo(editor->filePath()), QFileInfo(indexFile));
        int line = -1, index = -1;
        editor->upgradeEditor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);

        // Fixed and saved: the project is checked again and the finding is gone.
        if (editor->lintResult().report.findings.isEmpty()) {
            QSignalSpy linted(editor, &RevisionEditor::lintFinished);
            QVERIFY(linted.wait(10000));
        }
        const Diagnostic* d = lintDiagnostic(editor->diagnostics(), kIndexRule);
        QVERIFY(d);
        QVERIFY(editor->applyQuickFix(*d));
        computed.clear();
        QVERIFY(editor->save());
        QVERIFY(computed.wait(30000));
        for (const ProblemItem& p : panel->items())
            QVERIFY(p.revision != QLatin1String("0002_index") || p.rule != kIndexRule);
        QCOMPARE(mark("0002_index").count, countFor("0002_index"));
        QCOMPARE(mark("0003_conc").level, GraphModel::ErrorProblem);
        window.session()->store()->setProject({});
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestLintStudio)
#include "tst_lintstudio.moc"
