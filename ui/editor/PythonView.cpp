#include "editor/PythonView.h"

#include "editor/FileBanner.h"
#include "editor/FindBar.h"
#include "editor/PythonEditor.h"
#include "revision/AlembicScript.h"

#include "config/RegularFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QVBoxLayout>

namespace strata {

namespace {

constexpr int kReappearDelayMs = 200;

QString bannerText(const QString& path) {
    return PythonView::tr("<b>Python revision</b> — runs through the project's Alembic; edit it "
                          "in your editor. Strata shows %1 read-only and reloads it when it "
                          "changes on disk.")
        .arg(QFileInfo(path).fileName().toHtmlEscaped());
}

} // namespace

PythonView::PythonView(QWidget* parent)
    : QWidget(parent)
    , m_banner(new FileBanner(this))
    , m_editor(new PythonEditor(this))
    , m_findBar(new FindBar(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    m_findBar->setEditor(m_editor);
    m_findBar->hide();
    connect(m_editor, &PythonEditor::findRequested, m_findBar, &FindBar::activate);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PythonView::onFileChanged);
}

PythonView::~PythonView() = default;

Result<void> PythonView::open(const QString& filePath) {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    STRATA_TRY_ASSIGN(const QByteArray bytes, RegularFile::read(path));
    if (!m_path.isEmpty())
        m_watcher.removePath(m_path);
    m_path = path;
    m_banner->setFilePath(path);
    m_banner->setText(bannerText(path));
    showText(QString::fromUtf8(bytes));
    watch();
    return {};
}

Result<void> PythonView::reload() {
    STRATA_TRY_ASSIGN(const QByteArray bytes, RegularFile::read(m_path));
    showText(QString::fromUtf8(bytes));
    emit reloaded();
    return {};
}

bool PythonView::showText(const QString& text) {
    m_diskText = text;
    const QString before = title();
    const auto revision = AlembicScript::parse(text, m_path);
    m_revisionId =
        revision && !revision->id.isEmpty() ? revision->id : QFileInfo(m_path).fileName();
    m_editor->setTextKeepingPosition(text);
    if (title() != before)
        emit titleChanged(title());
    return revision && revision->source == Revision::Source::AlembicSqlForm;
}

QString PythonView::title() const {
    return m_revisionId;
}

QString PythonView::text() const {
    return m_editor->text();
}

void PythonView::watch() {
    if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void PythonView::onFileChanged(const QString& path) {
    if (path != m_path)
        return;
    if (!QFileInfo::exists(m_path)) {
        // Editors save by writing a new file and renaming it over the old one.
        QTimer::singleShot(kReappearDelayMs, this, [this] {
            if (QFileInfo::exists(m_path)) {
                watch();
                onFileChanged(m_path);
            } else {
                m_banner->setText(tr("<b>Python revision</b> — %1 was removed from disk.")
                                      .arg(QDir::toNativeSeparators(m_path).toHtmlEscaped()));
            }
        });
        return;
    }
    watch();
    const auto bytes = RegularFile::read(m_path);
    if (!bytes || QString::fromUtf8(*bytes) == m_diskText)
        return;
    m_banner->setText(bannerText(m_path));
    const bool sqlForm = showText(QString::fromUtf8(*bytes));
    emit reloaded();
    if (sqlForm)
        emit becameSqlForm(m_path);
}

} // namespace strata
