#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace strata {

// Notices revision files added, changed or deleted outside the studio: a QFileSystemWatcher on
// the version folders (and their sub-folders when the project reads them) and on the revision
// files themselves (an in-place write changes no folder), up to kMaxWatchedFiles files (beyond,
// the folders alone: atomic saves, additions and deletions are still seen). Events are
// debounced (a checkout writes many files at once); then the folders are listed again and
// compared with the last listing (modification time and size), and filesChanged() names the
// revision files that differ.
class VersionsWatcher : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsWatcher)
public:
    static constexpr int kMaxWatchedFiles = 4000;
    static constexpr int kDefaultDelayMs = 300;

    explicit VersionsWatcher(QObject* parent = nullptr);

    // Watches `dirs` (absolute) from now on; the current files are the baseline.
    void watch(const QStringList& dirs, bool recursive);
    void stop();
    // `path` was written by the studio itself (saved, created): no event for it.
    void noteWritten(const QString& path);
    void setDelay(int ms) { m_timer.setInterval(ms); }
    // Lists the folders now (instead of after the delay).
    void checkNow();

signals:
    // Revision files (absolute paths) added, changed or removed since the last listing.
    void filesChanged(const QStringList& paths);

private:
    struct Stamp {
        QDateTime modified;
        qint64 size = -1;
        bool operator==(const Stamp& other) const {
            return modified == other.modified && size == other.size;
        }
    };
    // The revision files below the watched folders, and those folders.
    void list(QHash<QString, Stamp>& files, QStringList& dirs) const;
    void rewatch(const QHash<QString, Stamp>& files, const QStringList& dirs);

    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QStringList m_roots;
    bool m_recursive = true;
    QHash<QString, Stamp> m_files;
};

} // namespace strata
