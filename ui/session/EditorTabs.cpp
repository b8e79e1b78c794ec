#include "session/EditorTabs.h"

#include "lint/Linter.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "editor/PythonView.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentStore.h"
#include "revision/AlembicScript.h"
#include "session/ProjectSession.h"

#include "config/RegularFile.h"

#include <QFileInfo>
#include <QTabBar>
#include <QTabWidget>

namespace strata {

EditorTabs::EditorTabs(ProjectSession* session, QTabWidget* tabs,
                       std::function<QString()> currentEnvironment, QWidget* dialogParent)
    : QObject(tabs)
    , m_session(session)
    , m_tabs(tabs)
    , m_currentEnvironment(std::move(currentEnvironment))
    , m_dialogParent(dialogParent) {
    // Editor tabs close; the tabs already there (graph, matrix, drift) stay.
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeTab);
    // Applied where: from the statuses as they arrive and the graph as it changes.
    connect(m_session->store(), &EnvironmentStore::entryChanged, this, &EditorTabs::updateApplied);
    connect(m_session->store(), &EnvironmentStore::entriesReset, this, &EditorTabs::updateApplied);
    connect(m_session, &ProjectSession::updated, this, &EditorTabs::updateApplied);
    connect(m_session, &ProjectSession::opened, this, &EditorTabs::updateApplied);
    connect(m_session, &ProjectSession::filesChangedOnDisk, this, &EditorTabs::filesChangedOnDisk);
}

QStringList EditorTabs::appliedTo(const QString& revision) const {
    QStringList out;
    const auto& project = m_session->project();
    if (!project || revision.isEmpty())
        return out;
    for (const EnvironmentEntry& entry : m_session->store()->entries()) {
        const EnvironmentStatus& status = entry.status;
        if (entry.loaded && status.reachable &&
            (status.heads.contains(revision) ||
             status.appliedSet(project->graph()).contains(revision)))
            out << entry.name;
    }
    return out;
}

void EditorTabs::updateApplied() {
    for (RevisionEditor* editor : editors())
        editor->setAppliedTo(appliedTo(editor->revisionId()));
}

void EditorTabs::filesChangedOnDisk(const QStringList& paths) {
    for (RevisionEditor* editor : editors())
        if (paths.contains(editor->filePath()))
            editor->checkDisk(); // reloads, offers Reload / Keep mine, or says it is deleted
}

QList<RevisionEditor*> EditorTabs::editors() const {
    QList<RevisionEditor*> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* editor = qobject_cast<RevisionEditor*>(m_tabs->widget(i)))
            out << editor;
    return out;
}

QList<PythonView*> EditorTabs::pythonViews() const {
    QList<PythonView*> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<PythonView*>(m_tabs->widget(i)))
            out << view;
    return out;
}

PythonView* EditorTabs::pythonView(const QString& filePath) const {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    for (PythonView* view : pythonViews())
        if (view->filePath() == path)
            return view;
    return nullptr;
}

RevisionEditor* EditorTabs::currentEditor() const {
    return qobject_cast<RevisionEditor*>(m_tabs->currentWidget());
}

namespace {

// A .py revision in Python (not SQL form): shown read-only in a PythonView.
bool isPythonRevision(const QString& path) {
    if (!path.endsWith(QLatin1String(".py"), Qt::CaseInsensitive))
        return false;
    const auto bytes = RegularFile::read(path);
    if (!bytes)
        return false; // the editor reports the error
    const auto revision = AlembicScript::parse(QString::fromUtf8(*bytes), path);
    return !revision || revision->source == Revision::Source::AlembicPython;
}

} // namespace

RevisionEditor* EditorTabs::openEditor(const QString& filePath) {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    for (RevisionEditor* editor : editors()) {
        if (editor->filePath() == path) {
            m_tabs->setCurrentWidget(editor);
            return editor;
        }
    }
    if (PythonView* view = pythonView(path)) {
        m_tabs->setCurrentWidget(view);
        return nullptr;
    }
    if (isPythonRevision(path)) {
        addPythonView(path, -1);
        return nullptr;
    }
    return addEditor(path, -1);
}

int EditorTabs::insertTab(QWidget* view, const QString& title, const QString& path, int index) {
    const int at = index < 0 ? m_tabs->addTab(view, title) : m_tabs->insertTab(index, view, title);
    m_tabs->setTabToolTip(at, path);
    m_tabs->setCurrentIndex(at);
    return at;
}

PythonView* EditorTabs::addPythonView(const QString& path, int index) {
    auto* view = new PythonView(m_tabs);
    if (auto opened = view->open(path); !opened) {
        emit message(tr("Cannot open %1: %2").arg(path, opened.error().toString()));
        delete view;
        return nullptr;
    }
    insertTab(view, view->title(), path, index);
    connect(view, &PythonView::titleChanged, this, [this, view](const QString& title) {
        const int i = m_tabs->indexOf(view);
        if (i >= 0)
            m_tabs->setTabText(i, title);
    });
    // Edited elsewhere into SQL form: the SQL editor takes over (nothing to lose here).
    connect(view, &PythonView::becameSqlForm, this,
            [this, view](const QString& file) { switchView(view, file); });
    // Alembic reads the file again on its next run; the graph reads it now.
    connect(view, &PythonView::reloaded, this,
            [this, view] { m_session->revisionFileWritten(view->filePath()); });
    return view;
}

RevisionEditor* EditorTabs::addEditor(const QString& path, int index) {
    auto* editor = new RevisionEditor(m_tabs);
    if (auto opened = editor->open(path); !opened) {
        emit message(tr("Cannot open %1: %2").arg(path, opened.error().toString()));
        delete editor;
        return nullptr;
    }
    insertTab(editor, editor->title(), path, index);
    connect(editor, &RevisionEditor::titleChanged, this, [this, editor](const QString& title) {
        const int i = m_tabs->indexOf(editor);
        if (i >= 0)
            m_tabs->setTabText(i, title);
    });
    connect(editor, &RevisionEditor::saved, m_session, &ProjectSession::revisionFileWritten);
    connect(editor, &RevisionEditor::savedWithErrors, this, &EditorTabs::message);
    editor->setAppliedTo(appliedTo(editor->revisionId()));
    connect(editor, &RevisionEditor::becamePython, this,
            [this, editor](const QString& file) { switchView(editor, file); });
    connect(editor, &RevisionEditor::tryItFinished, this,
            [this, editor](bool ok, const QStringList& lines) {
                emit tryItFinished(tr("Try it: %1").arg(editor->revisionId()), lines, ok);
            });
    // Completion from the current environment's catalog, read in the background (through
    // EnvironmentConnector: ${VAR} expanded, the typed password beside the URL).
    if (const auto& project = m_session->project()) {
        editor->setLintOptions(Linter::optionsFor(project->config()));
        if (const Environment* env = project->config().environment(m_currentEnvironment()))
            editor->setCompletionSource(m_session->passwords()->apply(*env));
    }
    return editor;
}

void EditorTabs::switchView(QWidget* old, const QString& path) {
    const int index = m_tabs->indexOf(old);
    if (index < 0)
        return;
    QWidget* current = m_tabs->currentIndex() == index ? nullptr : m_tabs->currentWidget();
    m_tabs->removeTab(index);
    old->deleteLater();
    if (qobject_cast<RevisionEditor*>(old))
        addPythonView(path, index);
    else
        addEditor(path, index);
    if (current)
        m_tabs->setCurrentWidget(current);
}

void EditorTabs::closeTab(int index) {
    QWidget* view = m_tabs->widget(index);
    if (auto* python = qobject_cast<PythonView*>(view)) {
        m_tabs->removeTab(index);
        python->deleteLater();
        return;
    }
    auto* editor = qobject_cast<RevisionEditor*>(view);
    if (!editor || !editor->maybeClose())
        return;
    m_tabs->removeTab(index);
    editor->deleteLater();
}

bool EditorTabs::closeAll() {
    for (RevisionEditor* editor : editors()) {
        m_tabs->setCurrentWidget(editor);
        if (!editor->maybeClose())
            return false;
    }
    return true;
}

void EditorTabs::created(const QString& path) {
    m_session->revisionFileWritten(path);
    openEditor(path);
}

void EditorTabs::newRevision(const QString& after) {
    const auto& project = m_session->project();
    if (!project)
        return;
    NewRevisionDialog dialog(project->graph(), project->primaryVersionsDir(), after,
                             m_dialogParent);
    dialog.setProjectConfig(project->config()); // .py in an Alembic project
    connect(&dialog, &NewRevisionDialog::revisionCreated, this, &EditorTabs::created);
    dialog.exec();
}

void EditorTabs::mergeHeads() {
    const auto& project = m_session->project();
    if (!project)
        return;
    MergeDialog dialog(project->graph(), project->primaryVersionsDir(), m_dialogParent);
    dialog.setProjectConfig(project->config()); // .py in an Alembic project
    connect(&dialog, &MergeDialog::revisionCreated, this, &EditorTabs::created);
    dialog.exec();
}

} // namespace strata
