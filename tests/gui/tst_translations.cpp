// The Vietnamese catalog loads and translates the main window's menus and actions; English
// stays the source language.
#include "GuiThreadGuard.h"
#include "MainWindow.h"
#include "common/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTest>

using namespace strata;

namespace {

QStringList menuTitles(const MainWindow& window) {
    QStringList out;
    for (QAction* a : window.menuBar()->actions())
        out << a->text();
    return out;
}

QAction* action(const MainWindow& window, const QString& objectName) {
    return window.findChild<QAction*>(objectName);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { strata::test::forbidGuiThreadConnections(); }

    void resolveChoice_data() {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english") << "en"
                                 << "en";
        QTest::newRow("vietnamese") << "vi"
                                    << "vi";
        QTest::newRow("unknown falls back") << "xx" << QString();
    }
    void resolveChoice() {
        QFETCH(QString, choice);
        QFETCH(QString, expected);
        const QString resolved = Translations::resolve(choice);
        if (expected.isEmpty())
            QVERIFY(Translations::available().contains(resolved));
        else
            QCOMPARE(resolved, expected);
    }

    void mainWindowInVietnamese() {
        {
            MainWindow english;
            QVERIFY(menuTitles(english).contains(QStringLiteral("&File")));
            QCOMPARE(action(english, QStringLiteral("actionOpen"))->text(),
                     QStringLiteral("&Open Project…"));
        }
        QVERIFY(Translations::install(QStringLiteral("vi")));
        MainWindow window;
        const QStringList titles = menuTitles(window);
        for (const char* title : {"&Tệp", "&Sửa", "&Môi trường", "&Phiên bản", "&Xem", "Trợ &giúp"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(u'|')));
        QCOMPARE(action(window, QStringLiteral("actionOpen"))->text(),
                 QStringLiteral("&Mở dự án…"));
        // Every action of the menus is translated (none left with its English text).
        const QStringList english = {QStringLiteral("&Open Project…"), QStringLiteral("&Quit"),
                                     QStringLiteral("&Refresh Status"),
                                     QStringLiteral("&New Revision…"),
                                     QStringLiteral("&Merge Heads…")};
        for (QAction* menu : window.menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                QVERIFY2(!english.contains(a->text()), qPrintable(a->text()));
        QCOMPARE(window.windowTitle(), QStringLiteral("Strata Studio"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
