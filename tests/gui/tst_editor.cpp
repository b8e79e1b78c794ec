#include "DriftFixtures.h"
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"

#include <optional>

#include "TestSupport.h"
#include "common/SqlHighlighterFactory.h"
#include "editor/EditorNotices.h"
#include "editor/FindBar.h"
#include "editor/HeaderForm.h"
#include "editor/NoticeBar.h"
#include "editor/ProblemsList.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlCompleter.h"
#include "editor/SqlEditor.h"
#include "editor/SqlLexer.h"
#include "revision/RevisionWriter.h"
#include "schema/CompletionCatalog.h"
#include "sql/RevisionChecker.h"
#include "sql/SqlGrammar.h"
#include <QScopeGuard>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

QString readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool writeAll(const QString& path, const QString& text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

// Lines of `a` and `b` that differ (same line count expected), as 1-based numbers.
QList<int> differingLines(const QString& a, const QString& b) {
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    QList<int> out;
    for (int i = 0; i < qMax(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            out.append(i + 1);
    return out;
}

const char* kSample = "migrations/versions/0002_add_chunk_embeddings.sql";

// A project targeting the grammar's own major: a statement it rejects is a red syntax error.
LintOptions grammarTarget() {
    LintOptions options;
    options.target.serverMajor = SqlGrammar::major();
    return options;
}

// The test's own look at the sandbox, allowed on the GUI thread (the studio's event loop does
// not run meanwhile).
QString sandboxDirectory() {
    const test::TestConnectionsAllowed allowed;
    return test::testSandbox().directory();
}

int countInSandbox(const QString& sql) {
    const test::TestConnectionsAllowed allowed;
    return test::sandboxCount(sql);
}

} // namespace

class TestEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editUpgradeSavesOnlyEditedLines();
    void headerEditWritesHeaderLineOnly();
    void syntaxErrorUnderlinedAtLineAndColumn();
    void concurrentlyInTransactionalRevisionFlagged();
    void nonTransactionalHint();
    void readOnlySaveKeepsEdits();
    void changedOnDiskNotice();
    void deletedOnDiskNotice();
    void appliedNotice_data();
    void appliedNotice();
    void saveWithErrorsWarns_data();
    void saveWithErrorsWarns();
    void savedFileBytes_data();
    void savedFileBytes();
    void changedOnDiskWithoutEditsReloads();
    void maybeCloseAsks();
    void toggleComment();
    void autoIndentKeepsTheLine_data();
    void autoIndentKeepsTheLine();
    void lexerStyles();
    void findAndReplace();
    void completion();
    void screenshot();
    void readOnlyView();
    void followsDarkPalette();
    void tryIt();
    void closingCancelsTryIt();
    void diagnosticsAreRevisionCheckers_data();
    void diagnosticsAreRevisionCheckers();
    void catalogFromSandbox();

private:
    QString copySample();
    std::unique_ptr<QTemporaryDir> m_dir;
};

// As in strata-studio: a connection opened on the GUI thread aborts the test.
void TestEditor::initTestCase() {
    test::forbidGuiThreadConnections();
}

void TestEditor::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestEditor::copySample() {
    const QString target = m_dir->filePath(QStringLiteral("0002_add_chunk_embeddings.sql"));
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(STRATA_SOURCE_DIR "/") + QLatin1String(kSample), target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return target;
}

void TestEditor::editUpgradeSavesOnlyEditedLines() {
    const QString path = copySample();
    QVERIFY(!path.isEmpty());
    const QString before = readAll(path);

    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    QCOMPARE(editor.title(), QStringLiteral("0002_add_chunk_embeddings"));
    QVERIFY(!editor.isModified());
    QSignalSpy modified(&editor, &RevisionEditor::modificationChanged);

    // Edit one line of the upgrade section: the unique index gets a different name.
    SqlEditor* up = editor.upgradeEditor();
    QString sql = up->text();
    QVERIFY(sql.contains(QLatin1String("idx_chunk_embeddings_chunk_model ON")));
    sql.replace(QLatin1String("idx_chunk_embeddings_chunk_model ON"),
                QLatin1String("idx_chunk_embeddings_model ON"));
    up->setText(sql);
    QVERIFY(editor.isModified());
    QCOMPARE(editor.title(), QStringLiteral("0002_add_chunk_embeddings*"));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.first().first().toBool(), true);

    QVERIFY(editor.save());
    QVERIFY(!editor.isModified());
    QCOMPARE(modified.count(), 2);
    const QString after = readAll(path);
    const QList<int> changed = differingLines(before, after);
    QCOMPARE(changed.size(), 1);
    const int line = changed.first();
    QCOMPARE(after.split(QLatin1Char('\n')).at(line - 1),
             QStringLiteral("CREATE UNIQUE INDEX idx_chunk_embeddings_model ON chunk_embeddings "
                            "(chunk_id, model);"));
    QCOMPARE(before.size() - after.size(), qsizetype(QStringLiteral("chunk_").size()));
}

void TestEditor::headerEditWritesHeaderLineOnly() {
    const QString path = copySample();
    const QString before = readAll(path);
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    QCOMPARE(editor.headerForm()->messageEdit()->text(),
             QStringLiteral("add chunk_embeddings table"));
    editor.headerForm()->messageEdit()->setText(QStringLiteral("add the chunk_embeddings table"));
    emit editor.headerForm()->messageEdit()->textEdited(editor.headerForm()->messageEdit()->text());
    QVERIFY(editor.isModified());
    QVERIFY(editor.save());
    const QString after = readAll(path);
    QCOMPARE(differingLines(before, after), QList<int>{4});
    QCOMPARE(after.split(QLatin1Char('\n')).at(3),
             QStringLiteral("-- Message: add the chunk_embeddings table"));

    // Transactional off: one line too.
    const QString before2 = after;
    editor.headerForm()->transactionalCheck()->setChecked(false);
    QVERIFY(editor.isModified());
    QVERIFY(editor.save());
    QCOMPARE(differingLines(before2, readAll(path)), QList<int>{7});
    QCOMPARE(readAll(path).split(QLatin1Char('\n')).at(6), QStringLiteral("-- Transactional: no"));
}

void TestEditor::syntaxErrorUnderlinedAtLineAndColumn() {
    const QString path = copySample();
    RevisionEditor editor;
    editor.setLintOptions(grammarTarget()); // unknown or newer: a warning (tst_editornewersyntax)
    QVERIFY(editor.open(path).ok());
    editor.resize(900, 700);
    QVERIFY(editor.diagnostics().isEmpty());

    SqlEditor* down = editor.downgradeEditor();
    // Line 2 of the downgrade section: "DROP TABLEX IF EXISTS chunk_embeddings;"
    QString sql = down->text();
    sql.replace(QLatin1String("DROP TABLE IF"), QLatin1String("DROP TABLEX IF"));
    down->setText(sql);
    // Diagnostics follow the typing pause.
    QSignalSpy spy(&editor, &RevisionEditor::diagnosticsChanged);
    QVERIFY(spy.wait(2000));
    const QList<Diagnostic> diags = editor.diagnostics();
    QCOMPARE(diags.size(), 1);
    const Diagnostic& d = diags.first();
    QCOMPARE(d.section, RevisionFile::Section::Downgrade);
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.line, 2);
    QCOMPARE(d.column, 6);
    QVERIFY2(d.message.contains(QLatin1String("TABLEX")), qPrintable(d.message));
    // File line: the downgrade marker is line 33, its first SQL line 34.
    QCOMPARE(d.fileLine, 35);

    // The indicator covers exactly "TABLEX".
    const int pos = down->positionOf(2, 6);
    QCOMPARE(down->indicatorAt(pos), int(SqlEditor::ErrorIndicator));
    QCOMPARE(down->indicatorAt(pos + 5), int(SqlEditor::ErrorIndicator));
    QCOMPARE(down->indicatorAt(pos + 6), -1);
    QCOMPARE(down->indicatorAt(pos - 1), -1);
    QVERIFY(down->diagnosticAt(pos + 2));
    QCOMPARE(down->diagnosticAt(pos + 2)->message, d.message);
    QVERIFY(down->markersAtLine(1) & (1 << SqlEditor::ErrorMarker));
    QCOMPARE(editor.problemsList()->topLevelItemCount(), 1);

    // Clicking the problem jumps there.
    editor.problemsList()->itemClicked(editor.problemsList()->topLevelItem(0), 0);
    int line = 0, index = 0;
    down->getCursorPosition(&line, &index);
    QCOMPARE(line, 1);
    QCOMPARE(index, 5);

    // Fixed: the squiggle goes away.
    sql.replace(QLatin1String("DROP TABLEX IF"), QLatin1String("DROP TABLE IF"));
    down->setText(sql);
    editor.updateDiagnostics();
    QVERIFY(editor.diagnostics().isEmpty());
    QCOMPARE(down->indicatorAt(pos), -1);
}

void TestEditor::concurrentlyInTransactionalRevisionFlagged() {
    const QString path = copySample();
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    SqlEditor* up = editor.upgradeEditor();
    up->append(
        QStringLiteral("\nCREATE INDEX CONCURRENTLY idx_model ON chunk_embeddings (model);\n"));
    editor.updateDiagnostics();
    QList<Diagnostic> diags = editor.diagnostics();
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags.first().section, RevisionFile::Section::Upgrade);
    QCOMPARE(diags.first().severity, Diagnostic::Severity::Error);
    QVERIFY2(diags.first().message.contains(QLatin1String("CONCURRENTLY")),
             qPrintable(diags.first().message));
    QVERIFY(diags.first().message.contains(QLatin1String("Transactional: no")));
    const int line = diags.first().line;
    QCOMPARE(up->text(line - 1).trimmed(),
             QStringLiteral("CREATE INDEX CONCURRENTLY idx_model ON chunk_embeddings (model);"));
    QCOMPARE(diags.first().column, 1);
    QCOMPARE(up->indicatorAt(up->positionOf(line, 1)), int(SqlEditor::ErrorIndicator));

    // Not transactional: fine.
    editor.headerForm()->transactionalCheck()->setChecked(false);
    editor.updateDiagnostics();
    QVERIFY(editor.diagnostics().isEmpty());
}

void TestEditor::nonTransactionalHint() {
    const QString path = copySample();
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    editor.headerForm()->transactionalCheck()->setChecked(false);
    editor.updateDiagnostics();
    const QList<Diagnostic> diags = editor.diagnostics();
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags.first().severity, Diagnostic::Severity::Info);
    QVERIFY(diags.first().message.contains(QLatin1String("Transactional: yes")));
}

void TestEditor::readOnlySaveKeepsEdits() {
    const QString path = copySample();
    const QString before = readAll(path);
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    QList<RevisionEditor::Prompt> prompts;
    editor.setPromptHandler([&](RevisionEditor::Prompt p, const QString&) {
        prompts.append(p);
        return QMessageBox::Ok;
    });
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    editor.upgradeEditor()->append(QStringLiteral("SELECT 1;\n"));
    QVERIFY(editor.isModified());
    QVERIFY(!editor.save());
    QCOMPARE(prompts, QList<RevisionEditor::Prompt>{RevisionEditor::Prompt::SaveFailed});
    QVERIFY2(editor.lastMessage().contains(QLatin1String("read-only")),
             qPrintable(editor.lastMessage()));
    QVERIFY(editor.isModified());
    QVERIFY(editor.upgradeEditor()->text().endsWith(QLatin1String("SELECT 1;\n")));
    QCOMPARE(readAll(path), before);

    // Writable again: the same edits save.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(editor.save());
    QVERIFY(readAll(path).contains(QLatin1String("SELECT 1;\n\n-- migrate:downgrade")) ||
            readAll(path).contains(QLatin1String("SELECT 1;\n-- migrate:downgrade")));
}

// Changed on disk with local edits: no modal question, a notice "Reload / Keep mine".
void TestEditor::changedOnDiskNotice() {
    const QString path = copySample();
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    int prompts = 0;
    editor.setPromptHandler([&](RevisionEditor::Prompt, const QString&) {
        ++prompts;
        return QMessageBox::No;
    });
    NoticeBar* notice = editor.notices()->disk();
    QVERIFY(notice->isHidden());
    editor.upgradeEditor()->append(QStringLiteral("SELECT 'mine';\n"));
    QVERIFY(editor.isModified());

    // Another program changes the message: the notice offers Reload and Keep mine.
    QString other = readAll(path);
    other.replace(QLatin1String("-- Message: add chunk_embeddings table"),
                  QLatin1String("-- Message: changed elsewhere"));
    QVERIFY(writeAll(path, other));
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 5000);
    QCOMPARE(prompts, 0);
    QVERIFY2(notice->text().contains(QLatin1String("Changed on disk")), qPrintable(notice->text()));
    QVERIFY(notice->button(QStringLiteral("Reload")));
    QVERIFY(notice->button(QStringLiteral("Keep mine")));
    // The part not edited here shows the new file already; the edits stay.
    QCOMPARE(editor.headerForm()->messageEdit()->text(), QStringLiteral("changed elsewhere"));
    QVERIFY(editor.isModified());

    // Keep mine: the notice goes, saving writes our section over the new file.
    QTest::mouseClick(notice->button(QStringLiteral("Keep mine")), Qt::LeftButton);
    QVERIFY(notice->isHidden());
    QVERIFY(editor.upgradeEditor()->text().contains(QLatin1String("SELECT 'mine';")));
    QVERIFY(editor.save());
    const QString saved = readAll(path);
    QVERIFY(saved.contains(QLatin1String("-- Message: changed elsewhere")));
    QVERIFY(saved.contains(QLatin1String("SELECT 'mine';")));

    // Changed again with local edits, Reload: the new file, edits dropped.
    editor.upgradeEditor()->append(QStringLiteral("SELECT 'lost';\n"));
    QVERIFY(editor.isModified());
    QTest::qWait(50);
    other = readAll(path);
    other.replace(QLatin1String("changed elsewhere"), QLatin1String("changed twice"));
    QVERIFY(writeAll(path, other));
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 5000);
    QSignalSpy reloaded(&editor, &RevisionEditor::reloaded);
    QTest::mouseClick(notice->button(QStringLiteral("Reload")), Qt::LeftButton);
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(notice->isHidden());
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.headerForm()->messageEdit()->text(), QStringLiteral("changed twice"));
    QVERIFY(!editor.upgradeEditor()->text().contains(QLatin1String("'lost'")));
    QCOMPARE(prompts, 0);
}

// Deleted on disk: the editor says so (no modal), keeps the text, and Save writes it again.
void TestEditor::deletedOnDiskNotice() {
    const QString path = copySample();
    const QString before = readAll(path);
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    int prompts = 0;
    editor.setPromptHandler([&](RevisionEditor::Prompt, const QString&) {
        ++prompts;
        return QMessageBox::Ok;
    });
    QVERIFY(QFile::remove(path));
    NoticeBar* notice = editor.notices()->disk();
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 5000);
    QVERIFY2(notice->text().contains(QLatin1String("Deleted from disk")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QFileInfo(path).fileName()));
    QCOMPARE(notice->kind(), NoticeBar::Kind::Error);
    QVERIFY(editor.isModified());
    QCOMPARE(prompts, 0);
    QVERIFY(editor.save());
    QCOMPARE(readAll(path), before);
    QVERIFY(notice->isHidden());
}

void TestEditor::changedOnDiskWithoutEditsReloads() {
    const QString path = copySample();
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    int prompts = 0;
    editor.setPromptHandler([&](RevisionEditor::Prompt, const QString&) {
        ++prompts;
        return QMessageBox::Yes;
    });
    QSignalSpy reloaded(&editor, &RevisionEditor::reloaded);
    QString other = readAll(path);
    other.replace(QLatin1String("DROP TABLE IF EXISTS"), QLatin1String("DROP TABLE"));
    QVERIFY(writeAll(path, other));
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(prompts, 0);
    QVERIFY(
        editor.downgradeEditor()->text().contains(QLatin1String("DROP TABLE chunk_embeddings")));
}

void TestEditor::maybeCloseAsks() {
    const QString path = copySample();
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    editor.setPromptHandler([&](RevisionEditor::Prompt p, const QString&) {
        if (p == RevisionEditor::Prompt::UnsavedChanges)
            ++asked;
        return answer;
    });
    QVERIFY(editor.maybeClose()); // nothing to save: no question
    QCOMPARE(asked, 0);
    editor.upgradeEditor()->append(QStringLiteral("SELECT 2;\n"));
    QVERIFY(!editor.maybeClose());
    QCOMPARE(asked, 1);
    answer = QMessageBox::Save;
    QVERIFY(editor.maybeClose());
    QVERIFY(!editor.isModified());
    QVERIFY(readAll(path).contains(QLatin1String("SELECT 2;")));
}

void TestEditor::toggleComment() {
    SqlEditor e;
    e.setText(QStringLiteral("SELECT 1;\n    SELECT 2;\n"));
    e.setSelection(0, 0, 1, 4);
    e.toggleComment();
    QCOMPARE(e.text(), QStringLiteral("-- SELECT 1;\n--     SELECT 2;\n"));
    e.setSelection(0, 0, 1, 4);
    e.toggleComment();
    QCOMPARE(e.text(), QStringLiteral("SELECT 1;\n    SELECT 2;\n"));
    e.setCursorPosition(1, 2);
    QTest::keyClick(&e, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(e.text(), QStringLiteral("SELECT 1;\n    -- SELECT 2;\n"));
}

// Enter keeps the line's indentation, nothing more: balanced parentheses (or CASE ... END) on
// a line do not push the next lines further right (issue 14 item 5: QScintilla counted every
// "(" as a block start, so each such line added 4 spaces, stacking). The text is styled before
// each Enter, as painting does in the studio (QScintilla's block detection reads the styles).
void TestEditor::autoIndentKeepsTheLine_data() {
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("balanced parentheses")
        << "SELECT count(*) FROM t;\nSELECT coalesce(a, b) FROM t;\nSELECT 1;"
        << "SELECT count(*) FROM t;\nSELECT coalesce(a, b) FROM t;\nSELECT 1;";
    QTest::newRow("line ending in a closed call")
        << "SELECT count(*)\nFROM t\nWHERE coalesce(a, b)\nAND c;"
        << "SELECT count(*)\nFROM t\nWHERE coalesce(a, b)\nAND c;";
    QTest::newRow("case on one line") << "SELECT CASE WHEN a THEN 1 ELSE 2 END AS x,\ny FROM t;"
                                      << "SELECT CASE WHEN a THEN 1 ELSE 2 END AS x,\ny FROM t;";
    QTest::newRow("indented column list") << "CREATE TABLE t (\n    id int,\nname text);"
                                          << "CREATE TABLE t (\n    id int,\n    name text);";
}

void TestEditor::autoIndentKeepsTheLine() {
    QFETCH(QString, lines);
    QFETCH(QString, expected);
    SqlEditor e;
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    e.setFocus();
    const QStringList parts = lines.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            e.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
            QTest::keyClick(&e, Qt::Key_Return);
        }
        QTest::keyClicks(&e, parts.at(i));
    }
    QCOMPARE(e.text(), expected);
}

void TestEditor::lexerStyles() {
    const QByteArray sql = "SELECT E'a\\'b', $f$ x 'y' $f$, 42 -- c\nFROM t; /* z */ text";
    const QByteArray s = SqlLexer::styles(sql);
    auto styleAt = [&](const char* needle) { return int(s.at(sql.indexOf(needle))); };
    QCOMPARE(styleAt("SELECT"), int(SqlLexer::Keyword));
    QCOMPARE(styleAt("E'a"), int(SqlLexer::EscapeString));
    QCOMPARE(styleAt("b'"), int(SqlLexer::EscapeString)); // after the escaped quote
    QCOMPARE(styleAt("$f$ x"), int(SqlLexer::DollarString));
    QCOMPARE(styleAt("'y'"), int(SqlLexer::DollarString));
    QCOMPARE(styleAt("42"), int(SqlLexer::Number));
    QCOMPARE(styleAt("-- c"), int(SqlLexer::Comment));
    QCOMPARE(styleAt("FROM"), int(SqlLexer::Keyword));
    QCOMPARE(styleAt("/* z"), int(SqlLexer::Comment));
    QCOMPARE(styleAt("text"), int(SqlLexer::Type));
    QCOMPARE(styleAt("t;"), int(SqlLexer::Default));

    // A DO body is code; a $$ literal elsewhere is a string.
    const QByteArray body = "DO $$ BEGIN PERFORM 'x'; END $$; SELECT $q$lit$q$";
    const QByteArray b = SqlLexer::styles(body);
    QCOMPARE(int(b.at(body.indexOf("$$"))), int(SqlLexer::DollarString));
    QCOMPARE(int(b.at(body.indexOf("BEGIN"))), int(SqlLexer::Keyword));
    QCOMPARE(int(b.at(body.indexOf("'x'"))), int(SqlLexer::String));
    QCOMPARE(int(b.at(body.indexOf("lit"))), int(SqlLexer::DollarString));
}

void TestEditor::findAndReplace() {
    SqlEditor e;
    e.setText(QStringLiteral("select a from t;\nselect b from t;\n"));
    FindBar bar;
    bar.setEditor(&e);
    bar.findEdit()->setText(QStringLiteral("select"));
    bar.replaceEdit()->setText(QStringLiteral("SELECT"));
    QVERIFY(bar.findNext());
    QCOMPARE(e.selectedText(), QStringLiteral("select"));
    QCOMPARE(bar.replaceAll(), 2);
    QCOMPARE(e.text(), QStringLiteral("SELECT a from t;\nSELECT b from t;\n"));
}

void TestEditor::completion() {
    CompletionCatalog catalog;
    catalog.schemas = {QStringLiteral("public"), QStringLiteral("audit")};
    CompletionCatalog::Table t;
    t.schema = QStringLiteral("public");
    t.name = QStringLiteral("chunks");
    t.columns = {{QStringLiteral("id"), QStringLiteral("bigint")},
                 {QStringLiteral("body"), QStringLiteral("text")}};
    catalog.tables.append(t);
    t.schema = QStringLiteral("audit");
    t.name = QStringLiteral("events");
    t.columns = {{QStringLiteral("at"), QStringLiteral("timestamptz")}};
    catalog.tables.append(t);
    SqlCompleter c;
    c.setCatalog(catalog);

    QVERIFY(c.candidates(u"SELECT * FROM chu").contains(QStringLiteral("chunks")));
    QVERIFY(c.candidates(u"CONCURR").contains(QStringLiteral("CONCURRENTLY")));
    QVERIFY(c.candidates(u"create materi").contains(QStringLiteral("materialized")));
    QCOMPARE(c.candidates(u"SELECT * FROM audit."), QStringList{QStringLiteral("events")});
    QCOMPARE(c.candidates(u"SELECT chunks."),
             (QStringList{QStringLiteral("body"), QStringLiteral("id")}));
    QCOMPARE(c.candidates(u"SELECT public.chunks.b"), QStringList{QStringLiteral("body")});
    QCOMPARE(c.candidates(u"SELECT e.", u"SELECT e. FROM audit.events e"),
             QStringList{QStringLiteral("at")});

    // Through the editor.
    RevisionEditor editor;
    QVERIFY(editor.open(copySample()).ok());
    editor.setCompletionCatalog(catalog);
    SqlEditor* up = editor.upgradeEditor();
    up->setText(QStringLiteral("SELECT chunks."));
    up->setCursorPosition(0, 14);
    QCOMPARE(up->completionCandidates(),
             (QStringList{QStringLiteral("body"), QStringLiteral("id")}));

    // Typing pops the list up; choosing an entry replaces the word being typed.
    up->setText(QString());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    up->setFocus();
    QTest::keyClicks(up, QStringLiteral("SELECT chunks.bo"));
    QVERIFY(up->isListActive());
    QTest::keyClick(up, Qt::Key_Return);
    QVERIFY(!up->isListActive());
    QCOMPARE(up->text(), QStringLiteral("SELECT chunks.body"));
}

// Renders an editor with a syntax error; STRATA_EDITOR_SCREENSHOT=path.png saves the picture
// (docs/screenshots/editor.png was made this way).
void TestEditor::screenshot() {
    RevisionEditor editor;
    editor.setLintOptions(grammarTarget());
    QVERIFY(editor.open(copySample()).ok());
    editor.resize(1000, 760);
    SqlEditor* up = editor.upgradeEditor();
    QString sql = up->text();
    sql.replace(QLatin1String("CREATE UNIQUE INDEX"), QLatin1String("CREATE UNIQUE INDEKS"));
    sql += QStringLiteral("CREATE INDEX CONCURRENTLY idx_model ON chunk_embeddings (model);\n");
    up->setText(sql);
    editor.updateDiagnostics();
    QCOMPARE(editor.diagnostics().size(), 1); // a syntax error hides the statement checks
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const Diagnostic d = editor.diagnostics().first();
    up->jumpTo(d.line, d.column);
    up->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, long(d.line - 9));
    QTest::qWait(100);
    const QPixmap picture = editor.grab();
    QVERIFY(!picture.isNull());
    const QByteArray path = qgetenv("STRATA_EDITOR_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(picture.save(QString::fromLocal8Bit(path)));
}

void TestEditor::readOnlyView() {
    QWidget host;
    ReadOnlyCodeView* view = SqlHighlighterFactory::createReadOnlyView(&host);
    QVERIFY(view);
    QCOMPARE(view->parent(), &host);
    view->setSql(QStringLiteral("SELECT 1;\n"));
    QCOMPARE(view->sql(), QStringLiteral("SELECT 1;\n"));
    QCOMPARE(view->backendName(), SqlHighlighterFactory::hasKSyntaxHighlighting()
                                      ? QStringLiteral("KSyntaxHighlighting")
                                      : QStringLiteral("QScintilla"));
    if (auto* editor = view->findChild<SqlEditor*>())
        QVERIFY(editor->isReadOnly());
}

void TestEditor::followsDarkPalette() {
    RevisionEditor editor;
    QVERIFY(editor.open(copySample()).ok());
    SqlEditor* up = editor.upgradeEditor();
    QVERIFY(up->lexer()->paper(SqlLexer::Default).lightness() > 128);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    editor.setPalette(dark);
    QVERIFY(up->lexer()->paper(SqlLexer::Default).lightness() < 64);
    QVERIFY(editor.downgradeEditor()->lexer()->paper(SqlLexer::Keyword).lightness() < 64);
    QVERIFY(up->lexer()->color(SqlLexer::Keyword).lightness() > 100);
    const QByteArray path = qgetenv("STRATA_EDITOR_SCREENSHOT_DARK");
    if (!path.isEmpty()) {
        editor.resize(1000, 760);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(QString::fromLocal8Bit(path)));
    }
}

void TestEditor::tryIt() {
    // A project copy: Try it needs the parents (0001) from the project.
    QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("p/versions")));
    QVERIFY(QFile::copy(QStringLiteral(STRATA_SOURCE_DIR "/migrations/strata.toml"),
                        dir.filePath(QStringLiteral("p/strata.toml"))));
    for (const char* f : {"0001_init_schema.sql", "0002_add_chunk_embeddings.sql"})
        QVERIFY(QFile::copy(QStringLiteral(STRATA_SOURCE_DIR "/migrations/versions/") +
                                QLatin1String(f),
                            dir.filePath(QStringLiteral("p/versions/")) + QLatin1String(f)));
    RevisionEditor editor;
    QVERIFY(
        editor.open(dir.filePath(QStringLiteral("p/versions/0002_add_chunk_embeddings.sql"))).ok());
    editor.setSandboxDirectory(sandboxDirectory());
    QSignalSpy finished(&editor, &RevisionEditor::tryItFinished);
    editor.tryIt();
    QVERIFY(editor.isTrying());
    QVERIFY(finished.wait(60000));
    bool ok = finished.first().at(0).toBool();
    QStringList lines = finished.first().at(1).toStringList();
    QVERIFY2(ok, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("ok     parent 0001_init_schema upgraded")));
    QVERIFY(lines.filter(QStringLiteral("-- upgrade again")).size() == 1);
    QVERIFY(lines.filter(QStringLiteral("ok     downgrade line 2: DROP TABLE")).size() == 1);
    QVERIFY(lines.contains(QStringLiteral("ok     the downgrade restored the schema")));

    // A downgrade that forgets the table: the schema at the parents is not restored, and the
    // report names what is left over.
    editor.downgradeEditor()->setText(
        QStringLiteral("DROP INDEX IF EXISTS idx_chunk_embeddings_chunk_model;\n"));
    finished.clear();
    editor.tryIt();
    QVERIFY(finished.wait(60000));
    ok = finished.first().at(0).toBool();
    lines = finished.first().at(1).toStringList();
    QVERIFY(!ok);
    QVERIFY2(
        lines.filter(QStringLiteral("FAILED the downgrade did not restore the schema")).size() == 1,
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.filter(QStringLiteral("table public.chunk_embeddings")).size() == 1,
             qPrintable(lines.join(QLatin1Char('\n'))));
}

// Closing the editor while Try it runs neither waits for it nor leaves it running: the
// statement is cancelled and the scratch database dropped.
void TestEditor::closingCancelsTryIt() {
    QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("p/versions")));
    test::writeFile(dir.filePath(QStringLiteral("p")), QStringLiteral("strata.toml"),
                    QStringLiteral("[project]\nversions = \"versions\"\n"));
    const QString path = test::writeFile(
        dir.filePath(QStringLiteral("p")), QStringLiteral("versions/slow.sql"),
        QStringLiteral("-- Revision ID: slow\n-- Revises:\n\n-- migrate:upgrade\n"
                       "SELECT pg_sleep(600);\n\n-- migrate:downgrade\nSELECT 1;\n"));
    // This test's own scratch database and statement only: other tests (run in parallel by
    // ctest -j) verify on scratch databases of the same sandbox.
    const QString sleeping =
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE "
                       "'strata_verify_%' AND query LIKE '%pg_sleep(600)%'");
    const QString scratchOid = QStringLiteral(
        "SELECT d.oid::int FROM pg_database d JOIN pg_stat_activity a ON a.datname = d.datname "
        "WHERE d.datname LIKE 'strata_verify_%' AND a.query LIKE '%pg_sleep(600)%' LIMIT 1");
    QCOMPARE(countInSandbox(sleeping), 0);
    auto* editor = new RevisionEditor;
    QVERIFY(editor->open(path).ok());
    editor->setSandboxDirectory(sandboxDirectory());
    QSignalSpy finished(editor, &RevisionEditor::tryItFinished);
    editor->tryIt();
    QTRY_VERIFY_WITH_TIMEOUT(countInSandbox(sleeping) == 1, 60000);
    const int oid = countInSandbox(scratchOid);
    QVERIFY(oid > 0);
    const QString scratch =
        QStringLiteral("SELECT count(*) FROM pg_database WHERE oid = %1").arg(oid);
    QCOMPARE(countInSandbox(scratch), 1);
    delete editor; // a destructor that waited would sit here for ten minutes
    QTRY_VERIFY_WITH_TIMEOUT(countInSandbox(sleeping) == 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(countInSandbox(scratch) == 0, 60000);
}

// The editor's diagnostics are RevisionChecker's (core), message for message, on the text as
// it is being edited.
void TestEditor::diagnosticsAreRevisionCheckers_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("transactional");
    QTest::newRow("concurrently in a transaction")
        << QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a);\n") << true;
    QTest::newRow("vacuum in a transaction") << QStringLiteral("SELECT 1;\nVACUUM t;\n") << true;
    QTest::newRow("begin") << QStringLiteral("BEGIN;\nSELECT 1;\n") << true;
    QTest::newRow("commit, not transactional")
        << QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;\n") << false;
    QTest::newRow("syntax error") << QStringLiteral("SELECT 1;\nCREATE TABLEX t ();\n") << true;
}

void TestEditor::diagnosticsAreRevisionCheckers() {
    QFETCH(QString, sql);
    QFETCH(bool, transactional);
    RevisionEditor editor;
    editor.setLintOptions(grammarTarget());
    QVERIFY(editor.open(copySample()).ok());
    editor.headerForm()->transactionalCheck()->setChecked(!transactional);
    editor.headerForm()->transactionalCheck()->setChecked(transactional);
    editor.upgradeEditor()->setText(sql);
    editor.updateDiagnostics();

    Revision revision;
    revision.id = QStringLiteral("x");
    revision.transactional = transactional;
    revision.upgrade.present = true;
    revision.upgrade.sql = sql;
    revision.upgrade.firstLine = 1;
    QStringList expected;
    QList<int> lines;
    for (const Error& e : RevisionChecker::check(revision, SqlGrammar::major())) {
        expected << e.message;
        lines << e.line;
    }
    QVERIFY(!expected.isEmpty());
    QStringList got;
    QList<int> gotLines;
    for (const Diagnostic& d : editor.diagnostics()) {
        if (d.section != RevisionFile::Section::Upgrade)
            continue;
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        got << d.message;
        gotLines << d.line;
    }
    QCOMPARE(got, expected);
    QCOMPARE(gotLines, lines);
}

void TestEditor::catalogFromSandbox() {
    std::optional<test::SandboxDatabase> db;
    {
        const test::TestConnectionsAllowed setup; // the test's own database, before the editor
        db.emplace(QStringLiteral("editorcat"));
        auto conn = db->connect();
        QVERIFY2(conn, test::describe(conn).constData());
        QVERIFY((*conn)->exec(QStringLiteral("CREATE TABLE widgets (id int, colour text)")).ok());
    }
    const auto dropLater = qScopeGuard([&db] {
        const test::TestConnectionsAllowed teardown;
        db.reset();
    });
    RevisionEditor editor;
    QVERIFY(editor.open(copySample()).ok());
    QSignalSpy loaded(&editor, &RevisionEditor::catalogLoaded);
    editor.setCompletionSource(db->url());
    QVERIFY(loaded.wait(20000));
    QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
    SqlEditor* up = editor.upgradeEditor();
    up->setText(QStringLiteral("SELECT * FROM widg"));
    up->setCursorPosition(0, 18);
    QCOMPARE(up->completionCandidates(), QStringList{QStringLiteral("widgets")});
    up->setText(QStringLiteral("SELECT widgets."));
    up->setCursorPosition(0, 15);
    QCOMPARE(up->completionCandidates(),
             (QStringList{QStringLiteral("colour"), QStringLiteral("id")}));
}

// Editing a revision applied somewhere: a warning names the environments (issue 14 item 9).
void TestEditor::appliedNotice_data() {
    QTest::addColumn<QStringList>("environments");
    QTest::addColumn<QString>("expected"); // empty: no notice
    QTest::newRow("nowhere") << QStringList{} << QString();
    QTest::newRow("one") << QStringList{"dev"} << "Applied to dev: editing changes its checksum";
    QTest::newRow("two") << QStringList{"dev", "test"}
                         << "Applied to dev, test: editing changes its checksum";
}

void TestEditor::appliedNotice() {
    QFETCH(QStringList, environments);
    QFETCH(QString, expected);
    RevisionEditor editor;
    QVERIFY(editor.open(copySample()).ok());
    NoticeBar* notice = editor.notices()->applied();
    QVERIFY(notice->isHidden());
    editor.setAppliedTo(environments);
    QCOMPARE(notice->isHidden(), expected.isEmpty());
    if (expected.isEmpty())
        return;
    QVERIFY2(notice->text().startsWith(expected), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QLatin1String("strata check")));
    QCOMPARE(notice->kind(), NoticeBar::Kind::Warning);
    // The statuses change: the notice follows.
    editor.setAppliedTo({});
    QVERIFY(notice->isHidden());
}

// Saving text with errors saves it and says so (the choice: the file is the user's; the notice
// and the status line say a run stops at it).
void TestEditor::saveWithErrorsWarns_data() {
    QTest::addColumn<QString>("append");
    QTest::addColumn<QString>("expected"); // empty: saved without a notice
    QTest::newRow("syntax error") << "SELEC 1;\n"
                                  << "Saved with 1 error(s) (line ";
    QTest::newRow("CONCURRENTLY in a transaction")
        << "CREATE INDEX CONCURRENTLY idx_x ON chunk_embeddings (model);\n"
        << "Saved with 1 error(s) (line ";
    QTest::newRow("fine") << "SELECT 1;\n" << QString();
}

void TestEditor::saveWithErrorsWarns() {
    QFETCH(QString, append);
    QFETCH(QString, expected);
    const QString path = copySample();
    RevisionEditor editor;
    QVERIFY(editor.open(path).ok());
    QSignalSpy warned(&editor, &RevisionEditor::savedWithErrors);
    editor.upgradeEditor()->append(append);
    QVERIFY(editor.save());
    QVERIFY(readAll(path).contains(append.trimmed())); // saved all the same
    NoticeBar* notice = editor.notices()->save();
    QCOMPARE(notice->isHidden(), expected.isEmpty());
    QCOMPARE(warned.count(), expected.isEmpty() ? 0 : 1);
    if (expected.isEmpty())
        return;
    QVERIFY2(notice->text().startsWith(expected), qPrintable(notice->text()));
    QCOMPARE(warned.first().first().toString(), notice->text());
    QCOMPARE(notice->kind(), NoticeBar::Kind::Error);
    // Fixed and saved again: the notice goes.
    QString sql = editor.upgradeEditor()->text();
    sql.replace(append, QString());
    editor.upgradeEditor()->setText(sql);
    QVERIFY(editor.save());
    QVERIFY(notice->isHidden());
}

// What the editor writes into a new revision is DESIGN section 3's format, byte for byte: a
// line break at the end of each section and of the file, a blank line before
// `-- migrate:downgrade` (issue 14 item 12).
void TestEditor::savedFileBytes_data() {
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<QString>("sections"); // the file after the header
    QTest::newRow("both, typed without line breaks")
        << "CREATE TABLE t (id int);"
        << "DROP TABLE t;"
        << "\n-- migrate:upgrade\nCREATE TABLE t (id int);\n\n-- migrate:downgrade\nDROP TABLE "
           "t;\n";
    QTest::newRow("trailing blank lines dropped")
        << "CREATE TABLE t (id int);\n\n\n"
        << "DROP TABLE t;\n\n"
        << "\n-- migrate:upgrade\nCREATE TABLE t (id int);\n\n-- migrate:downgrade\nDROP TABLE "
           "t;\n";
    QTest::newRow("upgrade only") << "SELECT 1;"
                                  << ""
                                  << "\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\n";
    QTest::newRow("downgrade only") << ""
                                    << "SELECT 2;"
                                    << "\n-- migrate:upgrade\n\n-- migrate:downgrade\nSELECT 2;\n";
}

void TestEditor::savedFileBytes() {
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(QString, sections);
    NewRevision r;
    r.id = QStringLiteral("0005_add_t");
    r.parents = {QStringLiteral("0004_x")};
    r.message = QStringLiteral("add t");
    r.createDate = QStringLiteral("2026-12-01 17:00:00+00:00");
    const auto written = RevisionWriter::write(m_dir->path(), r);
    QVERIFY(written.ok());
    const QString header = QStringLiteral("-- Revision ID: 0005_add_t\n"
                                          "-- Revises: 0004_x\n"
                                          "-- Create Date: 2026-12-01 17:00:00+00:00\n"
                                          "-- Message: add t\n"
                                          "-- Branch Labels:\n"
                                          "-- Depends On:\n"
                                          "-- Transactional: yes\n");
    // As written by New revision: the same format.
    QCOMPARE(readAll(*written),
             header + QStringLiteral("\n-- migrate:upgrade\n\n-- migrate:downgrade\n"));
    RevisionEditor editor;
    QVERIFY(editor.open(*written).ok());
    editor.upgradeEditor()->setText(upgrade);
    editor.downgradeEditor()->setText(downgrade);
    QVERIFY(editor.save());
    QFile file(*written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), (header + sections).toUtf8());
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
