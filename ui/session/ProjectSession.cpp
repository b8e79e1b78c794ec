#include "session/ProjectSession.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "environments/EnvironmentStore.h"
#include "environments/RunnerStatusSource.h"
#include "graph/GraphModel.h"
#include "groups/GroupStore.h"
#include "session/ProjectProblems.h"
#include "session/VersionsWatcher.h"

#include "common/Async.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>

namespace strata {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");
} // namespace

ProjectSession::ProjectSession(std::shared_ptr<const StatusSource> status, QObject* parent)
    : QObject(parent)
    , m_graphModel(new GraphModel(this))
    , m_store(new EnvironmentStore(
          status ? std::move(status) : std::make_shared<RunnerStatusSource>(), this))
    , m_groups(new GroupStore(this))
    , m_passwords(new PasswordStore(this))
    , m_problems(new ProjectProblems(this))
    , m_watcher(new VersionsWatcher(this)) {
    connect(m_watcher, &VersionsWatcher::filesChanged, this, &ProjectSession::revisionFilesChanged);
    connect(m_problems, &ProjectProblems::finished, this,
            [this] { m_graphModel->setProblems(m_problems->items()); });
    m_store->setEnvironmentFilter(
        [this](const Environment& env) { return m_passwords->apply(env); });
    m_groups->setEnvironmentFilter(
        [this](const Environment& env) { return m_passwords->apply(env); });
    connect(m_passwords, &PasswordStore::passwordLoaded, m_store, &EnvironmentStore::refreshOne);
    connect(m_store, &EnvironmentStore::entryChanged, this,
            [this] { m_graphModel->setEnvironments(m_store->entries()); });
    connect(m_store, &EnvironmentStore::entriesReset, this,
            [this] { m_graphModel->setEnvironments(m_store->entries()); });
}

ProjectSession::~ProjectSession() = default;

// Reading a project is file work (10,000 revisions: ~0.1 s) and, where a revision's metadata is
// not a literal, the project's own Python and Alembic (about a second): off the GUI thread. The
// window keeps painting meanwhile (a local event loop that takes no user input), and open()
// still returns the outcome, as its callers expect.
Result<Project> ProjectSession::read(const QString& path) {
    std::shared_ptr<Result<Project>> outcome;
    QEventLoop loop;
    async(
        this,
        [path](const CancelToken&) {
            return std::make_shared<Result<Project>>(Project::open(path, Project::Mode::Tolerant));
        },
        [&outcome, &loop](std::shared_ptr<Result<Project>> r) {
            outcome = std::move(r);
            loop.quit();
        });
    if (!outcome)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*outcome);
}

Result<void> ProjectSession::open(const QString& path) {
    STRATA_TRY_ASSIGN(Project read, this->read(path));
    m_project = std::make_shared<const Project>(std::move(read));
    m_projectDir = m_project->config().projectDir();
    addRecent(m_projectDir);
    m_graphModel->setProject(m_project);
    m_passwords->setProject(m_projectDir, m_project->config().environmentNames());
    m_store->setProject(m_project);
    m_groups->setProject(m_project);
    m_problems->refresh(m_project);
    m_watcher->watch(m_project->config().versionDirs(), m_project->config().recursiveVersions());
    emit opened();
    m_store->refresh();
    m_groups->refresh();
    return {};
}

Result<void> ProjectSession::reload() {
    if (m_projectDir.isEmpty())
        return {};
    return open(m_projectDir);
}

void ProjectSession::revisionFileWritten(const QString& path) {
    m_watcher->noteWritten(path); // read here now: not again when the watcher fires
    readFiles({path}, true);
}

void ProjectSession::revisionFilesChanged(const QStringList& paths) {
    if (!m_project || paths.isEmpty())
        return;
    if (paths.size() > kMaxIncremental) { // a checkout: read everything again
        if (Result<void> ok = reload(); !ok)
            return;
    } else {
        readFiles(paths, false);
    }
    emit filesChangedOnDisk(paths);
}

void ProjectSession::readFiles(const QStringList& paths, bool select) {
    if (!m_project || paths.isEmpty())
        return;
    Project project = m_project->withRevisionFile(paths.constFirst());
    for (qsizetype i = 1; i < paths.size(); ++i)
        project = project.withRevisionFile(paths.at(i));
    m_project = std::make_shared<const Project>(std::move(project));
    m_graphModel->setProject(m_project);
    m_store->updateProject(m_project); // compared with the new graph; nothing is read
    m_groups->updateProject(m_project);
    m_graphModel->setEnvironments(m_store->entries());
    m_problems->refresh(m_project);
    QString id;
    if (select) // the file just written is shown; an outside change keeps the selection
        for (const Revision& rev : m_project->graph().revisions())
            if (QFileInfo(rev.filePath) == QFileInfo(paths.constFirst()))
                id = rev.id;
    emit updated(id);
}

QStringList ProjectSession::recentProjects() {
    return QSettings().value(kRecentKey).toStringList();
}

void ProjectSession::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    emit recentChanged();
}

} // namespace strata
