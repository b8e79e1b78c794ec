#pragma once

#include "editor/Diagnostic.h"

#include <QStringList>
#include <QWidget>

namespace strata {

class NoticeBar;

// The notices above a revision editor, each its own bar:
//   - applied(): the revision is applied to some environments (from the statuses the studio
//     already read; the host calls setAppliedTo()): editing changes its checksum;
//   - disk(): the file changed on disk while edited here ("Reload" / "Keep mine"), or was
//     deleted;
//   - save(): the last save wrote a revision with errors (it does not parse, or a statement
//     cannot run in its transaction mode).
class EditorNotices : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorNotices)
public:
    explicit EditorNotices(QWidget* parent = nullptr);

    // `environments` (in strata.toml order) have `revision` applied; empty hides the notice.
    void setAppliedTo(const QString& revision, const QStringList& environments);
    QStringList appliedTo() const { return m_appliedTo; }

    void showChangedOnDisk(const QString& path);
    void showDeleted(const QString& path);
    void clearDisk();
    bool isChangedOnDisk() const { return m_changedOnDisk; }
    bool isDeleted() const { return m_deleted; }

    // `errors` of the text just saved (none: the notice goes); returns the one-line summary.
    QString showSaved(const QList<Diagnostic>& errors);

    NoticeBar* applied() const { return m_applied; }
    NoticeBar* disk() const { return m_disk; }
    NoticeBar* save() const { return m_save; }

signals:
    void reloadRequested();
    void keepMineRequested();

private:
    NoticeBar* m_applied;
    NoticeBar* m_disk;
    NoticeBar* m_save;
    QStringList m_appliedTo;
    bool m_changedOnDisk = false;
    bool m_deleted = false;
};

} // namespace strata
