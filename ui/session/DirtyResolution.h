#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace strata {

class ProjectSession;
class ResolveDirtyDialog;

// "Resolve…" for a dirty environment (EnvironmentStatus dirty): opens a ResolveDirtyDialog on
// that environment's dirty row, with its session password, and reads its status again once it
// is resolved. action() resolves the environment given to setEnvironment() (the selected
// target; the Environments menu) and is enabled only while that one is dirty; resolve(name)
// serves a card's context menu.
class DirtyResolution : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirtyResolution)

public:
    DirtyResolution(ProjectSession* session, QWidget* dialogParent);
    ~DirtyResolution() override;

    QAction* action() const { return m_action; }
    void setEnvironment(const QString& name);
    QString environment() const { return m_environment; }
    // Whether `name` is known to be dirty (its last read says so).
    bool canResolve(const QString& name) const;
    // Opens the dialog (not modal) for `name`; nullptr when it is not dirty. One at a time:
    // the open dialog is raised instead.
    ResolveDirtyDialog* resolve(const QString& name);
    ResolveDirtyDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    // A resolve ended (the store then reads the environment again when ok).
    void resolved(const QString& environment, bool ok, const QString& message);

private:
    void updateAction();

    ProjectSession* m_session;
    QWidget* m_dialogParent;
    QAction* m_action;
    QString m_environment;
    QPointer<ResolveDirtyDialog> m_dialog;
};

} // namespace strata
