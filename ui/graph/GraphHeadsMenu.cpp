#include "graph/GraphHeadsMenu.h"

#include "graph/GraphModel.h"

namespace strata {

GraphHeadsMenu::GraphHeadsMenu(const GraphModel* model, QWidget* parent)
    : QMenu(tr("Go to &Head of"), parent)
    , m_model(model) {
    setObjectName(QStringLiteral("graphHeadsMenu"));
    connect(model, &GraphModel::environmentsChanged, this, &GraphHeadsMenu::rebuild);
    rebuild();
}

void GraphHeadsMenu::rebuild() {
    clear();
    const QList<EnvironmentEntry>& environments = m_model->environments();
    int n = 0;
    for (const EnvironmentEntry& e : environments) {
        const QStringList& heads = e.status.heads;
        const QString at = !e.loaded || !e.status.reachable ? tr("not read")
                           : heads.isEmpty()                ? tr("base")
                                                            : heads.join(QLatin1String(", "));
        QAction* a = addAction(tr("%1 (%2)").arg(e.name, at));
        a->setEnabled(!heads.isEmpty());
        if (++n <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + n)));
        const QString name = e.name;
        connect(a, &QAction::triggered, this, [this, name] { emit headWanted(name); });
    }
    if (environments.isEmpty())
        addAction(tr("No environments"))->setEnabled(false);
}

} // namespace strata
