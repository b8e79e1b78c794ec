// The editor shows a statement the build's grammar rejects, in a project whose server may be
// newer ([project] postgres unknown or newer), as `strata check` does: a yellow warning with the
// same text, not a red error; with a target the grammar covers it stays a red error.
#include "GuiThreadGuard.h"
#include "TestSupport.h"
#include "editor/EditorLint.h"
#include "editor/ProblemsList.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlColorScheme.h"
#include "editor/SqlEditor.h"
#include "lint/Linter.h"
#include "sql/RevisionChecker.h"
#include "sql/SqlGrammar.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

// Line 6 is the first statement of the upgrade section (its line 1).
const char* kRevision = "-- Revision ID: e1\n-- Revises:\n-- Message: newer syntax\n\n"
                        "-- migrate:upgrade\n"
                        "ALTER TABLE items ADD CONSTRAINT items_sku_not_null NOT NULL sku;\n"
                        "\n-- migrate:downgrade\n"
                        "ALTER TABLE items DROP CONSTRAINT items_sku_not_null;\n";

const char* kStatement = "ALTER TABLE items ADD CONSTRAINT items_sku_not_null NOT NULL sku";

LintOptions targeting(int major) {
    LintOptions options;
    options.target.serverMajor = major;
    return options;
}

} // namespace

class TestEditorNewerSyntax : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::forbidGuiThreadConnections();
        QVERIFY2(SqlGrammar::major() < 18,
                 "the fixture's statement must be newer than the grammar");
    }

    void severityFollowsTarget_data() {
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("warning");
        QTest::newRow("unknown: a warning") << 0 << true;
        QTest::newRow("postgres = 18: a warning") << 18 << true;
        QTest::newRow("postgres = the grammar's: an error") << SqlGrammar::major() << false;
    }

    void severityFollowsTarget() {
        QFETCH(int, target);
        QFETCH(bool, warning);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), QStringLiteral("versions/e1.sql"),
                                             QString::fromLatin1(kRevision));
        RevisionEditor editor;
        editor.setLintOptions(targeting(target));
        QVERIFY(editor.open(path).ok());
        editor.resize(900, 700);
        editor.updateDiagnostics();

        QList<Diagnostic> diags;
        for (const Diagnostic& d : editor.diagnostics())
            if (d.rule.isEmpty()) // the checker's, not lint findings (timeouts, locks)
                diags << d;
        QCOMPARE(diags.size(), 1);
        const Diagnostic& d = diags.first();
        QCOMPARE(d.section, RevisionFile::Section::Upgrade);
        QCOMPARE(d.line, 1);
        QCOMPARE(d.fileLine, 6);
        SqlEditor* up = editor.upgradeEditor();
        if (warning) {
            // The same text as `strata check`: RevisionChecker's warning for the file.
            Result<Revision> rev = RevisionFile::parse(QString::fromLatin1(kRevision), path);
            QVERIFY(rev);
            const RevisionChecker::Review review = RevisionChecker::review(*rev, target);
            QCOMPARE(review.warnings.size(), 1);
            QCOMPARE(d.message, review.warnings.first().message);
            QVERIFY(d.message.startsWith(
                QStringLiteral("not checked: newer syntax than this build's PostgreSQL %1 grammar")
                    .arg(SqlGrammar::major())));
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QCOMPARE(d.column, 1);
            QCOMPARE(d.length, int(qstrlen(kStatement))); // the statement's (first) line
            // Underlined yellow over the statement, the warning marker in the margin.
            QCOMPARE(up->indicatorAt(up->positionOf(1, 1)), int(SqlEditor::WarningIndicator));
            QCOMPARE(up->indicatorAt(up->positionOf(1, 40)), int(SqlEditor::WarningIndicator));
            QVERIFY(up->markersAtLine(0) & (1 << SqlEditor::WarningMarker));
            QVERIFY(!(up->markersAtLine(0) & (1 << SqlEditor::ErrorMarker)));
            const QColor color = QColor::fromRgb(
                QRgb(up->SendScintilla(QsciScintillaBase::SCI_INDICGETFORE,
                                       static_cast<unsigned long>(SqlEditor::WarningIndicator))));
            const QColor scheme = SqlColorScheme::forPalette(up->palette()).warning;
            QCOMPARE(color.red(), scheme.blue()); // Scintilla stores BGR
            QCOMPARE(color.blue(), scheme.red());
            QVERIFY2(scheme.hue() >= 35 && scheme.hue() <= 65, qPrintable(scheme.name())); // yellow
            QVERIFY(editor.problemsList()->topLevelItem(0)->text(0).startsWith(
                QLatin1String("not checked: newer syntax")));
            // STRATA_SCREENSHOT_DIR=DIR saves editor-newer-syntax.png (the unknown target's).
            const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
            if (!shots.isEmpty() && target == 0) {
                editor.show();
                QVERIFY(QTest::qWaitForWindowExposed(&editor));
                QVERIFY(editor.grab().save(QString::fromUtf8(shots) +
                                           QStringLiteral("/editor-newer-syntax.png")));
            }
        } else {
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
            QCOMPARE(d.message, QStringLiteral("syntax error at or near \"NOT\""));
            QCOMPARE(up->indicatorAt(up->positionOf(d.line, d.column)),
                     int(SqlEditor::ErrorIndicator));
            QVERIFY(up->markersAtLine(0) & (1 << SqlEditor::ErrorMarker));
        }
        // No second copy of the warning from the lint run (newer-syntax is the same text).
        const EditorLintResult linted =
            EditorLint::lintText(QString::fromLatin1(kRevision), path, targeting(target));
        for (const Diagnostic& ld : EditorLint::diagnostics(linted))
            QVERIFY2(ld.rule != QLatin1String("newer-syntax"), qPrintable(ld.message));
    }
};

QTEST_MAIN(TestEditorNewerSyntax)
#include "tst_editornewersyntax.moc"
