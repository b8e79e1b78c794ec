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
class RevisionEditor;

// The revision editors in the central tabs (beside the graph, matrix and drift tabs, which
// stay): open, close, save, New Revision and Merge Heads. A written file goes to the session,
// which reads that one file again.
class EditorTabs : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorTabs)

public:
    // `currentEnvironment` names the environment whose catalog feeds completion.
    EditorTabs(ProjectSession* session, QTabWidget* tabs,
               std::function<QString()> currentEnvironment, QWidget* dialogParent);

    // Opens a revision file in an editor tab (or brings its tab to the front).
    RevisionEditor* openEditor(const QString& filePath);
    QList<RevisionEditor*> editors() const;
    RevisionEditor* currentEditor() const;
    // The New Revision dialog (after `after`, or on the single head) and the Merge Heads
    // dialog; the new file opens in a tab and the graph shows it at once.
    void newRevision(const QString& after);
    void mergeHeads();
    // Asks every editor with unsaved changes; false when the user keeps one open.
    bool closeAll();

signals:
    void message(const QString& text);
    void tryItFinished(const QString& heading, const QStringList& lines, bool ok);

private:
    void closeTab(int index);
    void created(const QString& path);

    ProjectSession* m_session;
    QTabWidget* m_tabs;
    std::function<QString()> m_currentEnvironment;
    QWidget* m_dialogParent;
};

} // namespace strata
