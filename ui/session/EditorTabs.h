#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QTabWidget;
class QWidget;

namespace strata {

class ProjectSession;
class PythonView;
class RevisionEditor;

// The revision editors in the central tabs (beside the graph, matrix and drift tabs, which
// stay): open, close, save, New Revision and Merge Heads. A written file goes to the session,
// which reads that one file again. Each editor shows where its revision is applied (from the
// statuses the session already read, updated as they change) and follows its file on disk
// (the session's folder watcher).
class EditorTabs : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorTabs)

public:
    // `currentEnvironment` names the environment whose catalog feeds completion.
    EditorTabs(ProjectSession* session, QTabWidget* tabs,
               std::function<QString()> currentEnvironment, QWidget* dialogParent);

    // Opens a revision file in a tab (or brings its tab to the front): a .sql file or an SQL
    // revision in Python form in a RevisionEditor (returned); any other .py revision read-only
    // in a PythonView (nullptr is returned: see pythonView()). A tab follows its file: a .py
    // file edited elsewhere into (or out of) SQL form switches between the two.
    RevisionEditor* openEditor(const QString& filePath);
    QList<RevisionEditor*> editors() const;
    QList<PythonView*> pythonViews() const;
    // The open Python view of a file, or nullptr.
    PythonView* pythonView(const QString& filePath) const;
    RevisionEditor* currentEditor() const;
    // The New Revision dialog (after `after`, or on the single head) and the Merge Heads
    // dialog; the new file opens in a tab and the graph shows it at once.
    void newRevision(const QString& after);
    void mergeHeads();
    // Asks every editor with unsaved changes; false when the user keeps one open.
    bool closeAll();
    // The environments (strata.toml order) where `revision` is applied, by the statuses read.
    QStringList appliedTo(const QString& revision) const;

signals:
    void message(const QString& text);
    void tryItFinished(const QString& heading, const QStringList& lines, bool ok);

private:
    void closeTab(int index);
    void updateApplied();
    void filesChangedOnDisk(const QStringList& paths);
    void created(const QString& path);
    RevisionEditor* addEditor(const QString& path, int index);
    PythonView* addPythonView(const QString& path, int index);
    // Replaces the tab of `old` by the other kind of view of the same file.
    void switchView(QWidget* old, const QString& path);
    int insertTab(QWidget* view, const QString& title, const QString& path, int index);

    ProjectSession* m_session;
    QTabWidget* m_tabs;
    std::function<QString()> m_currentEnvironment;
    QWidget* m_dialogParent;
};

} // namespace strata
