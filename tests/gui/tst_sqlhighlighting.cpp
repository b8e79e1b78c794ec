// The read-only SQL views' highlighting (issue 17), whichever back end the build has: with
// KSyntaxHighlighting (the "SQL (PostgreSQL)" definition; CI builds it for Qt 6 from
// ../shared/vendor) or without it (QScintilla's PostgreSQL lexer, the fallback). Keywords, a
// dollar-quoted body, an E'' string, a comment and an unterminated string get their own colours,
// and plain identifiers none of those.
#include "common/SqlHighlighterFactory.h"

#include <QApplication>
#include <QTest>

using namespace strata;

namespace {

const QString kSql = QStringLiteral("-- a comment\n"
                                    "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ "
                                    "LANGUAGE sql;\n"
                                    "SELECT E'it\\'s' AS quoted, plain_name FROM t;\n"
                                    "SELECT 'never closed\n");

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
bool uniform(const ReadOnlySqlView& v, int from, int length) {
    const QTextCharFormat first = v.formatAt(from);
    for (int i = from + 1; i < from + length; ++i)
        if (colour(v.formatAt(i)) != colour(first) || bold(v.formatAt(i)) != bold(first))
            return false;
    return true;
}

class TestSqlHighlighting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backendOfTheBuild() {
        std::unique_ptr<ReadOnlySqlView> view(SqlHighlighterFactory::createReadOnlyView());
        QCOMPARE(view->backendName(), SqlHighlighterFactory::hasKSyntaxHighlighting()
                                          ? QStringLiteral("KSyntaxHighlighting")
                                          : QStringLiteral("QScintilla"));
        QCOMPARE(std::unique_ptr<ReadOnlySqlView>(SqlHighlighterFactory::createScintillaView())
                     ->backendName(),
                 QStringLiteral("QScintilla"));
    }

    // Both back ends when the build has KSyntaxHighlighting, the fallback always.
    void highlights_data() {
        QTest::addColumn<bool>("ksyntax");
        QTest::newRow("QScintilla") << false;
        if (SqlHighlighterFactory::hasKSyntaxHighlighting())
            QTest::newRow("KSyntaxHighlighting") << true;
    }
    void highlights() {
        QFETCH(bool, ksyntax);
        std::unique_ptr<ReadOnlySqlView> view(ksyntax
                                                  ? SqlHighlighterFactory::createReadOnlyView()
                                                  : SqlHighlighterFactory::createScintillaView());
        QCOMPARE(view->backendName(),
                 ksyntax ? QStringLiteral("KSyntaxHighlighting") : QStringLiteral("QScintilla"));
        view->setSql(kSql);
        view->resize(800, 300);
        view->show();
        QCoreApplication::processEvents();
        QCOMPARE(view->sql(), kSql);
        const ReadOnlySqlView& v = *view;
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
            // QScintilla's lexer: the E prefix and an unterminated string are string text.
            QCOMPARE(colour(v.formatAt(e)), colour(string));
            QCOMPARE(colour(v.formatAt(open)), colour(string));
        }
    }
};

QTEST_MAIN(TestSqlHighlighting)
#include "tst_sqlhighlighting.moc"
