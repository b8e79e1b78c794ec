#pragma once

#include "Result.h"
#include "environments/StatusSource.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace strata {

class EnvironmentStore;
class GroupStore;
class GraphModel;
class PasswordStore;
class Project;
class ProjectProblems;
class VersionsWatcher;

// The open project: reading it (tolerantly), reading one revision file again after it was
// saved (incrementally: nothing else is read, no environment is reconnected), the graph model,
// the environments' statuses and the typed passwords, the recent projects, and the project's
// problems (ProjectProblems: check and lint, recomputed off the GUI thread on open, reload and
// every written revision file; the graph model's badges follow them). Revision files changed,
// added or deleted outside the studio are noticed (VersionsWatcher, debounced) and read again
// the same incremental way; filesChangedOnDisk() tells the open editors.
class ProjectSession : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    // `status` reads environments (default: RunnerStatusSource).
    explicit ProjectSession(std::shared_ptr<const StatusSource> status, QObject* parent = nullptr);
    ~ProjectSession() override;

    // Opens the project in `path` (a folder with strata.toml, or the file); its problems are
    // in project()->problems() and the consistent part still loads. The error when nothing
    // could be loaded.
    Result<void> open(const QString& path);
    // Reads the project again from disk (File > Reload): everything starts over.
    Result<void> reload();
    // A revision file was written (saved in an editor, or created): that one file is read
    // again into the project and the graph; the environments keep their statuses.
    void revisionFileWritten(const QString& path);
    // Revision files changed outside the studio (the watcher, or a test): read again as
    // revisionFileWritten() does; more than kMaxIncremental files reload the project.
    void revisionFilesChanged(const QStringList& paths);
    static constexpr int kMaxIncremental = 64;
    VersionsWatcher* watcher() const { return m_watcher; }

    const std::shared_ptr<const Project>& project() const { return m_project; }
    QString projectDir() const { return m_projectDir; }
    GraphModel* graphModel() const { return m_graphModel; }
    EnvironmentStore* store() const { return m_store; }
    // The [groups.NAME] of the project, read in the background like the environments.
    GroupStore* groups() const { return m_groups; }
    PasswordStore* passwords() const { return m_passwords; }
    ProjectProblems* problems() const { return m_problems; }
    static QStringList recentProjects();

signals:
    // A project was opened (or reloaded): every view starts over.
    void opened();
    // The same project with a newer graph (a revision file was written): `revision` is the
    // revision of that file (empty when it does not parse).
    void updated(const QString& revision);
    void recentChanged();
    // Revision files changed on disk outside the studio (after the graph took them in).
    void filesChangedOnDisk(const QStringList& paths);

private:
    Result<Project> read(const QString& path);
    void addRecent(const QString& path);
    // Reads `paths` again into the project; `revision` of updated(): the first file's.
    void readFiles(const QStringList& paths, bool select);

    std::shared_ptr<const Project> m_project;
    QString m_projectDir;
    GraphModel* m_graphModel;
    EnvironmentStore* m_store;
    GroupStore* m_groups;
    PasswordStore* m_passwords;
    ProjectProblems* m_problems;
    VersionsWatcher* m_watcher;
};

} // namespace strata
