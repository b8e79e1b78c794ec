#pragma once

#include "common/Async.h"
#include "editor/Diagnostic.h"
#include "lint/Linter.h"

#include <QObject>

namespace strata {

// One lint run over an editor's text.
struct EditorLintResult {
    LintReport report;
    int upgradeFirstLine = 0; // file lines of the sections' first lines in the linted text
    int downgradeFirstLine = 0;
    bool parsed = false; // the text parsed as a revision (else nothing was linted)
};

// Lints the text of a revision being edited off the GUI thread: the text is parsed as the file
// it would save (RevisionEditor::parseRevision: RevisionFile::parse, or the SQL form of a .py
// file) and linted with Linter::lint on strata::async; a new start() cancels the run before
// it, so only the newest text's result arrives (finished()).
class EditorLint : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorLint)
public:
    explicit EditorLint(QObject* parent = nullptr);
    ~EditorLint() override;

    void start(const QString& fileText, const QString& filePath);
    // The project's [lint] settings (default: every rule at its level, PostgreSQL 13).
    void setOptions(const LintOptions& options) { m_options = options; }
    const LintOptions& options() const { return m_options; }
    void cancel();
    bool isRunning() const { return m_run.isRunning(); }

    // The findings as diagnostics in the section editors' lines (see Diagnostic), each with
    // its quick fix's title where LintQuickFix has one. newer-syntax findings are left out:
    // DiagnosticsAnalyzer shows the same warning for the same statement.
    static QList<Diagnostic> diagnostics(const EditorLintResult& result);
    // The same run, synchronously (tests and tools).
    static EditorLintResult lintText(const QString& fileText, const QString& filePath,
                                     const LintOptions& options = LintOptions());

signals:
    void finished(const strata::EditorLintResult& result);

private:
    AsyncHandle m_run;
    int m_generation = 0;
    LintOptions m_options;
};

} // namespace strata
