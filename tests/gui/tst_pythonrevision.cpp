// The studio's editor on Alembic `.py` revisions: an SQL revision in Python form (only
// op.execute(<literal>) calls) opens in the SQL editor and saves by rewriting only its string
// literals (byte for byte everywhere else; real Alembic still imports it); edits that cannot be
// placed so are refused; other `.py` revisions open read-only with Python highlighting, a banner
// and "Open in external editor", and reload when the file changes on disk.
#include "AlembicCli.h"
#include "GuiThreadGuard.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "editor/FileBanner.h"
#include "editor/FindBar.h"
#include "editor/HeaderForm.h"
#include "editor/PythonEditor.h"
#include "editor/PythonView.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlColorScheme.h"
#include "editor/SqlEditor.h"
#include "editor/SqlFormWriter.h"
#include "revision/AlembicScript.h"
#include "revision/AlembicSqlForm.h"
#include "session/EditorTabs.h"
#include "shell/StudioApplication.h"

#include <Qsci/qscilexerpython.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace strata;

namespace {

const QString kAlembicFixture = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");
const QString kSqlFormFixtures = QStringLiteral(STRATA_FIXTURES_DIR "/sqlform");

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A copy of the Alembic fixture project (alembic.ini, migrations/; not extra/) with the SQL-form
// revisions of tests/fixtures/sqlform in its versions folder. Returns the project folder.
QString copyProject(const QString& dir) {
    QDirIterator it(kAlembicFixture, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString rel = QDir(kAlembicFixture).relativeFilePath(from);
        if (rel.startsWith(QLatin1String("extra/")) || rel.contains(QLatin1String("__pycache__")))
            continue;
        QDir().mkpath(QFileInfo(QDir(dir).filePath(rel)).absolutePath());
        QFile::copy(from, QDir(dir).filePath(rel));
    }
    for (const QString& name : QDir(kSqlFormFixtures).entryList({QStringLiteral("*.py")}))
        QFile::copy(kSqlFormFixtures + QLatin1Char('/') + name,
                    QDir(dir).filePath(QStringLiteral("migrations/versions/") + name));
    for (QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories); files.hasNext();)
        QFile::setPermissions(files.next(), QFile::ReadOwner | QFile::WriteOwner);
    return dir;
}

QString versionFile(const QString& dir, const QString& name) {
    return QDir(dir).filePath(QStringLiteral("migrations/versions/") + name);
}

// `text` with the first `from` after `marker` (e.g. "def upgrade") replaced by `to`.
QString replaceAfter(QString text, const QString& marker, const QString& from, const QString& to) {
    const qsizetype start = text.indexOf(marker);
    const qsizetype at = start < 0 ? -1 : text.indexOf(from, start);
    if (at < 0)
        qFatal("no \"%s\" after \"%s\"", qPrintable(from), qPrintable(marker));
    return text.replace(at, from.size(), to);
}

// Applies "from", "to" pairs to an editor's text.
void applyEdits(SqlEditor* editor, const QStringList& pairs) {
    QString text = editor->text();
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2) {
        if (!text.contains(pairs.at(i)))
            qFatal("the editor has no \"%s\"", qPrintable(pairs.at(i)));
        text.replace(text.indexOf(pairs.at(i)), pairs.at(i).size(), pairs.at(i + 1));
    }
    editor->setText(text);
}

// Records the URLs QDesktopServices is asked to open.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

} // namespace

class TestPythonRevision : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sqlFormSaveIsByteExact_data();
    void sqlFormSaveIsByteExact();
    void sqlFormRefusals_data();
    void sqlFormRefusals();
    void emptyRevisionGetsItsFirstCall();
    void sqlFormHeaderIsReadOnly();
    void sqlFormWriterMapsEditsToCalls();
    void sqlFormWriterKeepsConcatenatedLiterals();
    void pythonRevisionOpensReadOnly();
    void pythonColoursFollowTheScheme();
    void pythonViewReloadsWhenFileChanges();
    void tabsOpenTheRightViewAndFollowTheFile();
    void ctrlFOpensTheEditorsFindBar();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestPythonRevision::initTestCase() {
    Q_INIT_RESOURCE(strata);
    const QString missing = test::debianAlembicMissing();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    test::forbidGuiThreadConnections();
}

void TestPythonRevision::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = copyProject(m_dir->path());
}

void TestPythonRevision::sqlFormSaveIsByteExact_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("upgradeEdits");   // from, to, ... in the upgrade editor
    QTest::addColumn<QStringList>("downgradeEdits"); // the same in the downgrade editor
    QTest::addColumn<QString>("head");
    QTest::addColumn<bool>("crlf"); // the file (and the edits) with CRLF line endings

    QTest::newRow("two calls edited at once, quote styles kept")
        << "f7000001_note.py" << QStringList{"note text", "note varchar(40)", "'n/a'", "'none'"}
        << QStringList{"DROP COLUMN note", "DROP COLUMN IF EXISTS note"} << "f7000003" << false;
    QTest::newRow("a line added in a triple-quoted literal")
        << "f7000001_note.py"
        << QStringList{"SET note = 'n/a'", "SET note = 'n/a'\n        WHERE note IS NULL"}
        << QStringList{} << "f7000003" << false;
    QTest::newRow("CRLF file: a line added in a triple-quoted literal")
        << "f7000001_note.py"
        << QStringList{"SET note = 'n/a'", "SET note = 'n/a'\n        WHERE note IS NULL"}
        << QStringList{"DROP COLUMN note", "DROP COLUMN IF EXISTS note"} << "f7000003" << true;
    QTest::newRow("COMMIT idiom: the CONCURRENTLY call edited, COMMIT stays")
        << "f7000002_concurrently.py"
        << QStringList{"items_note_idx ON items (note)",
                       "items_note_lower_idx ON items (lower(note))"}
        << QStringList{"items_note_idx", "items_note_lower_idx"} << "f7000003" << false;
    QTest::newRow("the project's own COMMIT revision")
        << "e5000001_concurrent_index.py" << QStringList{"ON items (name)", "ON items (name, id)"}
        << QStringList{} << "f7000003" << false;
}

void TestPythonRevision::sqlFormSaveIsByteExact() {
    QFETCH(QString, file);
    QFETCH(QStringList, upgradeEdits);
    QFETCH(QStringList, downgradeEdits);
    QFETCH(QString, head);
    QFETCH(bool, crlf);
    const QString path = versionFile(m_project, file);
    if (crlf) {
        QVERIFY(writeBytes(path, readBytes(path).replace("\n", "\r\n")));
        for (QStringList* edits : {&upgradeEdits, &downgradeEdits})
            for (QString& e : *edits)
                e.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    }
    const QByteArray before = readBytes(path);

    RevisionEditor editor;
    editor.setPromptHandler([](RevisionEditor::Prompt, const QString& message) {
        qWarning("unexpected prompt: %s", qPrintable(message));
        return QMessageBox::Ok;
    });
    QVERIFY(editor.open(path));
    QVERIFY(editor.isSqlForm());
    applyEdits(editor.upgradeEditor(), upgradeEdits);
    applyEdits(editor.downgradeEditor(), downgradeEdits);
    QVERIFY(editor.isModified());
    QVERIFY2(editor.save(), qPrintable(editor.lastMessage()));
    QVERIFY(!editor.isModified());

    // Byte for byte: only the edited literals changed (comments, quote styles, other
    // functions, the text after the last function, the missing final line break).
    QString expected = QString::fromUtf8(before);
    for (qsizetype i = 0; i + 1 < upgradeEdits.size(); i += 2)
        expected = replaceAfter(expected, QStringLiteral("def upgrade"), upgradeEdits.at(i),
                                upgradeEdits.at(i + 1));
    for (qsizetype i = 0; i + 1 < downgradeEdits.size(); i += 2)
        expected = replaceAfter(expected, QStringLiteral("def downgrade"), downgradeEdits.at(i),
                                downgradeEdits.at(i + 1));
    QCOMPARE(QString::fromUtf8(readBytes(path)), expected);
    QCOMPARE(readBytes(path), expected.toUtf8());

    // The margins follow the file: a line added to upgrade() moves downgrade() down.
    QCOMPARE(editor.downgradeEditor()->lineNumberText(0),
             QString::number(AlembicSqlForm::read(QString::fromUtf8(readBytes(path)), u"downgrade")
                                 .calls.constFirst()
                                 .line));

    // Read back: still SQL form, with the new SQL; the COMMIT idiom survived.
    const auto reread = AlembicScript::load(path);
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().message));
    QCOMPARE(reread->source, Revision::Source::AlembicSqlForm);
    QCOMPARE(reread->upgrade.sql, editor.upgradeEditor()->text());
    for (qsizetype i = 1; i < upgradeEdits.size(); i += 2)
        QVERIFY(reread->upgrade.sql.contains(upgradeEdits.at(i)));
    for (qsizetype i = 1; i < downgradeEdits.size(); i += 2)
        QVERIFY(reread->downgrade.sql.contains(downgradeEdits.at(i)));
    const QString text = QString::fromUtf8(readBytes(path));
    const bool commit = QString::fromUtf8(before).contains(QLatin1String("op.execute(\"COMMIT\")"));
    if (commit) {
        QVERIFY(!reread->transactional);
        for (const char* function : {"upgrade", "downgrade"}) {
            const SqlFormFunction f = AlembicSqlForm::read(text, QString::fromLatin1(function));
            QVERIFY(f.calls.size() >= 2);
            QCOMPARE(f.calls.constFirst().value, QStringLiteral("COMMIT"));
        }
    }

    // Real Alembic still imports every revision of the project.
    const test::CliRun heads = test::runAlembic(m_project, {QStringLiteral("heads")});
    QVERIFY2(heads.exitCode == 0, qPrintable(heads.err));
    QVERIFY2(heads.out.contains(head), qPrintable(heads.out));
}

void TestPythonRevision::sqlFormRefusals_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("upgrade"); // which editor is edited
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message"); // a part of the refusal

    QTest::newRow("COMMIT removed") << "f7000002_concurrently.py" << true << "COMMIT"
                                    << "SELECT 1"
                                    << "op.execute(\"COMMIT\") at line 17";
    QTest::newRow("two calls merged") << "f7000002_concurrently.py" << true << "COMMIT;\n\n"
                                      << "COMMIT; "
                                      << "changes the text between";
    QTest::newRow("a second statement in a COMMIT revision's call")
        << "f7000002_concurrently.py" << false << "items_note_idx"
        << "items_note_idx;\nDROP INDEX CONCURRENTLY items_other_idx"
        << "would hold 2 statements";
    QTest::newRow("a call emptied")
        << "f7000001_note.py" << false << "ALTER TABLE items DROP COLUMN note"
        << ""
        << "line 27 would be left without SQL";
    QTest::newRow("SQL for an absent downgrade()") << "f7000003_pass.py" << false << ""
                                                   << "SELECT 1"
                                                   << "no downgrade() function";
}

void TestPythonRevision::sqlFormRefusals() {
    QFETCH(QString, file);
    QFETCH(bool, upgrade);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    const QString path = versionFile(m_project, file);
    const QByteArray before = readBytes(path);

    RevisionEditor editor;
    QList<RevisionEditor::Prompt> prompts;
    editor.setPromptHandler([&prompts](RevisionEditor::Prompt prompt, const QString&) {
        prompts.append(prompt);
        return QMessageBox::Ok;
    });
    QVERIFY(editor.open(path));
    SqlEditor* section = upgrade ? editor.upgradeEditor() : editor.downgradeEditor();
    QString text = section->text();
    if (from.isEmpty())
        text = to;
    else
        text.replace(text.indexOf(from), from.size(), to);
    section->setText(text);
    QVERIFY(editor.isModified());
    QVERIFY(!editor.save());
    QCOMPARE(prompts, QList<RevisionEditor::Prompt>{RevisionEditor::Prompt::SaveFailed});
    QVERIFY2(editor.lastMessage().contains(message), qPrintable(editor.lastMessage()));
    QVERIFY(editor.lastMessage().contains(QLatin1String("Your edits are kept")));
    // Nothing written, nothing dropped.
    QCOMPARE(readBytes(path), before);
    QVERIFY(editor.isModified());
    QCOMPARE(section->text(), text);
}

// A new revision as Alembic's template (or `strata revision` without SQL) writes it: upgrade()
// is only `pass`. SQL typed in the editor replaces that `pass` with one op.execute call; every
// other byte stays, the file reads back as SQL form, and Alembic still imports it.
void TestPythonRevision::emptyRevisionGetsItsFirstCall() {
    const QString path = versionFile(m_project, QStringLiteral("f7000003_pass.py"));
    const QByteArray before = readBytes(path);
    QVERIFY(before.contains("def upgrade():\n    pass"));
    RevisionEditor editor;
    editor.setPromptHandler([](RevisionEditor::Prompt, const QString& message) {
        qWarning("unexpected prompt: %s", qPrintable(message));
        return QMessageBox::Ok;
    });
    QVERIFY(editor.open(path));
    QVERIFY(editor.isSqlForm());
    QVERIFY(!editor.upgradeEditor()->isReadOnly());
    editor.upgradeEditor()->setText(QStringLiteral("CREATE TABLE filled (id int);"));
    QVERIFY2(editor.save(), qPrintable(editor.lastMessage()));
    QByteArray expected = before;
    expected.replace(
        "def upgrade():\n    pass",
        "def upgrade():\n    op.execute(\"\"\"\nCREATE TABLE filled (id int);\n\"\"\")");
    QCOMPARE(readBytes(path), expected);
    const auto reread = AlembicScript::load(path);
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().message));
    QCOMPARE(reread->source, Revision::Source::AlembicSqlForm);
    QCOMPARE(reread->upgrade.sql.trimmed(), QStringLiteral("CREATE TABLE filled (id int);"));
    const test::CliRun heads = test::runAlembic(m_project, {QStringLiteral("heads")});
    QVERIFY2(heads.exitCode == 0, qPrintable(heads.err));
}

void TestPythonRevision::sqlFormHeaderIsReadOnly() {
    RevisionEditor editor;
    QVERIFY(editor.open(versionFile(m_project, QStringLiteral("f7000002_concurrently.py"))));
    QVERIFY(editor.isSqlForm());
    QCOMPARE(editor.revisionId(), QStringLiteral("f7000002"));
    QVERIFY(!editor.banner()->isHidden());
    QVERIFY(editor.banner()->text().contains(QLatin1String("SQL revision in Python form")));
    QCOMPARE(editor.banner()->filePath(),
             versionFile(m_project, QStringLiteral("f7000002_concurrently.py")));
    QVERIFY(editor.banner()->openExternalAction()->isEnabled());
    HeaderForm* header = editor.headerForm();
    QCOMPARE(header->messageEdit()->text(), QStringLiteral("index item notes concurrently"));
    QCOMPARE(header->parentsEdit()->text(), QStringLiteral("f7000001"));
    for (QLineEdit* e : {header->messageEdit(), header->parentsEdit(), header->branchLabelsEdit(),
                         header->dependsOnEdit()})
        QVERIFY(e->isReadOnly());
    QVERIFY(!header->transactionalCheck()->isEnabled());
    QVERIFY(!header->transactionalCheck()->isChecked()); // the COMMIT idiom
    QVERIFY(editor.upgradeEditor()->text().startsWith(QLatin1String("COMMIT;")));
    // The COMMIT idiom is checked as `strata check` does: not a problem.
    QVERIFY2(editor.diagnostics().isEmpty(), qPrintable(editor.diagnostics().value(0).message));
    QVERIFY(!editor.upgradeEditor()->isReadOnly());
    QVERIFY(!editor.downgradeEditor()->isReadOnly());
    // The margins number the .py file's lines.
    QCOMPARE(editor.upgradeEditor()->firstLineNumber(), 17);
    QCOMPARE(editor.upgradeEditor()->lineNumberText(0), QStringLiteral("17"));
    QCOMPARE(editor.upgradeEditor()->lineNumberText(2), QStringLiteral("19"));
    QCOMPARE(editor.downgradeEditor()->lineNumberText(1), QStringLiteral("25"));
    // Typed into the read-only message: nothing changes.
    QTest::keyClicks(header->messageEdit(), QStringLiteral("x"));
    QVERIFY(!editor.isModified());

    // Diagnostics point at the .py lines: the CREATE INDEX literal is on line 19.
    applyEdits(editor.upgradeEditor(), {QStringLiteral("ON items"), QStringLiteral("ON itemsX (")});
    editor.updateDiagnostics();
    QVERIFY(!editor.diagnostics().isEmpty());
    QCOMPARE(editor.diagnostics().constFirst().fileLine, 19);
    QCOMPARE(editor.diagnostics().constFirst().line, 3); // the editor's line: 17 is its first

    // CONCURRENTLY in a transactional .py revision: the fix Alembic users know.
    RevisionEditor note;
    QVERIFY(note.open(versionFile(m_project, QStringLiteral("f7000001_note.py"))));
    applyEdits(note.upgradeEditor(), {QStringLiteral("ALTER TABLE items ADD COLUMN note text"),
                                      QStringLiteral("CREATE INDEX CONCURRENTLY i ON items (id)")});
    note.updateDiagnostics();
    QCOMPARE(note.diagnostics().size(), 1);
    QVERIFY2(
        note.diagnostics().constFirst().message.contains(QLatin1String("op.execute(\"COMMIT\")")),
        qPrintable(note.diagnostics().constFirst().message));
    QCOMPARE(note.diagnostics().constFirst().fileLine, 19);

    // upgrade() is only `pass` (writable: saving puts an op.execute call in its place), no
    // downgrade(): that section read-only.
    RevisionEditor empty;
    QVERIFY(empty.open(versionFile(m_project, QStringLiteral("f7000003_pass.py"))));
    QVERIFY(!empty.upgradeEditor()->isReadOnly());
    QVERIFY(empty.downgradeEditor()->isReadOnly());
    QVERIFY(!empty.savedRevision().downgrade.present);

    // A .sql revision: no banner, the header editable (as before).
    QTemporaryDir sqlDir;
    const QString sqlPath = sqlDir.filePath(QStringLiteral("0002_add_chunk_embeddings.sql"));
    QVERIFY(QFile::copy(
        QStringLiteral(STRATA_SOURCE_DIR "/migrations/versions/0002_add_chunk_embeddings.sql"),
        sqlPath));
    RevisionEditor sql;
    QVERIFY(sql.open(sqlPath));
    QVERIFY(!sql.isSqlForm());
    QVERIFY(sql.banner()->isHidden());
    QVERIFY(!sql.headerForm()->messageEdit()->isReadOnly());
    QVERIFY(sql.headerForm()->transactionalCheck()->isEnabled());

    // A Python revision does not open in the SQL editor.
    RevisionEditor python;
    const auto opened =
        python.open(versionFile(m_project, QStringLiteral("d4000001_loop_backfill.py")));
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(QLatin1String("is a Python revision")));
}

void TestPythonRevision::sqlFormWriterMapsEditsToCalls() {
    // Three calls; the middle one edited alone, then the first and last together: the other
    // calls' literals stay byte for byte, the edited ones keep their quote style.
    const QString file = QStringLiteral("def upgrade():\n"
                                        "    op.execute('SELECT 1')  # one\n"
                                        "    op.execute(\"SELECT 2;\")\n"
                                        "    op.execute(r'''SELECT '3'\n"
                                        "    ''')\n");
    const QString section = AlembicSqlForm::section(AlembicSqlForm::read(file, u"upgrade")).sql;
    QCOMPARE(section, QStringLiteral("SELECT 1;\nSELECT 2;\nSELECT '3'\n    "));

    auto middle = SqlFormWriter::write(file, u"upgrade",
                                       QStringLiteral("SELECT 1;\nSELECT 22;\nSELECT '3'\n    "));
    QVERIFY(middle);
    QCOMPARE(*middle,
             QString(file).replace(QLatin1String("SELECT 2;"), QLatin1String("SELECT 22;")));

    auto ends = SqlFormWriter::write(file, u"upgrade",
                                     QStringLiteral("SELECT 11;\nSELECT 2;\nSELECT '33'\n    "));
    QVERIFY(ends);
    QCOMPARE(*ends, QString(file)
                        .replace(QLatin1String("'SELECT 1'"), QLatin1String("'SELECT 11'"))
                        .replace(QLatin1String("'3'"), QLatin1String("'33'")));

    // Unchanged text: the file as it is.
    QCOMPARE(*SqlFormWriter::write(file, u"upgrade", section), file);
    auto between = SqlFormWriter::write(
        file, u"upgrade", QStringLiteral("SELECT 1;\nSELECT 9;\nSELECT 2;\nSELECT '3'\n    "));
    // A line typed at the start of the second call's line goes into that call (a transactional
    // revision: one call may hold two statements); the section reads back as typed.
    QVERIFY(between);
    const SqlFormFunction f = AlembicSqlForm::read(*between, u"upgrade");
    QCOMPARE(f.calls.size(), 3);
    QCOMPARE(f.calls.at(0).value, QStringLiteral("SELECT 1"));
    QCOMPARE(f.calls.at(1).value, QStringLiteral("SELECT 9;\nSELECT 2;"));
    QCOMPARE(AlembicSqlForm::section(f).sql,
             QStringLiteral("SELECT 1;\nSELECT 9;\nSELECT 2;\nSELECT '3'\n    "));
    QVERIFY(
        between->startsWith(QLatin1String("def upgrade():\n    op.execute('SELECT 1')  # one\n")));
}

void TestPythonRevision::sqlFormWriterKeepsConcatenatedLiterals() {
    const QString file = QStringLiteral("def upgrade():\n"
                                        "    op.execute(\n"
                                        "        \"CREATE TABLE a \"  # part one\n"
                                        "        '(id int)',\n"
                                        "    )\n");
    QCOMPARE(AlembicSqlForm::section(AlembicSqlForm::read(file, u"upgrade")).sql,
             QStringLiteral("CREATE TABLE a (id int)"));
    // Inside the second literal: only it is rewritten, the comment stays.
    auto second =
        SqlFormWriter::write(file, u"upgrade", QStringLiteral("CREATE TABLE a (id bigint)"));
    QVERIFY(second);
    QCOMPARE(*second,
             QString(file).replace(QLatin1String("'(id int)'"), QLatin1String("'(id bigint)'")));
    // Inside the first literal: only it is rewritten.
    auto first = SqlFormWriter::write(file, u"upgrade", QStringLiteral("CREATE TABLE b (id int)"));
    QVERIFY(first);
    QCOMPARE(*first, QString(file).replace(QLatin1String("\"CREATE TABLE a \""),
                                           QLatin1String("\"CREATE TABLE b \"")));
    // Across the two literals, a comment between: refused (one literal would drop it).
    auto across =
        SqlFormWriter::write(file, u"upgrade", QStringLiteral("CREATE TABLE b (key int)"));
    QVERIFY(!across);
    QVERIFY2(across.error().message.contains(QLatin1String("drop the comments")),
             qPrintable(across.error().message));
    // Without a comment between, the literals merge into one in the first one's style.
    const QString plain =
        QStringLiteral("def upgrade():\n    op.execute('CREATE TABLE a ' \"(id int)\")\n");
    auto merged =
        SqlFormWriter::write(plain, u"upgrade", QStringLiteral("CREATE TABLE b (key int)"));
    QVERIFY(merged);
    QCOMPARE(*merged,
             QStringLiteral("def upgrade():\n    op.execute('CREATE TABLE b (key int)')\n"));
}

void TestPythonRevision::pythonRevisionOpensReadOnly() {
    const QString path = versionFile(m_project, QStringLiteral("d4000001_loop_backfill.py"));
    PythonView view;
    QVERIFY(view.open(path));
    QCOMPARE(view.revisionId(), QStringLiteral("d4000001"));
    QCOMPARE(view.title(), QStringLiteral("d4000001"));
    QCOMPARE(view.text(), QString::fromUtf8(readBytes(path)));
    QVERIFY(qobject_cast<QsciLexerPython*>(view.editor()->lexer()));
    QVERIFY(view.editor()->isReadOnly());
    QVERIFY(view.banner()->text().contains(
        QStringLiteral("Python revision</b> — runs through the project's Alembic; edit it in "
                       "your editor")));
    // Typing changes nothing.
    view.show();
    QTest::keyClicks(view.editor(), QStringLiteral("xyz"));
    QCOMPARE(view.text(), QString::fromUtf8(readBytes(path)));

    // "Open in external editor" asks the desktop for the file's URL.
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    const auto unset =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    QTest::mouseClick(view.banner()->openExternalButton(), Qt::LeftButton);
    QCOMPARE(recorder.urls, QList<QUrl>{QUrl::fromLocalFile(path)});
    view.banner()->openExternalAction()->trigger();
    QCOMPARE(recorder.urls.size(), 2);

    // The Python is styled by the lexer: `def` is a keyword, the docstring a triple string.
    view.editor()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0L, -1L);
    const QByteArray utf8 = readBytes(path);
    const int def = int(utf8.indexOf("def upgrade"));
    QCOMPARE(int(view.editor()->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, long(def))),
             int(QsciLexerPython::Keyword));
    QCOMPARE(int(view.editor()->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, 1L)),
             int(QsciLexerPython::TripleDoubleQuotedString));
}

void TestPythonRevision::pythonColoursFollowTheScheme() {
    for (bool dark : {false, true}) {
        PythonView view;
        QPalette palette = view.palette();
        palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        view.setPalette(palette);
        QVERIFY(view.open(versionFile(m_project, QStringLiteral("a1000001_items.py"))));
        const SqlColorScheme scheme = SqlColorScheme::forPalette(palette);
        QCOMPARE(scheme.dark, dark);
        auto* lexer = view.editor()->pythonLexer();
        QCOMPARE(lexer->paper(QsciLexerPython::Default), scheme.paper);
        QCOMPARE(lexer->color(QsciLexerPython::Keyword), scheme.keyword);
        QCOMPARE(lexer->color(QsciLexerPython::Comment), scheme.comment);
        QCOMPARE(lexer->color(QsciLexerPython::DoubleQuotedString), scheme.string);
        QCOMPARE(lexer->color(QsciLexerPython::Number), scheme.number);
    }
}

void TestPythonRevision::pythonViewReloadsWhenFileChanges() {
    const QString path = versionFile(m_project, QStringLiteral("d4000001_loop_backfill.py"));
    PythonView view;
    QVERIFY(view.open(path));
    QSignalSpy reloaded(&view, &PythonView::reloaded);
    QSignalSpy sqlForm(&view, &PythonView::becameSqlForm);

    const QByteArray edited = readBytes(path) + "\n# edited elsewhere\n";
    QVERIFY(writeBytes(path, edited));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(view.text(), QString::fromUtf8(edited));
    QCOMPARE(sqlForm.size(), 0);

    // Saved atomically (a new file renamed over the old one), by an editor that also made the
    // revision SQL form: the view reloads and says so.
    QByteArray sql = readBytes(versionFile(m_project, QStringLiteral("f7000002_concurrently.py")));
    sql.replace("f7000002", "d4000001").replace("f7000001", "c3000001");
    const QString temp = path + QStringLiteral(".tmp");
    QVERIFY(writeBytes(temp, sql));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(temp, path));
    QVERIFY(sqlForm.wait(10000));
    QCOMPARE(view.text(), QString::fromUtf8(sql));
}

void TestPythonRevision::tabsOpenTheRightViewAndFollowTheFile() {
    MainWindow window;
    QVERIFY(window.openProject(m_project));
    EditorTabs* tabs = window.editorTabs();
    QTabWidget* central = test::centralTabs(window);

    const QString python = versionFile(m_project, QStringLiteral("d4000001_loop_backfill.py"));
    QCOMPARE(tabs->openEditor(python), nullptr);
    PythonView* view = tabs->pythonView(python);
    QVERIFY(view);
    QCOMPARE(central->currentWidget(), view);
    QCOMPARE(central->tabText(central->indexOf(view)), QStringLiteral("d4000001"));
    QCOMPARE(tabs->openEditor(python), nullptr); // the same tab again
    QCOMPARE(tabs->pythonViews().size(), 1);

    const QString sqlForm = versionFile(m_project, QStringLiteral("f7000002_concurrently.py"));
    RevisionEditor* editor = tabs->openEditor(sqlForm);
    QVERIFY(editor);
    QVERIFY(editor->isSqlForm());
    QCOMPARE(central->currentWidget(), editor);

    // The SQL-form file edited elsewhere into Python: its tab becomes a Python view.
    QByteArray bytes = readBytes(sqlForm);
    bytes.replace("    op.execute(\"COMMIT\")\n    op.execute(\n",
                  "    op.execute(\"COMMIT\")\n    op.get_bind()\n    op.execute(\n");
    QVERIFY(writeBytes(sqlForm, bytes));
    QTRY_VERIFY_WITH_TIMEOUT(tabs->pythonView(sqlForm) != nullptr, 10000);
    QCOMPARE(tabs->editors().size(), 0);
    QCOMPARE(central->tabText(central->indexOf(tabs->pythonView(sqlForm))),
             QStringLiteral("f7000002"));

    // Closing a Python view's tab never asks.
    const int before = central->count();
    emit central->tabCloseRequested(central->indexOf(tabs->pythonView(python)));
    QCOMPARE(central->count(), before - 1);
    QVERIFY(!tabs->pythonView(python));
}

void TestPythonRevision::ctrlFOpensTheEditorsFindBar() {
    // In the main window Ctrl+F is "Find Revision" (the graph's search); in an editor it opens
    // the editor's find bar and the tab stays.
    MainWindow window;
    QVERIFY(window.openProject(m_project));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTabWidget* central = test::centralTabs(window);

    RevisionEditor* editor =
        window.editorTabs()->openEditor(versionFile(m_project, QStringLiteral("f7000001_note.py")));
    QVERIFY(editor);
    editor->upgradeEditor()->setFocus();
    QTRY_VERIFY(editor->upgradeEditor()->hasFocus());
    QTest::keyClick(editor->upgradeEditor(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(central->currentWidget(), editor);
    QVERIFY(editor->findBar()->isVisible());
    QCOMPARE(editor->findBar()->editor(), editor->upgradeEditor());

    const QString python = versionFile(m_project, QStringLiteral("a1000002_qty.py"));
    window.editorTabs()->openEditor(python);
    PythonView* view = window.editorTabs()->pythonView(python);
    QVERIFY(view);
    view->editor()->setFocus();
    QTRY_VERIFY(view->editor()->hasFocus());
    QVERIFY(!view->findBar()->isVisible());
    QTest::keyClick(view->editor(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(central->currentWidget(), view);
    QVERIFY(view->findBar()->isVisible());
    // Read-only: find only, no replace.
    QVERIFY(!view->findBar()->replaceEdit()->isVisible());
    QTest::keyClicks(view->findBar()->findEdit(), QStringLiteral("add_column"));
    QVERIFY(view->findBar()->findNext());
    QCOMPARE(view->editor()->selectedText(), QStringLiteral("add_column"));

    // Outside the SQL and Python texts (here: the header's message field), Ctrl+F is still the
    // window's Find Revision: the graph's search.
    central->setCurrentWidget(editor);
    QLineEdit* message = editor->headerForm()->messageEdit();
    message->setFocus();
    QTRY_VERIFY(message->hasFocus());
    QTest::keyClick(message, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(central->currentWidget(), test::graphView(window));
}

void TestPythonRevision::screenshots() {
    // The two views in the main window, light and dark, for a look (under Xvfb with
    // QT_QPA_PLATFORM=xcb these are real X renderings): build/screenshots/editor-*.png.
    const QString out = QStringLiteral(STRATA_BINARY_DIR "/screenshots");
    QDir().mkpath(out);
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
    for (bool dark : {false, true}) {
        if (dark)
            StudioApplication::useDarkPalette();
        MainWindow window;
        QVERIFY(window.openProject(m_project));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        RevisionEditor* editor = window.editorTabs()->openEditor(
            versionFile(m_project, QStringLiteral("f7000002_concurrently.py")));
        QVERIFY(editor);
        QTest::qWait(50);
        QVERIFY(window.grab().save(out + QStringLiteral("/editor-sqlform") + suffix));
        const QString python = versionFile(m_project, QStringLiteral("d4000001_loop_backfill.py"));
        window.editorTabs()->openEditor(python);
        QVERIFY(window.editorTabs()->pythonView(python));
        QTest::qWait(50);
        QVERIFY(window.grab().save(out + QStringLiteral("/editor-python") + suffix));
    }
}

QTEST_MAIN(TestPythonRevision)
#include "tst_pythonrevision.moc"
