#include "session/DirtyResolution.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "dialogs/ResolveDirtyDialog.h"
#include "environments/EnvironmentStore.h"
#include "session/ProjectSession.h"

#include <QAction>

namespace strata {

DirtyResolution::DirtyResolution(ProjectSession* session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("&Resolve Dirty Environment…"), this)) {
    m_action->setObjectName(QStringLiteral("resolveDirtyAction"));
    m_action->setToolTip(tr("End the dirty state left by a failed Transactional: no revision: "
                            "retry it, or mark it applied or rolled back"));
    connect(m_action, &QAction::triggered, this, [this] { resolve(m_environment); });
    EnvironmentStore* store = session->store();
    connect(store, &EnvironmentStore::entryChanged, this, &DirtyResolution::updateAction);
    connect(store, &EnvironmentStore::entriesReset, this, &DirtyResolution::updateAction);
    connect(session, &ProjectSession::opened, this, [this] {
        if (m_dialog)
            m_dialog->close();
        updateAction();
    });
    updateAction();
}

DirtyResolution::~DirtyResolution() = default;

void DirtyResolution::setEnvironment(const QString& name) {
    m_environment = name;
    updateAction();
}

bool DirtyResolution::canResolve(const QString& name) const {
    const EnvironmentEntry* entry = m_session->store()->entry(name);
    return m_session->project() && entry && entry->loaded &&
           entry->status.dirtyState() == EnvironmentStatus::DirtyState::Dirty;
}

void DirtyResolution::updateAction() {
    const bool dirty = canResolve(m_environment);
    m_action->setEnabled(dirty);
    m_action->setText(dirty ? tr("&Resolve %1…").arg(m_environment)
                            : tr("&Resolve Dirty Environment…"));
}

ResolveDirtyDialog* DirtyResolution::resolve(const QString& name) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (!canResolve(name))
        return nullptr;
    const std::shared_ptr<const Project>& project = m_session->project();
    const Environment* env = project->config().environment(name);
    if (!env)
        return nullptr;
    const EnvironmentEntry* entry = m_session->store()->entry(name);
    auto* dialog = new ResolveDirtyDialog(project, m_session->passwords()->apply(*env),
                                          *entry->status.dirty, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResolveDirtyDialog::resolved, this,
            [this](const QString& environment, bool ok, const QString& message) {
                // Read again either way: a cancelled or failed resolve may have changed it.
                m_session->store()->refreshOne(environment);
                emit resolved(environment, ok, message);
            });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace strata
