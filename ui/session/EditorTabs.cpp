#include "session/EditorTabs.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "editor/RevisionEditor.h"
#include "session/ProjectSession.h"

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
}

QList<RevisionEditor*> EditorTabs::editors() const {
    QList<RevisionEditor*> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* editor = qobject_cast<RevisionEditor*>(m_tabs->widget(i)))
            out << editor;
    return out;
}

RevisionEditor* EditorTabs::currentEditor() const {
    return qobject_cast<RevisionEditor*>(m_tabs->currentWidget());
}

RevisionEditor* EditorTabs::openEditor(const QString& filePath) {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    for (RevisionEditor* editor : editors()) {
        if (editor->filePath() == path) {
            m_tabs->setCurrentWidget(editor);
            return editor;
        }
    }
    auto* editor = new RevisionEditor(m_tabs);
    if (auto opened = editor->open(path); !opened) {
        emit message(tr("Cannot open %1: %2").arg(path, opened.error().toString()));
        delete editor;
        return nullptr;
    }
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setTabToolTip(index, path);
    m_tabs->setCurrentIndex(index);
    connect(editor, &RevisionEditor::titleChanged, this, [this, editor](const QString& title) {
        const int i = m_tabs->indexOf(editor);
        if (i >= 0)
            m_tabs->setTabText(i, title);
    });
    connect(editor, &RevisionEditor::saved, m_session, &ProjectSession::revisionFileWritten);
    connect(editor, &RevisionEditor::tryItFinished, this,
            [this, editor](bool ok, const QStringList& lines) {
                emit tryItFinished(tr("Try it: %1").arg(editor->revisionId()), lines, ok);
            });
    // Completion from the current environment's catalog, read in the background (through
    // EnvironmentConnector: ${VAR} expanded, the typed password beside the URL).
    if (const auto& project = m_session->project())
        if (const Environment* env = project->config().environment(m_currentEnvironment()))
            editor->setCompletionSource(m_session->passwords()->apply(*env));
    return editor;
}

void EditorTabs::closeTab(int index) {
    auto* editor = qobject_cast<RevisionEditor*>(m_tabs->widget(index));
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
