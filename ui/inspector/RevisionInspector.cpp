#include "inspector/RevisionInspector.h"

#include "Project.h"
#include "common/SqlHighlighterFactory.h"
#include "config/RegularFile.h"
#include "history/HistoryFormat.h"
#include "inspector/LastAppliedReader.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace strata {

namespace {

QString links(const QStringList& ids) {
    if (ids.isEmpty())
        return QStringLiteral("—");
    QStringList parts;
    for (const QString& id : ids)
        parts << QStringLiteral("<a href=\"rev:%1\">%1</a>").arg(id.toHtmlEscaped());
    return parts.join(QLatin1String(", "));
}

QString row(const QString& name, const QString& value) {
    return QStringLiteral("<tr><td style=\"padding-right:8px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(name, value);
}

} // namespace

RevisionInspector::RevisionInspector(QWidget* parent)
    : QWidget(parent)
    , m_reader(new LastAppliedReader(this))
    , m_title(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_applied(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_upgrade(SqlHighlighterFactory::createReadOnlyView(this))
    , m_downgrade(SqlHighlighterFactory::createReadOnlyView(this)) {
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    for (QLabel* label : {m_fields, m_applied}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
            if (link.startsWith(QLatin1String("rev:")))
                emit revisionActivated(link.mid(4));
            else
                QDesktopServices::openUrl(QUrl(link));
        });
    }
    m_applied->setObjectName(QStringLiteral("inspectorApplied"));
    connect(m_reader, &LastAppliedReader::updated, this,
            [this] { m_applied->setText(appliedHtml()); });
    m_tabs->addTab(m_upgrade, tr("Upgrade SQL"));
    m_tabs->addTab(m_downgrade, tr("Downgrade SQL"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_applied);
    layout->addWidget(m_tabs, 1);
    refresh();
}

void RevisionInspector::setProject(std::shared_ptr<const Project> project) {
    m_project = std::move(project);
    m_id.clear();
    refresh();
}

void RevisionInspector::setSession(ProjectSession* session) {
    m_reader->setSession(session);
    m_applied->setText(appliedHtml());
}

void RevisionInspector::setEnvironments(const QList<EnvironmentEntry>& entries) {
    m_entries = entries;
    m_applied->setText(appliedHtml());
}

void RevisionInspector::showRevision(const QString& id) {
    m_id = id;
    refresh();
}

QString RevisionInspector::appliedText() const {
    QTextDocument doc;
    doc.setHtml(m_applied->text());
    return doc.toPlainText();
}

// " on 2026-01-02 10:11:12 by alice@host" when `entry` recorded applying the revision.
QString RevisionInspector::appliedWhen(const EnvironmentEntry& entry) {
    const HistoryRow* found = nullptr;
    if (m_reader->hasSession()) {
        const qint64 lastRun = entry.status.lastRun ? entry.status.lastRun->id : 0;
        found = m_reader->row(entry.name, m_id, lastRun);
        if (!found && !m_reader->isRead(entry.name, m_id, lastRun))
            return tr(" (reading when…)");
    } else {
        for (const HistoryRow& h : entry.status.history)
            if (h.revision == m_id && h.direction == QLatin1String("upgrade") &&
                h.status == HistoryRow::Status::Succeeded) {
                found = &h;
                break;
            }
    }
    if (!found)
        return {};
    QString text = found->direction == QLatin1String("stamp")
                       ? tr(" (stamped) on %1").arg(HistoryFormat::when(found->startedAt))
                       : tr(" on %1").arg(HistoryFormat::when(found->startedAt));
    return text + tr(" by %1").arg(HistoryFormat::who(*found));
}

QString RevisionInspector::appliedHtml() {
    if (!m_project || m_id.isEmpty())
        return {};
    QStringList rows;
    for (const EnvironmentEntry& entry : m_entries) {
        const EnvironmentStatus& status = entry.status;
        QString where;
        if (!entry.loaded)
            where = tr("reading…");
        else if (!status.reachable)
            where = tr("unreachable");
        else if (status.heads.contains(m_id))
            where = tr("applied (current head)");
        else if (status.appliedSet(m_project->graph()).contains(m_id))
            where = tr("applied");
        else if (status.pending.contains(m_id))
            where = tr("pending");
        else
            where = tr("not on its branch");
        // When and by whom, from its newest row recording it.
        if (where.startsWith(tr("applied")))
            where += appliedWhen(entry);
        rows << row(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                        .arg(entry.color, entry.name.toHtmlEscaped()),
                    where.toHtmlEscaped());
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<b>%1</b><table>%2</table>")
        .arg(tr("Environments"), rows.join(QString()));
}

void RevisionInspector::refresh() {
    const Revision* r = m_project && !m_id.isEmpty() ? m_project->graph().revision(m_id) : nullptr;
    if (!r) {
        m_title->setText(tr("No revision selected"));
        m_fields->clear();
        m_applied->clear();
        m_upgrade->setSql(QString());
        m_downgrade->setSql(QString());
        return;
    }
    const RevisionGraph& graph = m_project->graph();
    m_title->setText(r->id);
    QString html = QStringLiteral("<table>");
    html += row(tr("Message"), r->message.toHtmlEscaped());
    html += row(tr("Created"), r->createDate.toHtmlEscaped());
    html += row(tr("Parents"), links(r->parents));
    html += row(tr("Children"), links(graph.children(r->id)));
    if (!r->dependsOn.isEmpty())
        html += row(tr("Depends on"), links(graph.resolvedDependencies(r->id)));
    const QStringList labels = graph.branchLabels(r->id);
    if (!labels.isEmpty())
        html += row(tr("Branch labels"), labels.join(QLatin1String(", ")).toHtmlEscaped());
    html +=
        row(tr("Transactional"),
            r->transactional ? tr("yes") : tr("<b>no</b> (statement by statement, autocommit)"));
    html +=
        row(tr("Reversible"), r->reversible() ? tr("yes") : tr("<b>no</b>: no downgrade section"));
    const QString shownPath = QDir(m_project->config().projectDir()).relativeFilePath(r->filePath);
    html += row(tr("File"), QStringLiteral("<a href=\"%1\" title=\"%2\">%3:%4</a>")
                                .arg(QUrl::fromLocalFile(r->filePath).toString(),
                                     r->filePath.toHtmlEscaped(), shownPath.toHtmlEscaped())
                                .arg(r->headerLine));
    html += row(
        tr("Upgrade checksum"),
        QStringLiteral("<code>%1</code>").arg(r->upgrade.checksum.left(19) + QStringLiteral("…")));
    if (r->downgrade.present)
        html += row(tr("Downgrade checksum"),
                    QStringLiteral("<code>%1</code>")
                        .arg(r->downgrade.checksum.left(19) + QStringLiteral("…")));
    html += QStringLiteral("</table>");
    m_fields->setText(html);
    m_fields->setToolTip(
        tr("Upgrade: %1\nDowngrade: %2").arg(r->upgrade.checksum, r->downgrade.checksum));
    m_applied->setText(appliedHtml());
    if (r->source == Revision::Source::AlembicPython) {
        showPython(*r);
        return;
    }
    m_tabs->setTabText(0, tr("Upgrade SQL"));
    m_tabs->setTabText(1, tr("Downgrade SQL"));
    m_upgrade->setLanguage(CodeLanguage::Sql);
    m_downgrade->setLanguage(CodeLanguage::Sql);
    m_upgrade->setSql(r->upgrade.sql, std::max(1, r->upgrade.firstLine));
    m_downgrade->setSql(r->downgrade.present ? r->downgrade.sql
                                             : tr("-- no downgrade section: irreversible"),
                        std::max(1, r->downgrade.firstLine));
}

void RevisionInspector::showPython(const Revision& r) {
    // A revision in Python runs through the project's Alembic: its file, highlighted as
    // Python, opened at def upgrade() and at def downgrade() (the inspector reads a small local
    // file the graph was just built from).
    m_tabs->setTabText(0, tr("Upgrade (Python)"));
    m_tabs->setTabText(1, tr("Downgrade (Python)"));
    const auto bytes = RegularFile::read(r.filePath);
    const QString text =
        bytes ? QString::fromUtf8(*bytes) : QStringLiteral("# ") + bytes.error().message;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto lineOf = [&lines](const QString& def) {
        for (int i = 0; i < int(lines.size()); ++i)
            if (lines.at(i).startsWith(def))
                return i + 1;
        return 1;
    };
    for (ReadOnlyCodeView* view : {m_upgrade, m_downgrade}) {
        view->setLanguage(CodeLanguage::Python);
        view->setSql(text);
    }
    m_upgrade->scrollToLine(lineOf(QStringLiteral("def upgrade(")));
    m_downgrade->scrollToLine(lineOf(QStringLiteral("def downgrade(")));
}

} // namespace strata
