#pragma once

#include "Result.h"
#include "config/Environment.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace strata {

class ConnectionTest;
class ProjectConfigEditor;
class ProjectSession;

// Environments ▸ Add…, Edit…, Test Connection, Remove: strata.toml edited in place
// (ProjectConfigEditor: comments, order and formatting kept; nothing written when the result
// does not load), then the project reloaded (the session's passwords are kept). A project
// without strata.toml (Alembic alone) gets one, as `strata init --alembic` writes it, with the
// environments it showed. Passwords typed in the editor go to the session's PasswordStore,
// never to the file.
class EnvironmentActions : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentActions)

public:
    EnvironmentActions(ProjectSession* session, std::function<QString()> currentEnvironment,
                       QWidget* window);
    ~EnvironmentActions() override;

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* testAction() const { return m_test; }
    QAction* removeAction() const { return m_remove; }
    QList<QAction*> actions() const { return {m_add, m_edit, m_test, m_remove}; }

    // The work behind the dialogs (also for tests): write strata.toml, reload.
    Result<void> addEnvironment(const Environment& environment, const QString& password);
    Result<void> updateEnvironment(const QString& name, const Environment& environment,
                                   const QString& password);
    Result<void> removeEnvironment(const QString& name);

    // The dialogs.
    void add();
    void edit(const QString& name);
    void remove(const QString& name);
    void test(const QString& name);

signals:
    void message(const QString& text);
    // strata.toml was written and the project reloaded; `environment` is the one added or
    // edited (empty after a removal).
    void environmentWritten(const QString& environment);
    void testFinished(const QString& environment, bool ok, const QString& text);

private:
    void updateEnabled();
    Result<ProjectConfigEditor> openEditor() const;
    Result<void> write(const std::function<Result<void>(ProjectConfigEditor&)>& edit,
                       const QString& environment);

    ProjectSession* m_session;
    std::function<QString()> m_current;
    QWidget* m_window;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_test;
    QAction* m_remove;
    ConnectionTest* m_tester;
};

} // namespace strata
