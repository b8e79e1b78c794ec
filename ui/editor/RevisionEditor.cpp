#include "editor/RevisionEditor.h"

#include "editor/EditorNotices.h"
#include "editor/FileBanner.h"
#include "editor/FindBar.h"
#include "editor/HeaderForm.h"
#include "editor/LintQuickFix.h"
#include "editor/ProblemsList.h"
#include "editor/RevisionText.h"
#include "editor/SqlCompleter.h"
#include "editor/SqlEditor.h"
#include "editor/SqlFormWriter.h"
#include "editor/TryItRunner.h"
#include "revision/AlembicScript.h"
#include "revision/AlembicSqlForm.h"
#include "revision/RevisionFile.h"
#include "sandbox/Sandbox.h"
#include "schema/CompletionCatalog.h"

#include "drift/Cancellation.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata {

namespace {

constexpr int kDiagnosticsDelayMs = 400;

struct CatalogLoad {
    bool ok = false;
    CompletionCatalog catalog;
    QString error;
};

// The function holds op.execute calls, or only `pass`: the editor's SQL has a place to go.
bool holdsCalls(const QString& text, QStringView function) {
    return SqlFormWriter::canHoldSql(text, function);
}

QWidget* sectionPane(QLabel* label, SqlEditor* editor, QWidget* parent, QWidget* extra = nullptr) {
    auto* pane = new QWidget(parent);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(4, 2, 4, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(label, 1);
    if (extra)
        row->addWidget(extra);
    layout->addLayout(row);
    layout->addWidget(editor, 1);
    return pane;
}

} // namespace

RevisionEditor::RevisionEditor(QWidget* parent)
    : QWidget(parent)
    , m_banner(new FileBanner(this))
    , m_notices(new EditorNotices(this))
    , m_header(new HeaderForm(this))
    , m_upgrade(new SqlEditor(this))
    , m_downgrade(new SqlEditor(this))
    , m_upgradeLabel(new QLabel(tr("Upgrade"), this))
    , m_downgradeLabel(new QLabel(tr("Downgrade"), this))
    , m_problems(new ProblemsList(this))
    , m_findBar(new FindBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_diagnosticsTimer(new QTimer(this))
    , m_completer(std::make_shared<SqlCompleter>()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    m_banner->hide();
    layout->addWidget(m_notices);
    layout->addWidget(m_header);
    m_tryButton = new QToolButton(this);
    m_tryButton->setText(tr("Try it"));
    m_tryButton->setToolTip(tr("On a scratch database of the sandbox brought to the parents: "
                               "upgrade, downgrade, upgrade again"));
    connect(m_tryButton, &QToolButton::clicked, this, &RevisionEditor::tryIt);
    m_splitter->addWidget(sectionPane(m_upgradeLabel, m_upgrade, m_splitter, m_tryButton));
    m_splitter->addWidget(sectionPane(m_downgradeLabel, m_downgrade, m_splitter));
    m_splitter->addWidget(m_problems);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    m_findBar->setEditor(m_upgrade);

    m_diagnosticsTimer->setSingleShot(true);
    m_diagnosticsTimer->setInterval(kDiagnosticsDelayMs);
    connect(m_diagnosticsTimer, &QTimer::timeout, this, &RevisionEditor::updateDiagnostics);

    for (SqlEditor* e : {m_upgrade, m_downgrade}) {
        e->setCompleter(m_completer);
        connect(e, &SqlEditor::textChanged, this, &RevisionEditor::onEdited);
        connect(e, &SqlEditor::findRequested, this, [this, e] {
            m_findBar->setEditor(e);
            m_findBar->activate();
        });
        connect(e, &SqlEditor::fixRequested, this,
                [this](const Diagnostic& d) { applyQuickFix(d); });
    }
    m_lint = new EditorLint(this);
    connect(m_lint, &EditorLint::finished, this, &RevisionEditor::onLinted);
    connect(m_problems, &ProblemsList::fixRequested, this,
            [this](const Diagnostic& d) { applyQuickFix(d); });
    connect(m_header, &HeaderForm::edited, this, &RevisionEditor::onEdited);
    connect(m_problems, &ProblemsList::jumpRequested, this, &RevisionEditor::jumpTo);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &RevisionEditor::onFileChanged);
    // The disk's text is already the base (see onFileChanged): Reload shows it.
    connect(m_notices, &EditorNotices::reloadRequested, this, [this] {
        loadText(m_diskText, m_baseline);
        emit reloaded();
    });
}

RevisionEditor::~RevisionEditor() {
    // Never waits: the work owns what it uses, and its result is dropped.
    m_tryIt.cancel();
    m_catalogLoad.cancel();
}

Result<Revision> RevisionEditor::parseRevision(const QString& text, const QString& filePath) {
    if (!RevisionText::isPythonFile(filePath))
        return RevisionFile::parse(text, filePath);
    STRATA_TRY_ASSIGN(Revision revision, AlembicScript::parse(text, filePath));
    if (revision.source != Revision::Source::AlembicSqlForm)
        return Error(ErrorCode::Parse,
                     tr("%1 is a Python revision (not only op.execute calls): it runs through "
                        "the project's Alembic and opens read-only")
                         .arg(QDir::toNativeSeparators(filePath)));
    return revision;
}

Result<void> RevisionEditor::open(const QString& filePath) {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    STRATA_TRY_ASSIGN(const QString text, RevisionText::read(path));
    STRATA_TRY_ASSIGN(const Revision revision, parseRevision(text, path));
    if (!m_path.isEmpty())
        m_watcher.removePath(m_path);
    m_path = path;
    loadText(text, revision);
    watch();
    return {};
}

Result<void> RevisionEditor::reload() {
    STRATA_TRY_ASSIGN(const QString text, RevisionText::read(m_path));
    STRATA_TRY_ASSIGN(const Revision revision, parseRevision(text, m_path));
    loadText(text, revision);
    emit reloaded();
    return {};
}

void RevisionEditor::loadText(const QString& text, const Revision& revision) {
    m_notices->clearDisk();
    m_notices->showSaved({}); // about a text that is gone
    m_loading = true;
    m_diskText = text;
    m_baseline = revision;
    m_header->setRevision(revision);
    for (auto [editor, section] :
         {std::pair{m_upgrade, &revision.upgrade}, std::pair{m_downgrade, &revision.downgrade}}) {
        int line = 0, index = 0;
        editor->getCursorPosition(&line, &index);
        editor->setEolMode(text.contains(QLatin1String("\r\n")) ? QsciScintilla::EolWindows
                                                                : QsciScintilla::EolUnix);
        editor->setText(section->sql);
        editor->setCursorPosition(qMin(line, editor->lines() - 1), index);
    }
    applyMode();
    m_loading = false;
    onEdited();
    updateDiagnostics();
}

void RevisionEditor::applyMode() {
    const bool sqlForm = isSqlForm();
    const QString file = QFileInfo(m_path).fileName().toHtmlEscaped();
    m_banner->setVisible(sqlForm);
    m_banner->setFilePath(m_path);
    m_banner->setText(
        tr("<b>SQL revision in Python form</b> — %1 is only op.execute(…) calls: Strata edits "
           "their SQL here and saving rewrites only those string literals. The header is "
           "Alembic's Python: edit it in your editor.")
            .arg(file));
    m_header->setReadOnly(sqlForm, tr("The header of a .py revision is Python (its docstring "
                                      "and revision/down_revision assignments): edit it in "
                                      "your editor"));
    const bool upWritable = !sqlForm || holdsCalls(m_diskText, u"upgrade");
    const bool downWritable = !sqlForm || holdsCalls(m_diskText, u"downgrade");
    m_upgrade->setReadOnly(!upWritable);
    m_downgrade->setReadOnly(!downWritable);
    // A .py section is laid out on its file lines (AlembicSqlForm::section): number them so.
    m_upgrade->setFirstLineNumber(sqlForm ? m_baseline.upgrade.firstLine : 1);
    m_downgrade->setFirstLineNumber(
        sqlForm && m_baseline.downgrade.present ? m_baseline.downgrade.firstLine : 1);
    if (!sqlForm)
        m_upgradeLabel->setText(tr("Upgrade"));
    else
        m_upgradeLabel->setText(upWritable ? tr("Upgrade — upgrade()")
                                           : tr("Upgrade — upgrade() has no op.execute call "
                                                "(read-only: add one in your editor)"));
    if (!sqlForm)
        m_downgradeLabel->setText(m_baseline.downgrade.present
                                      ? tr("Downgrade")
                                      : tr("Downgrade (no section: the revision is "
                                           "irreversible; type here to add one)"));
    else if (!m_baseline.downgrade.present)
        m_downgradeLabel->setText(tr("Downgrade — no downgrade() in the file: the revision is "
                                     "irreversible (read-only: add one in your editor)"));
    else
        m_downgradeLabel->setText(downWritable ? tr("Downgrade — downgrade()")
                                               : tr("Downgrade — downgrade() has no op.execute "
                                                    "call (read-only: add one in your editor)"));
}

QString RevisionEditor::title() const {
    const QString name = m_baseline.id.isEmpty() ? QFileInfo(m_path).fileName() : m_baseline.id;
    return m_modified ? name + QLatin1Char('*') : name;
}

void RevisionEditor::onEdited() {
    if (m_loading)
        return;
    m_lint->cancel(); // its text is gone: the next run starts after the typing pause
    restoreHeaderAfterUndo();
    const bool modified = m_header->differsFrom(m_baseline) ||
                          m_upgrade->text() != m_baseline.upgrade.sql ||
                          m_downgrade->text() != m_baseline.downgrade.sql;
    m_diagnosticsTimer->start();
    if (modified != m_modified) {
        m_modified = modified;
        emit modificationChanged(modified);
        emit titleChanged(title());
    }
}

Result<QString> RevisionEditor::composeText() const {
    if (isSqlForm()) {
        // Only string literals change; the header is read-only here.
        STRATA_TRY_ASSIGN(QString text,
                          SqlFormWriter::write(m_diskText, u"upgrade", m_upgrade->text()));
        STRATA_TRY_ASSIGN(text, SqlFormWriter::write(text, u"downgrade", m_downgrade->text()));
        return text;
    }
    std::optional<Revision> header;
    if (m_header->differsFrom(m_baseline))
        header = m_header->applyTo(m_baseline);
    return RevisionText::compose(m_diskText, m_baseline, header, m_upgrade->text(),
                                 m_downgrade->text());
}

bool RevisionEditor::save() {
    if (m_path.isEmpty())
        return false;
    if (!m_modified)
        return true;
    const auto composed = composeText();
    if (!composed) {
        ask(Prompt::SaveFailed, tr("The revision was not saved: %1 Your edits are kept.")
                                    .arg(composed.error().message));
        return false;
    }
    const QString text = *composed;
    auto parsed = parseRevision(text, m_path);
    if (!parsed) {
        ask(Prompt::SaveFailed,
            tr("The revision was not saved: the header would not be valid (%1). Your edits are "
               "kept.")
                .arg(parsed.error().message));
        return false;
    }
    const QFileInfo info(m_path);
    if (info.exists() && (!info.isWritable() || !RevisionText::hasWriteBits(info))) {
        ask(Prompt::SaveFailed,
            tr("%1 is read-only: the revision was not saved. Your edits are kept; make the file "
               "writable and save again.")
                .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    QSaveFile file(m_path);
    QString failure;
    if (!file.open(QIODevice::WriteOnly))
        failure = file.errorString();
    else if (file.write(text.toUtf8()) < 0)
        failure = file.errorString();
    else if (!file.commit())
        failure = file.errorString();
    if (!failure.isEmpty()) {
        ask(Prompt::SaveFailed, tr("Could not save %1: %2. Your edits are kept.")
                                    .arg(QDir::toNativeSeparators(m_path), failure));
        return false;
    }
    m_diskText = text;
    m_baseline = *parsed;
    // replaceSection may add a line break before the next marker: show what was written.
    m_loading = true;
    for (auto [editor, section] : {std::pair{m_upgrade, &m_baseline.upgrade},
                                   std::pair{m_downgrade, &m_baseline.downgrade}}) {
        if (editor->text() != section->sql) {
            int line = 0, index = 0;
            editor->getCursorPosition(&line, &index);
            editor->setText(section->sql);
            editor->setCursorPosition(line, index);
        }
    }
    m_header->setRevision(m_baseline);
    applyMode(); // a .py section may start on another line now
    m_loading = false;
    onEdited();
    watch();
    m_notices->clearDisk();
    // Saved all the same (it is the user's file), and said: a run would stop at it.
    updateDiagnostics();
    QList<Diagnostic> errors;
    for (const Diagnostic& d : std::as_const(m_syntaxDiagnostics))
        if (d.severity == Diagnostic::Severity::Error)
            errors << d;
    const QString summary = m_notices->showSaved(errors);
    emit saved(m_path);
    if (!summary.isEmpty())
        emit savedWithErrors(summary);
    return true;
}

bool RevisionEditor::maybeClose() {
    if (!m_modified)
        return true;
    switch (ask(Prompt::UnsavedChanges,
                tr("%1 has unsaved changes. Save them before closing?").arg(m_baseline.id))) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void RevisionEditor::watch() {
    if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void RevisionEditor::onFileChanged(const QString& path) {
    if (path != m_path)
        return;
    if (!QFileInfo::exists(m_path)) {
        // Saved atomically by another program: the new file appears a moment later.
        QTimer::singleShot(200, this, [this] {
            if (QFileInfo::exists(m_path)) {
                watch();
                onFileChanged(m_path);
            } else if (!m_notices->isDeleted()) {
                m_notices->showDeleted(m_path);
                m_modified = true;
                emit modificationChanged(true);
                emit titleChanged(title());
            }
        });
        return;
    }
    watch();
    auto text = RevisionText::read(m_path);
    if (text && m_notices->isDeleted()) { // back on disk
        m_notices->clearDisk();
        onEdited(); // no longer modified when nothing was edited
    }
    if (!text || *text == m_diskText)
        return; // our own save, or nothing new
    if (RevisionText::isPythonRevision(*text, m_path)) {
        // Now Python: the SQL editor cannot show it any more.
        if (!m_modified ||
            ask(Prompt::ReloadChanged,
                tr("%1 changed on disk and is now Python (not only op.execute calls): it will "
                   "show read-only. Drop your edits? (No keeps them here; saving is refused "
                   "until the file is SQL form again.)")
                    .arg(QDir::toNativeSeparators(m_path))) == QMessageBox::Yes) {
            emit becamePython(m_path);
            return;
        }
        m_diskText = *text; // saving now edits the Python file, which SqlFormWriter refuses
        return;
    }
    auto revision = parseRevision(*text, m_path);
    if (!m_modified) {
        if (revision) {
            loadText(*text, *revision);
            emit reloaded();
        }
        return;
    }
    // The edits stay and the new file becomes the base that saving edits; the parts not edited
    // here (header, a section) show the new file's version. The notice offers Reload (the new
    // file, edits dropped) or Keep mine (the notice goes).
    if (revision) {
        const bool headerEdited = m_header->differsFrom(m_baseline);
        const bool upEdited = m_upgrade->text() != m_baseline.upgrade.sql;
        const bool downEdited = m_downgrade->text() != m_baseline.downgrade.sql;
        m_diskText = *text;
        m_baseline = *revision;
        m_loading = true;
        if (!headerEdited)
            m_header->setRevision(m_baseline);
        if (!upEdited)
            m_upgrade->setText(m_baseline.upgrade.sql);
        if (!downEdited)
            m_downgrade->setText(m_baseline.downgrade.sql);
        applyMode();
        m_loading = false;
        m_notices->showChangedOnDisk(m_path);
    }
    onEdited();
}

void RevisionEditor::checkDisk() {
    if (!m_path.isEmpty())
        onFileChanged(m_path);
}

void RevisionEditor::setAppliedTo(const QStringList& environments) {
    m_notices->setAppliedTo(m_baseline.id, environments);
}

QMessageBox::StandardButton RevisionEditor::ask(Prompt prompt, const QString& message) {
    m_lastMessage = message;
    if (m_promptHandler)
        return m_promptHandler(prompt, message);
    const QString title = tr("Revision %1").arg(m_baseline.id);
    switch (prompt) {
    case Prompt::UnsavedChanges:
        return QMessageBox::question(this, title, message,
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Save);
    case Prompt::ReloadChanged:
        return QMessageBox::question(this, title, message, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No);
    case Prompt::SaveFailed:
        return QMessageBox::warning(this, title, message);
    }
    return QMessageBox::NoButton;
}

void RevisionEditor::setLintOptions(const LintOptions& options) {
    m_lint->setOptions(options);
    m_lintedText.clear();
    updateDiagnostics();
}

void RevisionEditor::updateDiagnostics() {
    m_diagnosticsTimer->stop();
    const bool transactional = m_header->transactional();
    m_syntaxDiagnostics = DiagnosticsAnalyzer::analyze(
        m_upgrade->text(), m_baseline.upgrade.present ? m_baseline.upgrade.firstLine : 0,
        m_downgrade->text(), m_baseline.downgrade.present ? m_baseline.downgrade.firstLine : 0,
        transactional, isSqlForm() ? Revision::Source::AlembicSqlForm : Revision::Source::Sql,
        m_lint->options().target.serverMajor);
    // The lint reads the text as saving would write it, in file positions.
    // Findings of another text would underline the wrong ranges: they go until the new run.
    const Result<QString> text = composeText();
    if (!text || *text != m_lintedText)
        m_lintDiagnostics.clear();
    if (text && !m_path.isEmpty()) {
        m_lintedText = *text;
        m_lint->start(*text, m_path);
    } else {
        m_lintedText.clear();
        m_lint->cancel();
    }
    publishDiagnostics();
}

void RevisionEditor::onLinted(const EditorLintResult& result) {
    m_lintResult = result;
    m_lintDiagnostics = EditorLint::diagnostics(result);
    if (m_header->isReadOnly()) { // a .py header: no fix that must switch the transaction mode
        for (Diagnostic& d : m_lintDiagnostics) {
            const LintStatement* st = d.fixTitle.isEmpty() || d.statementIndex < 0
                                          ? nullptr
                                          : &result.report.statements.at(d.statementIndex);
            LintFinding f;
            f.rule = d.rule;
            f.statementIndex = d.statementIndex;
            if (st && LintQuickFix::forFinding(f, *st).value_or(QuickFix()).nonTransactional)
                d.fixTitle.clear();
        }
    }
    publishDiagnostics();
    emit lintFinished();
}

void RevisionEditor::publishDiagnostics() {
    m_diagnostics = m_syntaxDiagnostics + m_lintDiagnostics;
    QList<Diagnostic> up, down;
    for (const Diagnostic& d : m_diagnostics)
        (d.section == RevisionFile::Section::Upgrade ? up : down).append(d);
    m_upgrade->setDiagnostics(up);
    m_downgrade->setDiagnostics(down);
    m_problems->setDiagnostics(m_diagnostics);
    emit diagnosticsChanged();
}

bool RevisionEditor::applyQuickFix(const Diagnostic& d) {
    for (const LintFinding& f : m_lintResult.report.findings)
        if (f.rule == d.rule && f.statementIndex == d.statementIndex && f.line == d.fileLine)
            return applyQuickFix(f);
    return false;
}

bool RevisionEditor::applyQuickFix(const LintFinding& finding) {
    const QList<LintStatement>& statements = m_lintResult.report.statements;
    if (finding.statementIndex < 0 || finding.statementIndex >= statements.size())
        return false;
    const LintStatement& st = statements.at(finding.statementIndex);
    const std::optional<QuickFix> fix = LintQuickFix::forFinding(finding, st);
    if (!fix || (fix->nonTransactional && m_header->isReadOnly()))
        return false; // a .py revision leaves its transaction through op.execute("COMMIT")
    const bool upgrade = st.section == RevisionFile::Section::Upgrade;
    SqlEditor* editor = upgrade ? m_upgrade : m_downgrade;
    const int first = upgrade ? m_lintResult.upgradeFirstLine : m_lintResult.downgradeFirstLine;
    if (editor->isReadOnly() || first <= 0)
        return false;
    const QString before = editor->text();
    if (!LintQuickFix::applyTo(editor, st.line - first + 1, st.column, st.text, *fix))
        return false;
    if (fix->nonTransactional && m_header->transactional()) {
        m_header->transactionalCheck()->setChecked(false);
        m_fixedEditor = editor;
        m_textBeforeFix = before;
    }
    updateDiagnostics();
    return true;
}

void RevisionEditor::restoreHeaderAfterUndo() {
    if (!m_fixedEditor || m_fixedEditor->text() != m_textBeforeFix)
        return;
    m_fixedEditor = nullptr;
    m_textBeforeFix.clear();
    m_header->transactionalCheck()->setChecked(true); // emits edited: onEdited() again
}

void RevisionEditor::jumpToFileLine(int fileLine) {
    const RevisionSection& up = m_baseline.upgrade;
    const RevisionSection& down = m_baseline.downgrade;
    if (down.present && down.firstLine > 0 && fileLine >= down.firstLine)
        m_downgrade->jumpTo(fileLine - down.firstLine + 1, 1);
    else if (up.present && up.firstLine > 0 && fileLine >= up.firstLine)
        m_upgrade->jumpTo(fileLine - up.firstLine + 1, 1);
    else
        m_header->setFocus();
}

void RevisionEditor::jumpTo(const Diagnostic& d) {
    if (d.line <= 0) {
        jumpToFileLine(d.fileLine);
        return;
    }
    (d.section == RevisionFile::Section::Upgrade ? m_upgrade : m_downgrade)
        ->jumpTo(d.line, d.column);
}

void RevisionEditor::tryIt() {
    if (m_trying || m_path.isEmpty())
        return;
    TryItRequest request;
    request.sandboxDir = m_sandboxDir.isEmpty() ? Sandbox::defaultDirectory() : m_sandboxDir;
    // The revision as edited; its lines are the section editors' (1-based).
    Revision& edited = request.revision;
    edited = m_header->applyTo(m_baseline);
    edited.filePath = m_path;
    edited.source = Revision::Source::Sql;
    edited.upgrade.present = true;
    edited.upgrade.sql = m_upgrade->text();
    edited.upgrade.firstLine = 1;
    edited.downgrade.present = m_baseline.downgrade.present || !m_downgrade->text().isEmpty();
    edited.downgrade.sql = m_downgrade->text();
    edited.downgrade.firstLine = 1;
    edited.transactional = m_header->transactional();
    m_trying = true;
    m_tryButton->setEnabled(false);
    emit tryItStarted();
    m_tryIt = async(
        this,
        [request](const CancelToken& token) {
            auto cancellation = Cancellation::create();
            token.onCancel([cancellation] { cancellation->cancel(); });
            return TryItRunner::run(request, cancellation);
        },
        [this](const TryItReport& report) {
            m_trying = false;
            m_tryButton->setEnabled(true);
            emit tryItFinished(report.ok, report.lines);
        });
}

void RevisionEditor::cancelTryIt() {
    if (!m_trying)
        return;
    m_tryIt.cancel();
    m_trying = false;
    m_tryButton->setEnabled(true);
}

void RevisionEditor::setCompletionCatalog(const CompletionCatalog& catalog) {
    ++m_catalogGeneration;
    m_catalogLoad.cancel();
    m_completer->setCatalog(catalog);
}

void RevisionEditor::setCompletionSource(const QString& conninfo) {
    Environment environment;
    environment.url = conninfo;
    setCompletionSource(environment);
}

void RevisionEditor::setCompletionSource(const Environment& environment) {
    const int generation = ++m_catalogGeneration;
    m_catalogLoad.cancel();
    if (environment.url.isEmpty()) {
        m_completer->setCatalog({});
        return;
    }
    m_catalogLoad = async(
        this,
        [environment](const CancelToken&) {
            CatalogLoad load;
            auto catalog = CompletionCatalog::load(environment);
            if (catalog) {
                load.ok = true;
                load.catalog = std::move(*catalog);
            } else {
                load.error = catalog.error().message;
            }
            return load;
        },
        [this, generation](CatalogLoad load) {
            if (generation != m_catalogGeneration)
                return; // a newer source was chosen meanwhile
            if (load.ok) {
                m_completer->setCatalog(std::move(load.catalog));
                emit catalogLoaded(true, tr("%n table(s) for completion", nullptr,
                                            int(m_completer->catalog().tables.size())));
            } else {
                emit catalogLoaded(false, load.error);
            }
        });
}

} // namespace strata
