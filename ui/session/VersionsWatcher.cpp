#include "session/VersionsWatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace strata {

namespace {

// The files ScriptDirectory reads: *.sql and *.py, not __init__.py nor editor lock files.
bool isRevisionFile(const QFileInfo& info) {
    const QString name = info.fileName();
    if (name.startsWith(QLatin1String(".#")) || name == QLatin1String("__init__.py"))
        return false;
    const QString suffix = info.suffix();
    return suffix == QLatin1String("sql") || suffix == QLatin1String("py");
}

} // namespace

VersionsWatcher::VersionsWatcher(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &VersionsWatcher::checkNow);
    const auto later = [this] { m_timer.start(); };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, later);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, later);
}

void VersionsWatcher::watch(const QStringList& dirs, bool recursive) {
    stop();
    m_roots = dirs;
    m_recursive = recursive;
    QStringList folders;
    list(m_files, folders);
    rewatch(m_files, folders);
}

void VersionsWatcher::stop() {
    m_timer.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_roots.clear();
    m_files.clear();
}

void VersionsWatcher::noteWritten(const QString& path) {
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (!info.exists()) {
        m_files.remove(file);
        return;
    }
    bool below = false;
    for (const QString& root : std::as_const(m_roots))
        below = below || file.startsWith(QDir(root).absolutePath() + QLatin1Char('/'));
    if (!below || !isRevisionFile(info))
        return;
    m_files.insert(file, Stamp{info.lastModified(), info.size()});
    if (m_watcher.files().size() < kMaxWatchedFiles && !m_watcher.files().contains(file))
        m_watcher.addPath(file);
}

void VersionsWatcher::list(QHash<QString, Stamp>& files, QStringList& dirs) const {
    files.clear();
    dirs.clear();
    for (const QString& root : m_roots) {
        if (!QFileInfo(root).isDir())
            continue;
        dirs << QDir(root).absolutePath();
        QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        m_recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir()) {
                if (info.fileName() != QLatin1String("__pycache__") &&
                    !info.absoluteFilePath().contains(QLatin1String("/__pycache__/")))
                    dirs << info.absoluteFilePath();
            } else if (isRevisionFile(info) &&
                       !info.absoluteFilePath().contains(QLatin1String("/__pycache__/"))) {
                files.insert(info.absoluteFilePath(), Stamp{info.lastModified(), info.size()});
            }
        }
    }
}

void VersionsWatcher::rewatch(const QHash<QString, Stamp>& files, const QStringList& dirs) {
    const QStringList watchedDirs = m_watcher.directories();
    for (const QString& dir : watchedDirs)
        if (!dirs.contains(dir))
            m_watcher.removePath(dir);
    QStringList addDirs;
    for (const QString& dir : dirs)
        if (!watchedDirs.contains(dir))
            addDirs << dir;
    if (!addDirs.isEmpty())
        m_watcher.addPaths(addDirs);

    const QStringList watchedFiles = m_watcher.files();
    QSet<QString> watched;
    for (const QString& file : watchedFiles) {
        if (!files.contains(file))
            m_watcher.removePath(file);
        else
            watched.insert(file);
    }
    QStringList addFiles;
    qsizetype room = kMaxWatchedFiles - watched.size();
    for (auto it = files.cbegin(); it != files.cend() && room > 0; ++it) {
        if (!watched.contains(it.key())) {
            addFiles << it.key();
            --room;
        }
    }
    if (!addFiles.isEmpty())
        m_watcher.addPaths(addFiles);
}

void VersionsWatcher::checkNow() {
    m_timer.stop();
    if (m_roots.isEmpty())
        return;
    QHash<QString, Stamp> files;
    QStringList dirs;
    list(files, dirs);
    QStringList changed;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const auto old = m_files.constFind(it.key());
        if (old == m_files.cend() || !(*old == it.value()))
            changed << it.key();
    }
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        if (!files.contains(it.key()))
            changed << it.key();
    m_files = files;
    // A file saved atomically (rename over it) is another inode: watch it afresh.
    if (!changed.isEmpty())
        m_watcher.removePaths(changed);
    rewatch(files, dirs);
    if (!changed.isEmpty()) {
        changed.sort();
        emit filesChanged(changed);
    }
}

} // namespace strata
