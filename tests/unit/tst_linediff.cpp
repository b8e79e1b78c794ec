// LineDiff: which lines of two definitions the drift view highlights. Only the truly added,
// removed or changed lines are marked; a line that differs only by a trailing comma (the last
// column of a CREATE TABLE when a column is added after it) is not.
#include "drift/LineDiff.h"

#include <QTest>

using namespace strata;

namespace {

QList<bool> marks(const QString& pattern) {
    QList<bool> out;
    for (QChar c : pattern)
        out << (c == QLatin1Char('x'));
    return out;
}

} // namespace

class TestLineDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compute_data() {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<QString>("changedA"); // one character per line: x = marked
        QTest::addColumn<QString>("changedB");
        QTest::newRow("equal") << QStringList{"x", "y"} << QStringList{"x", "y"} << ".."
                               << "..";
        QTest::newRow("one changed")
            << QStringList{"x", "y", "z"} << QStringList{"x", "Y", "z"} << ".x."
            << ".x.";
        QTest::newRow("added line") << QStringList{"x", "z"} << QStringList{"x", "y", "z"} << ".."
                                    << ".x.";
        QTest::newRow("all new") << QStringList{} << QStringList{"a", "b"} << ""
                                 << "xx";
        QTest::newRow("all removed") << QStringList{"a", "b"} << QStringList{} << "xx"
                                     << "";
        QTest::newRow("column added after the last one")
            << QStringList{"CREATE TABLE public.t (", "    id integer NOT NULL,", "    title text",
                           ");"}
            << QStringList{"CREATE TABLE public.t (", "    id integer NOT NULL,", "    title text,",
                           "    path text", ");"}
            << "...."
            << "...x.";
        QTest::newRow("last column dropped")
            << QStringList{"CREATE TABLE public.t (", "    id integer,", "    path text", ");"}
            << QStringList{"CREATE TABLE public.t (", "    id integer", ");"} << "..x."
            << "...";
        QTest::newRow("a real change next to a comma")
            << QStringList{"    id integer,", "    title text"}
            << QStringList{"    id bigint,", "    title text,", "    path text"} << "x."
            << "x.x";
        QTest::newRow("trailing spaces") << QStringList{"a  ", "b"} << QStringList{"a", "b"} << ".."
                                         << "..";
        QTest::newRow("a comma inside is a change")
            << QStringList{"CHECK (a > 0)"} << QStringList{"CHECK (a > 0,)"} << "x"
            << "x";
    }
    void compute() {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(QString, changedA);
        QFETCH(QString, changedB);
        const LineDiff d = LineDiff::compute(a, b);
        QCOMPARE(d.changedA, marks(changedA));
        QCOMPARE(d.changedB, marks(changedB));
    }

    void comparable_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("compared");
        QTest::newRow("comma") << "    title text,"
                               << "    title text";
        QTest::newRow("comma and spaces") << "    title text , "
                                          << "    title text";
        QTest::newRow("plain") << "    title text"
                               << "    title text";
        QTest::newRow("one comma only") << "a,,"
                                        << "a,";
        QTest::newRow("empty") << ""
                               << "";
    }
    void comparable() {
        QFETCH(QString, line);
        QFETCH(QString, compared);
        QCOMPARE(LineDiff::comparable(line), compared);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
