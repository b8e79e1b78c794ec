#include "editor/EditorNotices.h"

#include "editor/NoticeBar.h"

#include <QDir>
#include <QFileInfo>
#include <QVBoxLayout>

namespace strata {

EditorNotices::EditorNotices(QWidget* parent)
    : QWidget(parent)
    , m_applied(new NoticeBar(NoticeBar::Kind::Warning, this))
    , m_disk(new NoticeBar(NoticeBar::Kind::Warning, this))
    , m_save(new NoticeBar(NoticeBar::Kind::Error, this)) {
    m_applied->setObjectName(QStringLiteral("appliedNotice"));
    m_disk->setObjectName(QStringLiteral("diskNotice"));
    m_save->setObjectName(QStringLiteral("saveNotice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    for (NoticeBar* bar : {m_applied, m_disk, m_save})
        layout->addWidget(bar);
    connect(m_disk, &NoticeBar::clicked, this, [this](int index) {
        if (!m_changedOnDisk)
            return;
        clearDisk();
        if (index == 0)
            emit reloadRequested();
        else
            emit keepMineRequested();
    });
}

void EditorNotices::setAppliedTo(const QString& revision, const QStringList& environments) {
    if (environments == m_appliedTo && m_applied->isHidden() == environments.isEmpty())
        return;
    m_appliedTo = environments;
    if (environments.isEmpty()) {
        m_applied->dismiss();
        return;
    }
    QStringList names;
    for (const QString& name : environments)
        names << QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    m_applied->showNotice(
        NoticeBar::Kind::Warning,
        tr("Applied to %1: editing changes its checksum; <code>strata check</code> will report "
           "it, and those environments keep what already ran. To change them, write a new "
           "revision after %2.",
           nullptr, int(environments.size()))
            .arg(names.join(QStringLiteral(", ")), revision.toHtmlEscaped()));
}

void EditorNotices::showChangedOnDisk(const QString& path) {
    m_changedOnDisk = true;
    m_deleted = false;
    m_disk->showNotice(NoticeBar::Kind::Warning,
                       tr("<b>Changed on disk</b> while you were editing it: %1. Reload drops "
                          "your edits; Keep mine keeps them, and saving writes them over the "
                          "new file.")
                           .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                       {tr("&Reload"), tr("&Keep mine")});
}

void EditorNotices::showDeleted(const QString& path) {
    m_changedOnDisk = false;
    m_deleted = true;
    m_disk->showNotice(NoticeBar::Kind::Error,
                       tr("<b>Deleted from disk</b>: %1. The text stays here; Save writes the "
                          "file again.")
                           .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
}

void EditorNotices::clearDisk() {
    m_changedOnDisk = false;
    m_deleted = false;
    m_disk->dismiss();
}

QString EditorNotices::showSaved(const QList<Diagnostic>& errors) {
    if (errors.isEmpty()) {
        m_save->dismiss();
        return {};
    }
    const Diagnostic& first = errors.constFirst();
    const QString where = first.fileLine > 0
                              ? tr("line %1: %2").arg(first.fileLine).arg(first.message)
                              : first.message;
    const QString summary =
        tr("Saved with %n error(s) (%1): `strata check` reports it and a run stops before this "
           "revision.",
           nullptr, int(errors.size()))
            .arg(where);
    m_save->showNotice(NoticeBar::Kind::Error, summary.toHtmlEscaped());
    return summary;
}

} // namespace strata
