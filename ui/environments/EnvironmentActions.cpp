#include "environments/EnvironmentActions.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "config/ProjectConfigEditor.h"
#include "environments/ConnectionTest.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentStore.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace strata {

EnvironmentActions::EnvironmentActions(ProjectSession* session,
                                       std::function<QString()> currentEnvironment, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_current(std::move(currentEnvironment))
    , m_window(window)
    , m_add(new QAction(tr("&Add Environment…"), this))
    , m_edit(new QAction(tr("&Edit Environment…"), this))
    , m_test(new QAction(tr("&Test Connection"), this))
    , m_remove(new QAction(tr("Re&move Environment…"), this))
    , m_tester(new ConnectionTest(this)) {
    m_add->setObjectName(QStringLiteral("addEnvironment"));
    m_edit->setObjectName(QStringLiteral("editEnvironment"));
    m_test->setObjectName(QStringLiteral("testEnvironment"));
    m_remove->setObjectName(QStringLiteral("removeEnvironment"));
    m_add->setToolTip(tr("Add an environment to strata.toml"));
    m_edit->setToolTip(tr("Edit the target environment in strata.toml"));
    m_test->setToolTip(tr("Connect to the target environment and show its server version"));
    m_remove->setToolTip(tr("Remove the target environment from strata.toml (its database is "
                            "not touched)"));
    connect(m_add, &QAction::triggered, this, &EnvironmentActions::add);
    connect(m_edit, &QAction::triggered, this, [this] { edit(m_current()); });
    connect(m_test, &QAction::triggered, this, [this] { test(m_current()); });
    connect(m_remove, &QAction::triggered, this, [this] { remove(m_current()); });
    connect(m_session, &ProjectSession::opened, this, &EnvironmentActions::updateEnabled);
    connect(m_tester, &ConnectionTest::finished, this, [this](bool ok, const QString& text) {
        const QString env = m_test->data().toString();
        emit message(ok ? tr("%1: connected, %2").arg(env, text) : text);
        emit testFinished(env, ok, text);
    });
    updateEnabled();
}

EnvironmentActions::~EnvironmentActions() = default;

void EnvironmentActions::updateEnabled() {
    const bool open = m_session->project() != nullptr;
    for (QAction* a : actions())
        a->setEnabled(open);
}

Result<ProjectConfigEditor> EnvironmentActions::openEditor() const {
    const ProjectConfig& config = m_session->project()->config();
    std::optional<ProjectConfigEditor> editor;
    if (config.isAlembicProject() && config.filePath() == config.alembicConfigPath()) {
        // No strata.toml yet: one beside alembic.ini, as `strata init --alembic` writes it.
        const QDir dir(config.projectDir());
        editor = ProjectConfigEditor::forAlembic(dir.filePath(QStringLiteral("strata.toml")),
                                                 dir.relativeFilePath(config.alembicConfigPath()));
    } else {
        STRATA_TRY_ASSIGN(ProjectConfigEditor loaded, ProjectConfigEditor::load(config.filePath()));
        editor = std::move(loaded);
    }
    // Environments the studio shows but strata.toml does not write (an Alembic project's
    // `default`): written as they are, so that they stay.
    for (const Environment& env : config.environments()) {
        if (editor->config().environment(env.name))
            continue;
        Environment copy = env;
        if (copy.color == Environment::defaultColor(copy.index))
            copy.color.clear();
        STRATA_TRY(editor->addEnvironment(copy));
    }
    return std::move(*editor);
}

Result<void>
EnvironmentActions::write(const std::function<Result<void>(ProjectConfigEditor&)>& edit,
                          const QString& environment) {
    if (!m_session->project())
        return Error(ErrorCode::Usage, tr("No project is open."));
    STRATA_TRY_ASSIGN(ProjectConfigEditor editor, openEditor());
    STRATA_TRY(edit(editor));
    STRATA_TRY(editor.save());
    STRATA_TRY(m_session->reload());
    emit message(tr("%1 written.").arg(QDir::toNativeSeparators(editor.path())));
    emit environmentWritten(environment);
    return {};
}

Result<void> EnvironmentActions::addEnvironment(const Environment& environment,
                                                const QString& password) {
    if (!password.isEmpty())
        m_session->passwords()->setPassword(environment.name, password, false);
    return write([&](ProjectConfigEditor& e) { return e.addEnvironment(environment); },
                 environment.name);
}

Result<void> EnvironmentActions::updateEnvironment(const QString& name,
                                                   const Environment& environment,
                                                   const QString& password) {
    PasswordStore* passwords = m_session->passwords();
    if (environment.name != name)
        passwords->forget(name);
    if (!password.isEmpty())
        passwords->setPassword(environment.name, password, false);
    else
        passwords->forget(environment.name);
    return write([&](ProjectConfigEditor& e) { return e.updateEnvironment(name, environment); },
                 environment.name);
}

Result<void> EnvironmentActions::removeEnvironment(const QString& name) {
    STRATA_TRY(write([&](ProjectConfigEditor& e) { return e.removeEnvironment(name); }, {}));
    m_session->passwords()->forget(name);
    return {};
}

void EnvironmentActions::add() {
    if (!m_session->project())
        return;
    const ProjectConfig& config = m_session->project()->config();
    Environment base;
    base.envFilePath = config.envFilePath();
    base.index = int(config.environments().size());
    EnvironmentEditor dialog(
        base, true, config.environmentNames(), {},
        [this](const Environment& env, const QString& password) {
            return addEnvironment(env, password);
        },
        m_window);
    dialog.exec();
}

void EnvironmentActions::edit(const QString& name) {
    if (!m_session->project())
        return;
    const ProjectConfig& config = m_session->project()->config();
    const Environment* env = config.environment(name);
    if (!env)
        return;
    QStringList taken = config.environmentNames();
    taken.removeAll(name);
    const QString password = m_session->passwords()->apply(*env).password;
    EnvironmentEditor dialog(
        *env, false, taken, password,
        [this, name](const Environment& edited, const QString& typed) {
            return updateEnvironment(name, edited, typed);
        },
        m_window);
    dialog.exec();
}

void EnvironmentActions::remove(const QString& name) {
    if (!m_session->project() || !m_session->project()->config().environment(name))
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Remove Environment"),
        tr("Remove %1 from strata.toml? Its database is not touched.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Result<void> done = removeEnvironment(name); !done)
        QMessageBox::warning(m_window, tr("Remove Environment"), done.error().toString());
}

void EnvironmentActions::test(const QString& name) {
    if (!m_session->project())
        return;
    const Environment* env = m_session->project()->config().environment(name);
    if (!env)
        return;
    m_test->setData(name);
    emit message(tr("%1: connecting…").arg(name));
    m_tester->start(m_session->passwords()->apply(*env));
}

} // namespace strata
