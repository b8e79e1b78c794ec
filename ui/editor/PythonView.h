#pragma once

#include "Result.h"

#include <QFileSystemWatcher>
#include <QWidget>

namespace strata {

class FileBanner;
class FindBar;
class PythonEditor;

// One tab for an Alembic revision in Python (Source::AlembicPython): it runs through the
// project's own Alembic, so Strata shows it read-only, with Python highlighting, under a banner
// that says so and offers "Open in external editor". The file is watched: changed on disk
// (by the user's editor), the view reloads; removed, it says so.
class PythonView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonView)
public:
    explicit PythonView(QWidget* parent = nullptr);
    ~PythonView() override;

    Result<void> open(const QString& filePath);
    Result<void> reload();
    QString filePath() const { return m_path; }
    // The revision id from the file's metadata, or the file name when it cannot be read.
    QString revisionId() const { return m_revisionId; }
    QString title() const;
    QString text() const;

    FileBanner* banner() const { return m_banner; }
    PythonEditor* editor() const { return m_editor; }
    FindBar* findBar() const { return m_findBar; }

signals:
    void reloaded();
    void titleChanged(const QString& title);
    // The file changed on disk and is now an SQL revision in Python form (only op.execute
    // calls): the host may open it in the SQL editor instead.
    void becameSqlForm(const QString& filePath);

private:
    void onFileChanged(const QString& path);
    void watch();
    // Shows `text`; true when it is an SQL revision in Python form.
    bool showText(const QString& text);

    QString m_path;
    QString m_revisionId;
    QString m_diskText;
    FileBanner* m_banner = nullptr;
    PythonEditor* m_editor = nullptr;
    FindBar* m_findBar = nullptr;
    QFileSystemWatcher m_watcher;
};

} // namespace strata
