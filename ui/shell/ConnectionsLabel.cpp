#include "shell/ConnectionsLabel.h"

#include "Project.h"
#include "environments/EnvironmentStore.h"

#include <QDir>

namespace strata {

ConnectionsLabel::ConnectionsLabel(QLabel* project, QLabel* connections, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_connections(connections) {}

void ConnectionsLabel::update(const Project* project, const EnvironmentStore& store, bool running) {
    if (!project) {
        m_project->setText(tr("No project: File ▸ Open, or drop a folder with strata.toml here"));
        m_connections->clear();
        return;
    }
    m_project->setText(tr("%1 — %n revision(s)", nullptr, project->graph().size())
                           .arg(QDir::toNativeSeparators(project->config().filePath())) +
                       (project->problems().isEmpty()
                            ? QString()
                            : tr(", %n problem(s)", nullptr, int(project->problems().size()))));
    QStringList parts;
    for (const EnvironmentEntry& e : store.entries()) {
        const QString mark = !e.loaded
                                 ? QStringLiteral("…")
                                 : (e.status.reachable ? QStringLiteral("✓") : QStringLiteral("✗"));
        parts << QStringLiteral("<span style=\"color:%1\">●</span> %2 %3")
                     .arg(e.color, e.name.toHtmlEscaped(), mark);
    }
    if (running)
        parts << tr("<b>running…</b>");
    m_connections->setText(parts.join(QLatin1String(" &nbsp; ")));
}

} // namespace strata
