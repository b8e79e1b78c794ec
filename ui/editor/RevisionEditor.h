#pragma once

#include "Result.h"
#include "common/Async.h"
#include "config/Environment.h"
#include "editor/Diagnostic.h"
#include "editor/EditorLint.h"
#include "revision/Revision.h"

#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QSplitter;
class QTimer;
class QToolButton;

namespace strata {

struct CompletionCatalog;
class EditorNotices;
class FileBanner;
class FindBar;
class HeaderForm;
class ProblemsList;
class SqlCompleter;
class SqlEditor;

// One editor tab = one revision file: the header as a form (HeaderForm) above the upgrade and
// downgrade sections (two SqlEditors in a splitter) and a problems list. Saving writes only
// what changed (RevisionFile::replaceHeader/replaceSection; every other byte stays) through
// QSaveFile.
//
// An SQL revision in Python form (a `.py` file whose upgrade()/downgrade() are only
// op.execute(<string literal>) calls, Source::AlembicSqlForm) opens here too, under a banner
// that says so: the sections show the calls' SQL on their .py lines, the header (Alembic's
// Python: docstring and assignments) is read-only, and saving rewrites only the changed calls'
// string literals (SqlFormWriter); an edit that cannot be placed so is refused with a message
// and the edits stay. A section whose function is absent or holds no op.execute call is
// read-only (adding a call means writing Python). The file is watched: changed on disk, it reloads
// (with local edits, a notice offers Reload / Keep mine; deleted, a notice says so). A revision
// applied to some environments shows a warning (setAppliedTo(), from the statuses the host
// already has); saving text with errors saves it and says so (EditorNotices). Diagnostics run ~400
// ms after typing stops (libpg_query, on the GUI thread: parsing is local and fast; no database
// work happens here); then the text as it would be saved is linted off the GUI thread (EditorLint)
// and each finding underlines its statement, with its quick fix (LintQuickFix) in the context menu,
// the margin and the problems list.
//
// Host API (the main window): open(), title()/modificationChanged() for the tab, save(),
// maybeClose() before closing the tab, setCompletionSource() when the environment changes.
class RevisionEditor : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionEditor)
public:
    // The questions and messages the editor puts to the user. A host or test may answer them
    // with a PromptHandler instead of a modal QMessageBox.
    enum class Prompt {
        UnsavedChanges, // Save / Discard / Cancel
        ReloadChanged,  // Yes (reload, losing edits) / No (keep edits): became Python
        SaveFailed,     // Ok (an error; the edits stay)
    };
    using PromptHandler =
        std::function<QMessageBox::StandardButton(Prompt prompt, const QString& message)>;

    explicit RevisionEditor(QWidget* parent = nullptr);
    ~RevisionEditor() override;

    // Loads a revision file. On error the editor is unchanged.
    Result<void> open(const QString& filePath);
    QString filePath() const { return m_path; }
    QString revisionId() const { return m_baseline.id; }
    // The revision as it is on disk.
    const Revision& savedRevision() const { return m_baseline; }
    // The file is an SQL revision in Python form (a .py file).
    bool isSqlForm() const { return m_baseline.source == Revision::Source::AlembicSqlForm; }

    // Reads a revision file's text for this editor: a .sql file, or a .py file in SQL form (a
    // .py revision in Python is an error: it opens in a PythonView).
    static Result<Revision> parseRevision(const QString& text, const QString& filePath);

    // "<id>" or "<id>*" when modified.
    QString title() const;
    bool isModified() const { return m_modified; }

    // Writes the changes; on failure shows the message (SaveFailed prompt), keeps every edit
    // and returns false.
    bool save();
    // Before closing: true when the tab may close (nothing to save, saved, or discarded).
    bool maybeClose();
    // Re-reads the file, dropping local edits.
    Result<void> reload();
    // Looks at the file on disk now (the project's folder watcher saw it change): as when the
    // file's own watcher fires.
    void checkDisk();
    // The environments (strata.toml order) where this revision is applied: a warning notice
    // when not empty.
    void setAppliedTo(const QStringList& environments);

    // Autocompletion from the catalog of `environment` (opened through EnvironmentConnector,
    // its password included), read on a worker thread (strata::async). An empty URL = keywords
    // only. catalogLoaded() reports the outcome.
    void setCompletionSource(const Environment& environment);
    // The same for a bare connection string (an environment without a name).
    void setCompletionSource(const QString& conninfo);
    // Or a catalog the host already has.
    void setCompletionCatalog(const CompletionCatalog& catalog);

    // Current diagnostics of both sections (updated ~400 ms after the last edit): the syntax
    // and transaction-mode ones at once, the lint findings when lintFinished() comes.
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }
    // Runs them now (tests, and before save); the lint runs on a worker thread.
    void updateDiagnostics();
    // The last lint run of the text (its findings in file positions, its statements).
    const EditorLintResult& lintResult() const { return m_lintResult; }
    bool isLinting() const { return m_lint->isRunning(); }
    // The project's lint options ([lint] of strata.toml); lints again with them.
    void setLintOptions(const LintOptions& options);

    // Applies the quick fix of a lint finding of the last run (or one built for a statement of
    // it: `finding.statementIndex`) as one undoable edit of the section; a fix that needs
    // `Transactional: no` switches the header's checkbox too (undoing the edit switches it
    // back). False when there is no fix or the text changed since the lint run.
    bool applyQuickFix(const LintFinding& finding);
    bool applyQuickFix(const Diagnostic& diagnostic);
    // Shows 1-based file line `fileLine` in the section editor holding it.
    void jumpToFileLine(int fileLine);

    // "Try it": on a scratch database of the sandbox in `sandboxDir` (default:
    // Sandbox::defaultDirectory()), brought to the revision's parents, applies the current
    // upgrade, downgrade and upgrade again on a worker thread (core's RoundTripVerifier through
    // strata::async); tryItFinished() reports each step. Closing the editor cancels it.
    void setSandboxDirectory(const QString& sandboxDir) { m_sandboxDir = sandboxDir; }
    void tryIt();
    bool isTrying() const { return m_trying; }
    // Stops a running Try it (its tryItFinished() never comes).
    void cancelTryIt();

    void setPromptHandler(PromptHandler handler) { m_promptHandler = std::move(handler); }
    // The last message shown through a prompt (tests).
    QString lastMessage() const { return m_lastMessage; }

    HeaderForm* headerForm() const { return m_header; }
    SqlEditor* upgradeEditor() const { return m_upgrade; }
    SqlEditor* downgradeEditor() const { return m_downgrade; }
    ProblemsList* problemsList() const { return m_problems; }
    FindBar* findBar() const { return m_findBar; }
    // Shown for an SQL revision in Python form.
    FileBanner* banner() const { return m_banner; }
    EditorNotices* notices() const { return m_notices; }

signals:
    void modificationChanged(bool modified);
    void titleChanged(const QString& title);
    void saved(const QString& filePath);
    void reloaded();
    // Saved, but the text has errors (it does not parse, or a statement cannot run in its
    // transaction mode): one line for the status bar (the notice says it too).
    void savedWithErrors(const QString& summary);
    void diagnosticsChanged();
    // A lint run of the current text finished (its findings are in diagnostics()).
    void lintFinished();
    void catalogLoaded(bool ok, const QString& message);
    void tryItStarted();
    // One line per step and statement ("ok ...", "FAILED ..."), for the run console.
    void tryItFinished(bool ok, const QStringList& lines);
    // The file changed on disk and is now a Python revision (no longer only op.execute calls):
    // the host shows it in a PythonView instead (the edits, if any, were dropped on request).
    void becamePython(const QString& filePath);

private:
    void loadText(const QString& text, const Revision& revision);
    void onEdited();
    void onFileChanged(const QString& path);
    void watch();
    void jumpTo(const Diagnostic& diagnostic);
    void publishDiagnostics();
    void onLinted(const EditorLintResult& result);
    void restoreHeaderAfterUndo();
    QMessageBox::StandardButton ask(Prompt prompt, const QString& message);
    Result<QString> composeText() const;
    void applyMode();

    QString m_path;
    QString m_diskText; // the file's text as last read or written
    Revision m_baseline;
    bool m_modified = false;
    bool m_loading = false;
    QString m_lastMessage;
    QList<Diagnostic> m_diagnostics;
    QList<Diagnostic> m_syntaxDiagnostics;
    QList<Diagnostic> m_lintDiagnostics;
    EditorLint* m_lint = nullptr;
    EditorLintResult m_lintResult;
    QString m_lintedText; // the composed text of the last run started
    // A fix switched the header to `Transactional: no`: undoing the edit back to this text
    // switches it back.
    SqlEditor* m_fixedEditor = nullptr;
    QString m_textBeforeFix;
    PromptHandler m_promptHandler;
    int m_catalogGeneration = 0;
    AsyncHandle m_catalogLoad;
    AsyncHandle m_tryIt;
    QString m_sandboxDir;
    bool m_trying = false;
    QToolButton* m_tryButton = nullptr;

    FileBanner* m_banner = nullptr;
    EditorNotices* m_notices = nullptr;
    HeaderForm* m_header = nullptr;
    SqlEditor* m_upgrade = nullptr;
    SqlEditor* m_downgrade = nullptr;
    QLabel* m_upgradeLabel = nullptr;
    QLabel* m_downgradeLabel = nullptr;
    ProblemsList* m_problems = nullptr;
    FindBar* m_findBar = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_diagnosticsTimer = nullptr;
    QFileSystemWatcher m_watcher;
    std::shared_ptr<SqlCompleter> m_completer;
};

} // namespace strata
