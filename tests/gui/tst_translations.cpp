// The catalogs: strata_vi.ts has every message of the sources translated (no unfinished,
// obsolete or vanished entry, the placeholders, accelerators and ellipses of the source kept,
// one plural form), strata_en.ts has both English plural forms of every %n message, and both
// list exactly the messages a fresh lupdate of ui/ and app/studio finds (run into a temporary
// copy; the source tree is not touched). The Vietnamese catalog loads and translates the main
// window's menus and actions; English stays the source language.
#include "GuiThreadGuard.h"
#include "MainWindow.h"
#include "RevisionBuilders.h"
#include "common/Translations.h"
#include "dialogs/BranchChoiceDialog.h"
#include "dialogs/GoToTargetDialog.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/PreFlightView.h"
#include "dialogs/PreferencesDialog.h"
#include "environments/ElidedLabel.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentEntry.h"
#include "history/HistoryModel.h"
#include "runner/HistoryTable.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QXmlStreamReader>

#include <memory>

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

// One <message> of a .ts file.
struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // translation's type: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation (one entry), or its numerus forms

    QString key() const { return context + u'|' + source + u'|' + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

QList<Message> readCatalog(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message* current = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"context")
            current = nullptr;
        else if (name == u"name" && !current)
            context = xml.readElementText();
        else if (name == u"message") {
            out.append(Message{});
            current = &out.last();
            current->context = context;
            current->numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (current && name == u"source")
            current->source = xml.readElementText();
        else if (current && name == u"comment")
            current->comment = xml.readElementText();
        else if (current && name == u"translation") {
            current->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current->numerus)
                current->forms << xml.readElementText();
        } else if (current && name == u"numerusform")
            current->forms << xml.readElementText();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString catalogPath(const QString& language) {
    return QStringLiteral(STRATA_TRANSLATIONS_DIR "/strata_%1.ts").arg(language);
}

// The placeholders of a text, sorted: %1…%99 and %n (a translation keeps every one of them).
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

// True when the text has a keyboard accelerator ("&File"; "&&" is a literal ampersand, and
// the rich texts' entities such as "&lt;" are not accelerators).
bool hasAccelerator(const QString& text) {
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#\\d+;|\\s)"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return re.match(t).hasMatch();
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

    // Every entry of the catalog is complete: translated (Vietnamese) or, for English, the
    // plural forms of every %n message; nothing obsolete or vanished.
    void catalogComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms"); // numerus forms a %n message needs
        QTest::addColumn<bool>("translatesAll");
        QTest::newRow("vi") << "vi" << 1 << true;
        QTest::newRow("en") << "en" << 2 << false;
    }
    void catalogComplete() {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(bool, translatesAll);
        QString error;
        const QList<Message> messages = readCatalog(catalogPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message& m : messages) {
            if (m.type == u"obsolete" || m.type == u"vanished") {
                problems << QStringLiteral("%1 entry %2").arg(m.type, m.where());
                continue;
            }
            if (!m.numerus && !translatesAll)
                continue; // the source language: the source text is shown
            if (m.type == u"unfinished") {
                problems << QStringLiteral("unfinished %1").arg(m.where());
                continue;
            }
            if (m.numerus && m.forms.size() != pluralForms) {
                problems << QStringLiteral("%1 plural form(s) instead of %2: %3")
                                .arg(m.forms.size())
                                .arg(pluralForms)
                                .arg(m.where());
                continue;
            }
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty() != m.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation of %1").arg(m.where());
                else if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\" (%4)")
                                    .arg(placeholders(form).join(u' '),
                                         placeholders(m.source).join(u' '), form, m.where());
                else if (hasAccelerator(form) != hasAccelerator(m.source))
                    problems << QStringLiteral("accelerator lost or added in \"%1\" (%2)")
                                    .arg(form, m.where());
                else if (m.source.endsWith(u'…') != form.endsWith(u'…'))
                    problems << QStringLiteral("ellipsis lost or added in \"%1\" (%2)")
                                    .arg(form, m.where());
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in strata_%2.ts (fill them with "
                                           "resources/translations/fill_vi.py):\n  ")
                                .arg(problems.size())
                                .arg(language) +
                            problems.join(QStringLiteral("\n  "))));
    }

    // The catalog lists exactly the messages of the sources: lupdate of ui/ and app/studio
    // into a temporary copy adds nothing and finds no entry whose source is gone.
    void catalogMatchesSources_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << "vi";
        QTest::newRow("en") << "en";
    }
    void catalogMatchesSources() {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("strata_%1.ts").arg(language));
        QVERIFY(QFile::copy(catalogPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(STRATA_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(STRATA_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("ui"),
                       QStringLiteral("app/studio"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));

        QString error;
        const QList<Message> committed = readCatalog(catalogPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> fresh = readCatalog(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // lupdate marks an entry whose source is gone "vanished" (or drops it when it was
        // unfinished): both count as gone.
        QSet<QString> live;
        for (const Message& m : fresh)
            if (m.type != u"vanished" && m.type != u"obsolete")
                live.insert(m.key());
        QSet<QString> known;
        QStringList problems;
        for (const Message& m : committed) {
            known.insert(m.key());
            if (!live.contains(m.key()))
                problems << QStringLiteral("no longer in the sources: %1").arg(m.where());
        }
        for (const Message& m : fresh)
            if (live.contains(m.key()) && !known.contains(m.key()))
                problems << QStringLiteral("not in the catalog: %1").arg(m.where());
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("strata_%1.ts is out of date; run lupdate and "
                                           "fill_vi.py (resources/translations/README.md):\n  ")
                                .arg(language) +
                            problems.join(QStringLiteral("\n  "))));
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

    // In Vietnamese a word is several syllables ("Máy chủ", "Lần chạy cuối"): the keys of an
    // environment card, at the width a card gets in a 1366×768 window, stay on one line
    // instead of breaking between the syllables of one word.
    void cardKeysKeepWordsTogether_data() {
        QTest::addColumn<int>("width");
        QTest::newRow("three cards at 1366") << 290;
        QTest::newRow("minimum card") << 260;
    }
    void cardKeysKeepWordsTogether() {
        QFETCH(int, width);
        QVERIFY(Translations::install(QStringLiteral("vi")));
        EnvironmentEntry entry;
        entry.name = QStringLiteral("prod");
        entry.color = QStringLiteral("#c62828");
        entry.loaded = true;
        entry.drift = QStringLiteral("in sync");
        EnvironmentStatus& s = entry.status;
        s.reachable = true;
        s.isProtected = true;
        s.serverVersion = QStringLiteral("15.4");
        s.heads = {QStringLiteral("0004_add_documents_path_index")};
        s.pending = {QStringLiteral("0002_add_chunk_embeddings"),
                     QStringLiteral("0003_add_search_indexes")};
        HistoryRow last;
        last.revision = QStringLiteral("0004_add_documents_path_index");
        last.direction = QStringLiteral("upgrade");
        last.status = HistoryRow::Status::Succeeded;
        last.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        last.osUser = QStringLiteral("alice");
        last.host = QStringLiteral("ops-laptop");
        s.lastRun = last;
        EnvironmentCard card;
        card.resize(width, 400);
        card.show();
        card.setEntry(entry, false);
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        // The keys are labels of their own beside the values (which elide): each is shown
        // whole, on one line, and at least the five keys of a reachable environment are there.
        QStringList keys;
        for (QLabel* label : card.findChildren<QLabel*>()) {
            if (qobject_cast<ElidedLabel*>(label) || !label->isVisible() ||
                label->text().isEmpty() || Qt::mightBeRichText(label->text()))
                continue;
            keys << label->text();
            QVERIFY2(!label->wordWrap(), qPrintable(label->text()));
            QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("\"%1\" is clipped at %2 px (%3 of %4)")
                                    .arg(label->text())
                                    .arg(width)
                                    .arg(label->width())
                                    .arg(label->minimumSizeHint().width())));
        }
        QVERIFY2(keys.size() >= 5, qPrintable(keys.join(u'|')));
        QVERIFY2(keys.contains(QStringLiteral("Lần chạy cuối").replace(u' ', QChar(0x00A0))),
                 qPrintable(keys.join(u'|')));
    }

    // Words the core hands over in English (a step's direction, a history row's status, a
    // finding's level) show in Vietnamese: the pseudo-translation cannot see them, since they
    // arrive as %1 inside a translated text.
    void coreWordsInVietnamese_data() {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected");
        QVERIFY(Translations::install(QStringLiteral("vi")));
        PreFlightStep step;
        step.revision = QStringLiteral("0002_x");
        step.direction = QStringLiteral("downgrade");
        step.linted = true;
        LintFinding finding;
        finding.level = LintLevel::Warning;
        finding.rule = QStringLiteral("require-lock-timeout");
        finding.line = 3;
        finding.column = 1;
        step.findings << finding;
        PreFlightReport report;
        report.environment = QStringLiteral("dev");
        report.steps << step;
        PreFlightView view;
        view.setReport(report);
        view.showStep(0);
        const QString html = view.stepText();
        QTest::newRow("pre-flight step") << html << QStringLiteral("Bước 1: hạ cấp 0002_x");
        QTest::newRow("pre-flight level") << html << QStringLiteral("cảnh báo[");

        HistoryRow row;
        row.revision = QStringLiteral("0002_x");
        row.direction = QStringLiteral("upgrade");
        row.status = HistoryRow::Status::Succeeded;
        HistoryModel model;
        model.setRows(QStringLiteral("dev"), {row});
        const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QTest::newRow("history direction") << cell(HistoryModel::Direction) << "nâng cấp";
        QTest::newRow("history status") << cell(HistoryModel::Status) << "thành công";
        QTest::newRow("history header")
            << model.headerData(HistoryModel::StartedAt, Qt::Horizontal).toString() << "Bắt đầu";
    }
    void coreWordsInVietnamese() {
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        shown.replace(QChar(0x00A0), u' '); // labels keep their syllables together
        QVERIFY2(shown.contains(expected), qPrintable(shown));
    }

    // The dialogs in Vietnamese at their opening size: no label, button or check box is
    // narrower than its text (clipped). With STRATA_SCREENSHOT_DIR set, each is saved as
    // vi-<dialog>.png there.
    void dialogsFitInVietnamese_data() {
        QTest::addColumn<QString>("dialog");
        for (const char* name :
             {"new-revision", "merge", "password", "go-to-target", "branch-choice",
              "environment-editor", "preferences", "new-project"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void dialogsFitInVietnamese() {
        QFETCH(QString, dialog);
        QVERIFY(Translations::install(QStringLiteral("vi")));
        using strata::test::rev;
        STRATA_GRAPH_OR_FAIL(
            graph,
            (std::vector<Revision>{
                rev(QStringLiteral("0001_init_schema")),
                rev(QStringLiteral("0002_add_tags"), {QStringLiteral("0001_init_schema")}),
                rev(QStringLiteral("0003_add_audit_log"), {QStringLiteral("0001_init_schema")})}));
        std::unique_ptr<QDialog> shown;
        if (dialog == u"new-revision")
            shown = std::make_unique<NewRevisionDialog>(graph, QStringLiteral("/nonexistent"),
                                                        QStringLiteral("0002_add_tags"));
        else if (dialog == u"merge")
            shown = std::make_unique<MergeDialog>(graph, QStringLiteral("/nonexistent"));
        else if (dialog == u"go-to-target")
            shown = std::make_unique<GoToTargetDialog>(
                graph, QStringLiteral("prod"), QStringList{QStringLiteral("0002_add_tags")});
        else if (dialog == u"branch-choice")
            shown = std::make_unique<BranchChoiceDialog>(
                graph, QStringLiteral("prod"),
                QStringList{QStringLiteral("0002_add_tags"), QStringLiteral("0003_add_audit_log")});
        else if (dialog == u"environment-editor") {
            Environment prod;
            prod.name = QStringLiteral("prod");
            prod.url = QStringLiteral("postgresql://deploy@db-prod-01.internal.example.com/app");
            prod.isProtected = true;
            shown = std::make_unique<EnvironmentEditor>(prod, false, QStringList(), QString(),
                                                        EnvironmentEditor::Apply());
        } else if (dialog == u"preferences")
            shown = std::make_unique<PreferencesDialog>();
        else if (dialog == u"new-project")
            shown = std::make_unique<NewProjectDialog>(QStringLiteral("/nonexistent/app"));
        else
            shown = std::make_unique<PasswordDialog>(
                QStringLiteral("prod"),
                QStringLiteral("postgresql://deploy@db-prod-01.internal.example.com:5432/app"),
                QStringLiteral("password authentication failed for user \"deploy\""));
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        QStringList clipped;
        for (QWidget* w : shown->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            auto* label = qobject_cast<QLabel*>(w);
            auto* button = qobject_cast<QAbstractButton*>(w);
            // An icon-only button (the line edit's show-password toggle) has no text to clip.
            if ((label && !label->wordWrap() && label->minimumSizeHint().width() > w->width()) ||
                (button && !button->text().isEmpty() && w->sizeHint().width() > w->width()))
                clipped << QStringLiteral("%1 \"%2\" (%3 px of %4)")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    label ? label->text()
                                          : qobject_cast<QAbstractButton*>(w)->text())
                               .arg(w->width())
                               .arg(label ? label->minimumSizeHint().width()
                                          : w->sizeHint().width());
        }
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            shown->grab().save(
                QStringLiteral("%1/vi-%2.png").arg(QString::fromUtf8(shots), dialog));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
