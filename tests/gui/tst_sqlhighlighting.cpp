// The read-only code views' highlighting and the one code theme (issue 17), whichever back end
// the build has: with KSyntaxHighlighting (the "SQL (PostgreSQL)" and "Python" definitions; CI
// builds it for Qt 6 from ../shared/vendor) or without it (QScintilla's lexers, the fallback,
// tested in every build). Keywords, a dollar-quoted body, an E'' string, a comment and an
// unterminated string get their own colours; the SQL editor draws the same text in the same
// colours as the views; choosing another theme (dark) recolours both; the studio's views are
// made by the factory; marks, line numbers and line backgrounds work on both back ends.
#include "common/CodeTheme.h"
#include "common/SqlHighlighterFactory.h"
#include "drift/DriftView.h"
#include "editor/SqlColorScheme.h"
#include "editor/SqlEditor.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "run/RunConsole.h"

#include <Qsci/qscilexer.h>

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace strata;

namespace {

const QString kSql = QStringLiteral("-- a comment\n"
                                    "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ "
                                    "LANGUAGE sql;\n"
                                    "SELECT E'it\\'s' AS quoted, plain_name FROM t;\n"
                                    "SELECT 'never closed\n");

// The text the editor and the views are compared on.
const QString kRevision = QStringLiteral("-- a comment\n"
                                         "CREATE TABLE t (id int NOT NULL, note text DEFAULT "
                                         "E'it\\'s');\n"
                                         "SELECT 42, 'plain' FROM t;\n");

int at(const QString& needle, int from = 0) {
    const int i = int(kSql.indexOf(needle, from));
    if (i < 0)
        qFatal("no %s in the text", qPrintable(needle));
    return i;
}

} // namespace

QColor colour(const QTextCharFormat& f) {
    return f.foreground().color();
}
bool bold(const QTextCharFormat& f) {
    return f.fontWeight() >= QFont::Bold;
}
// Looks different from plain text: another colour, or bold.
bool marked(const QTextCharFormat& f, const QTextCharFormat& plain) {
    return colour(f) != colour(plain) || bold(f) != bold(plain);
}
// Every character of [from, from + length) drawn like the first one.
bool uniform(const ReadOnlyCodeView& v, int from, int length) {
    const QTextCharFormat first = v.formatAt(from);
    for (int i = from + 1; i < from + length; ++i)
        if (colour(v.formatAt(i)) != colour(first) || bold(v.formatAt(i)) != bold(first))
            return false;
    return true;
}

// How the SQL editor draws the character at `offset` (its lexer's style there).
QTextCharFormat editorFormat(SqlEditor& editor, int offset) {
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
    const long byte = long(editor.text().left(offset).toUtf8().size());
    const int style = int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, byte));
    QTextCharFormat f;
    f.setForeground(editor.lexer()->color(style));
    f.setFontWeight(editor.lexer()->font(style).bold() ? QFont::Bold : QFont::Normal);
    return f;
}

int inRevision(const QString& needle) {
    const int i = int(kRevision.indexOf(needle));
    if (i < 0)
        qFatal("no %s in the revision", qPrintable(needle));
    return i;
}

std::unique_ptr<ReadOnlyCodeView> makeView(bool ksyntax,
                                           CodeLanguage language = CodeLanguage::Sql) {
    return std::unique_ptr<ReadOnlyCodeView>(
        ksyntax ? SqlHighlighterFactory::createReadOnlyView(nullptr, language)
                : SqlHighlighterFactory::createScintillaView(nullptr, language));
}

class TestSqlHighlighting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { CodeTheme::instance().choose(QString()); }

    void backends_data() {
        QTest::addColumn<bool>("ksyntax");
        QTest::newRow("QScintilla") << false;
        if (SqlHighlighterFactory::hasKSyntaxHighlighting())
            QTest::newRow("KSyntaxHighlighting") << true;
    }

    // A failing statement is numbered from its first line: the error names the line of its
    // position.
    void firstLineOfAFailingStatement_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("first");
        const QString three = QStringLiteral("UPDATE documents\n   SET no_such_column = 1\n"
                                             " WHERE id > 0");
        QTest::newRow("one line") << QStringLiteral("UPDATE t SET x = 1") << 9 << 8 << 9;
        QTest::newRow("error on the second line") << three << 11 << 25 << 10;
        QTest::newRow("error on the third line") << three << 12 << 51 << 10;
        QTest::newRow("error on the first line") << three << 10 << 3 << 10;
        QTest::newRow("no position") << three << 11 << 0 << 11;
        QTest::newRow("no line") << three << 0 << 25 << 0;
    }
    void firstLineOfAFailingStatement() {
        QFETCH(QString, statement);
        QFETCH(int, errorLine);
        QFETCH(int, position);
        QFETCH(int, first);
        QCOMPARE(ReadOnlyCodeView::firstLineOf(statement, errorLine, position), first);
    }

    void backendOfTheBuild() {
        // CTest says which back end this binary must have: with the library (a build that found
        // it), or without (tst_sqlhighlighting_fallback, the fallback objects linked in).
        const QByteArray expect = qgetenv("STRATA_EXPECT_KSYNTAX");
        if (!expect.isEmpty())
            QCOMPARE(SqlHighlighterFactory::hasKSyntaxHighlighting(), expect == "1");
        std::unique_ptr<ReadOnlyCodeView> view(SqlHighlighterFactory::createReadOnlyView());
        QCOMPARE(view->backendName(), SqlHighlighterFactory::hasKSyntaxHighlighting()
                                          ? QStringLiteral("KSyntaxHighlighting")
                                          : QStringLiteral("QScintilla"));
        QCOMPARE(std::unique_ptr<ReadOnlyCodeView>(SqlHighlighterFactory::createScintillaView())
                     ->backendName(),
                 QStringLiteral("QScintilla"));
    }

    // Both back ends when the build has KSyntaxHighlighting, the fallback always.
    void highlights_data() { backends_data(); }
    void highlights() {
        QFETCH(bool, ksyntax);
        std::unique_ptr<ReadOnlyCodeView> view(ksyntax
                                                   ? SqlHighlighterFactory::createReadOnlyView()
                                                   : SqlHighlighterFactory::createScintillaView());
        QCOMPARE(view->backendName(),
                 ksyntax ? QStringLiteral("KSyntaxHighlighting") : QStringLiteral("QScintilla"));
        view->setSql(kSql);
        view->resize(800, 300);
        view->show();
        QCoreApplication::processEvents();
        QCOMPARE(view->sql(), kSql);
        const ReadOnlyCodeView& v = *view;
        const QTextCharFormat plain = v.formatAt(at(QStringLiteral("plain_name")));
        QVERIFY(uniform(v, at(QStringLiteral("plain_name")), 10));
        // The comment, as one range.
        QVERIFY(marked(v.formatAt(0), plain));
        QVERIFY(uniform(v, 0, int(QStringLiteral("-- a comment").size())));
        // Keywords look alike and unlike plain names; also inside the dollar-quoted body.
        const QTextCharFormat keyword = v.formatAt(at(QStringLiteral("CREATE")));
        QVERIFY(marked(keyword, plain));
        QVERIFY(uniform(v, at(QStringLiteral("CREATE")), 6));
        for (const QString& k :
             {QStringLiteral("FUNCTION"), QStringLiteral("LANGUAGE"), QStringLiteral("RETURNS")}) {
            QCOMPARE(colour(v.formatAt(at(k))), colour(keyword));
            QCOMPARE(bold(v.formatAt(at(k))), bold(keyword));
        }
        const int body = at(QStringLiteral("SELECT 1"));
        QCOMPARE(colour(v.formatAt(body)), colour(keyword));
        QCOMPARE(bold(v.formatAt(body)), bold(keyword));
        // The type, the dollar quotes, the number: marked, and not as keywords.
        for (const int i :
             {at(QStringLiteral("int")), at(QStringLiteral("$$")), at(QStringLiteral("1 $$"))}) {
            QVERIFY2(marked(v.formatAt(i), plain), qPrintable(kSql.mid(i, 3)));
            QVERIFY2(colour(v.formatAt(i)) != colour(keyword), qPrintable(kSql.mid(i, 3)));
        }
        // The E'' string: its quotes and text in the string colour.
        const int e = at(QStringLiteral("E'it"));
        const QTextCharFormat string = v.formatAt(e + 1);
        QVERIFY(marked(string, plain));
        QVERIFY(colour(string) != colour(keyword));
        QCOMPARE(colour(v.formatAt(e + 2)), colour(string)); // i
        QCOMPARE(colour(v.formatAt(e + 6)), colour(string)); // the closing quote
        const int open = at(QStringLiteral("'never"));
        QVERIFY(uniform(v, open, int(QStringLiteral("'never closed").size())));
        if (ksyntax) {
            // KSyntaxHighlighting also marks the escape and the unterminated string (an error).
            QVERIFY(colour(v.formatAt(e + 4)) != colour(string)); // \'
            QVERIFY(colour(v.formatAt(open)) != colour(string));
            QVERIFY(marked(v.formatAt(open), plain));
        } else {
            // QScintilla's lexer: the E prefix is string text, an unterminated '' string is
            // drawn as a '' string (the theme's verbatim-string colour).
            QCOMPARE(colour(v.formatAt(e)), colour(string));
            QCOMPARE(colour(v.formatAt(open)),
                     SqlColorScheme::forPalette(view->palette()).standardString);
        }
    }

    // The themes on offer: KSyntaxHighlighting's (Breeze Light and Dark among them, automatic
    // picks them by the palette) or, without it, Strata's two.
    void themes() {
        const QStringList names = CodeTheme::instance().names();
        const QString light = CodeTheme::automaticName(false);
        const QString dark = CodeTheme::automaticName(true);
        QVERIFY2(names.contains(light) && names.contains(dark), qPrintable(names.join(", ")));
        if (SqlHighlighterFactory::hasKSyntaxHighlighting()) {
            QCOMPARE(light, QStringLiteral("Breeze Light"));
            QCOMPARE(dark, QStringLiteral("Breeze Dark"));
            QVERIFY2(names.size() >= 10, qPrintable(names.join(", ")));
        } else {
            QCOMPARE(names,
                     QStringList({QStringLiteral("Strata Dark"), QStringLiteral("Strata Light")}));
        }
        QCOMPARE(CodeTheme::instance().chosen(), QString());
        QPalette lightPalette(Qt::white);
        QPalette darkPalette(QColor(0x20, 0x20, 0x20));
        QCOMPARE(CodeTheme::instance().resolvedName(lightPalette), light);
        QCOMPARE(CodeTheme::instance().resolvedName(darkPalette), dark);
        // A choice is kept in the settings (read again on the next start) and wins over the
        // palette; an unknown name counts as automatic.
        QSignalSpy changed(&CodeTheme::instance(), &CodeTheme::changed);
        CodeTheme::instance().choose(dark);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("editor/codeTheme")).toString(), dark);
        QCOMPARE(CodeTheme::instance().resolvedName(lightPalette), dark);
        CodeTheme::instance().choose(QStringLiteral("No Such Theme"));
        QCOMPARE(CodeTheme::instance().chosen(), QString());
        QCOMPARE(CodeTheme::instance().resolvedName(lightPalette), light);
    }

    // The SQL editor and a read-only view draw the same revision in the same colours (and
    // weights): the comment, keywords, the type, the E'' string, the number and plain names.
    // Then a dark theme recolours both, and they still match.
    void editorMatchesViews_data() { backends_data(); }
    void editorMatchesViews() {
        QFETCH(bool, ksyntax);
        SqlEditor editor;
        editor.setText(kRevision);
        auto view = makeView(ksyntax);
        view->setSql(kRevision);
        editor.resize(800, 300);
        view->resize(800, 300);
        editor.show();
        view->show();
        QCoreApplication::processEvents();
        const QStringList places = {QStringLiteral("-- a"),  QStringLiteral("CREATE"),
                                    QStringLiteral("TABLE"), QStringLiteral("int"),
                                    QStringLiteral("NOT"),   QStringLiteral("it\\'s"),
                                    QStringLiteral("42"),    QStringLiteral("plain'"),
                                    QStringLiteral("FROM"),  QStringLiteral("note text")};
        auto compareAll = [&] {
            for (const QString& place : places) {
                const int i = inRevision(place);
                const QTextCharFormat e = editorFormat(editor, i);
                const QTextCharFormat v = view->formatAt(i);
                if (colour(e) != colour(v) || bold(e) != bold(v))
                    return QStringLiteral("%1: editor %2%3, view %4%5")
                        .arg(place, colour(e).name(), bold(e) ? QStringLiteral(" bold") : QString(),
                             colour(v).name(), bold(v) ? QStringLiteral(" bold") : QString());
            }
            return QString();
        };
        QString mismatch = compareAll();
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const QColor lightKeyword = colour(view->formatAt(inRevision(QStringLiteral("CREATE"))));
        const QColor lightPaper = view->lineBackground(0);
        QCOMPARE(editor.lexer()->defaultPaper(), lightPaper);
        QCOMPARE(view->themeName(), CodeTheme::automaticName(false));

        CodeTheme::instance().choose(CodeTheme::automaticName(true));
        QCoreApplication::processEvents();
        QCOMPARE(view->themeName(), CodeTheme::automaticName(true));
        mismatch = compareAll();
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const QColor darkKeyword = colour(view->formatAt(inRevision(QStringLiteral("CREATE"))));
        QVERIFY(darkKeyword != lightKeyword);
        QVERIFY(colour(editorFormat(editor, inRevision(QStringLiteral("CREATE")))) != lightKeyword);
        QVERIFY(view->lineBackground(0).lightness() < 128);
        QVERIFY(lightPaper.lightness() >= 128);
        QCOMPARE(editor.lexer()->defaultPaper(), view->lineBackground(0));
    }

    // Line numbers from the file's line, the error position, line backgrounds, placeholder.
    void marks_data() { backends_data(); }
    void marks() {
        QFETCH(bool, ksyntax);
        auto view = makeView(ksyntax);
        view->setPlaceholderText(QStringLiteral("(nothing)"));
        view->setSql(kRevision, 40);
        QCOMPARE(view->lineCount(), 4);
        QCOMPARE(view->sql(), kRevision);
        const int position = inRevision(QStringLiteral("42")) + 1;
        view->markPosition(position);
        QCOMPARE(view->markedPosition(), position);
        view->markPosition(100000);
        QCOMPARE(view->markedPosition(), 0);
        const QColor paper = view->lineBackground(1);
        QCOMPARE(view->setLineBackgrounds({false, true, false, true}, QColor(255, 220, 220)), 2);
        QCOMPARE(view->lineBackground(1), QColor(255, 220, 220));
        QCOMPARE(view->lineBackground(3), QColor(255, 220, 220));
        QCOMPARE(view->lineBackground(2), paper);
        view->setSql(QString());
        QCOMPARE(view->lineBackground(1), paper);
        QVERIFY(view->heightForLines(5) > view->heightForLines(2));
    }

    // Python (Alembic revisions): "def", "import" and strings marked, names plain.
    void python_data() { backends_data(); }
    void python() {
        QFETCH(bool, ksyntax);
        auto view = makeView(ksyntax, CodeLanguage::Python);
        QCOMPARE(view->language(), CodeLanguage::Python);
        const QString py = QStringLiteral("from alembic import op\n\n"
                                          "# a comment\n"
                                          "def upgrade():\n"
                                          "    op.execute(\"SELECT 1\")\n");
        view->setSql(py);
        view->show();
        QCoreApplication::processEvents();
        const QTextCharFormat plain = view->formatAt(int(py.indexOf(QStringLiteral("alembic"))));
        for (const QString& marked_ : {QStringLiteral("from"), QStringLiteral("def"),
                                       QStringLiteral("# a"), QStringLiteral("\"SELECT")})
            QVERIFY2(marked(view->formatAt(int(py.indexOf(marked_))), plain), qPrintable(marked_));
        QVERIFY(colour(view->formatAt(int(py.indexOf(QStringLiteral("# a"))))) !=
                colour(view->formatAt(int(py.indexOf(QStringLiteral("def"))))));
    }

    // The studio's read-only code views all come from the factory: the build's back end.
    void studioViewsUseTheAdapter() {
        const QString backend =
            std::unique_ptr<ReadOnlyCodeView>(SqlHighlighterFactory::createReadOnlyView())
                ->backendName();
        RevisionInspector inspector;
        DriftView drift;
        RunConsole console;
        HistoryView history;
        for (QWidget* w : std::initializer_list<QWidget*>{&inspector, &drift, &console, &history}) {
            const auto views = w->findChildren<ReadOnlyCodeView*>();
            QVERIFY2(!views.isEmpty(), w->metaObject()->className());
            for (const ReadOnlyCodeView* v : views)
                QCOMPARE(v->backendName(), backend);
        }
        QCOMPARE(inspector.findChildren<ReadOnlyCodeView*>().size(), 2);
        QCOMPARE(drift.findChildren<ReadOnlyCodeView*>().size(), 2);
        QVERIFY(console.statementView());
        QVERIFY(history.statementView());
    }
};

QTEST_MAIN(TestSqlHighlighting)
#include "tst_sqlhighlighting.moc"
