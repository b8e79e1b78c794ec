#include "shell/RunActions.h"

#include <QAction>
#include <QIcon>

namespace strata {

namespace {

QIcon icon(const char* name) {
    return QIcon(QStringLiteral(":/strata/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

RunActions::RunActions(QObject* parent)
    : QObject(parent)
    , m_upgradeHere(
          make("upgrade", QKeySequence(Qt::CTRL | Qt::Key_U), RunCoordinator::Action::UpgradeHere))
    , m_downgradeHere(make("downgrade", QKeySequence(Qt::CTRL | Qt::Key_D),
                           RunCoordinator::Action::DowngradeHere))
    , m_stampHere(
          make("stamp", QKeySequence(Qt::CTRL | Qt::Key_T), RunCoordinator::Action::StampHere))
    , m_upgradeHeads(make("upgrade", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                          RunCoordinator::Action::UpgradeHeads))
    , m_downgradeOne(make("downgrade", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                          RunCoordinator::Action::DowngradeOne))
    , m_goToTarget(
          make("search", QKeySequence(Qt::CTRL | Qt::Key_G), RunCoordinator::Action::GoToTarget))
    , m_cancelRun(new QAction(icon("cancel"), tr("&Cancel Run"), this))
    , m_refresh(new QAction(icon("refresh"), tr("&Refresh Status"), this)) {
    m_cancelRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_refresh->setShortcut(QKeySequence::Refresh);
    update(QString(), false, true);
}

QAction* RunActions::make(const char* iconName, const QKeySequence& shortcut,
                          RunCoordinator::Action action) {
    auto* a = new QAction(icon(iconName), QString(), this);
    a->setShortcut(shortcut);
    connect(a, &QAction::triggered, this, [this, action] { emit triggered(action); });
    return a;
}

QAction* RunActions::action(RunCoordinator::Action action) const {
    switch (action) {
    case RunCoordinator::Action::UpgradeHere:
        return m_upgradeHere;
    case RunCoordinator::Action::DowngradeHere:
        return m_downgradeHere;
    case RunCoordinator::Action::StampHere:
        return m_stampHere;
    case RunCoordinator::Action::UpgradeHeads:
        return m_upgradeHeads;
    case RunCoordinator::Action::GoToTarget:
        return m_goToTarget;
    case RunCoordinator::Action::DowngradeOne:
        break;
    }
    return m_downgradeOne;
}

void RunActions::update(const QString& environment, bool haveRevision, bool idle) {
    const bool haveEnv = !environment.isEmpty();
    for (QAction* a : {m_upgradeHere, m_downgradeHere, m_stampHere})
        a->setEnabled(haveEnv && haveRevision && idle);
    for (QAction* a : {m_upgradeHeads, m_downgradeOne, m_goToTarget})
        a->setEnabled(haveEnv && idle);
    m_cancelRun->setEnabled(!idle);
    const QString shown = haveEnv ? environment : tr("Environment");
    m_upgradeHere->setText(tr("Upgrade %1 to Here…").arg(shown));
    m_downgradeHere->setText(tr("Downgrade %1 to Here…").arg(shown));
    m_stampHere->setText(tr("Stamp %1 Here…").arg(shown));
    m_upgradeHeads->setText(tr("Upgrade %1 to Heads…").arg(shown));
    m_downgradeOne->setText(tr("Downgrade %1 One Step…").arg(shown));
    m_goToTarget->setText(tr("&Go to Target on %1…").arg(shown));
    // The toolbar's texts name the environment too, so the target is never in doubt.
    m_upgradeHere->setIconText(tr("Upgrade %1 to here").arg(shown));
    m_downgradeHere->setIconText(tr("Downgrade %1 to here").arg(shown));
    m_stampHere->setIconText(tr("Stamp %1 here").arg(shown));
    m_upgradeHeads->setIconText(tr("Upgrade %1 to heads").arg(shown));
    m_downgradeOne->setIconText(tr("Down one step on %1").arg(shown));
    m_goToTarget->setIconText(tr("Go to…"));
    m_goToTarget->setToolTip(
        tr("Go to a target on %1: heads, base, +2, -1, notes@-1, rev@head, a partial id (%2)")
            .arg(shown, m_goToTarget->shortcut().toString(QKeySequence::NativeText)));
    for (QAction* a : {m_upgradeHere, m_downgradeHere, m_stampHere, m_upgradeHeads, m_downgradeOne,
                       m_cancelRun, m_refresh})
        a->setToolTip(tr("%1 (%2)").arg(a->iconText().isEmpty() ? a->text() : a->iconText(),
                                        a->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace strata
