#include "preflight/PlanScript.h"

#include "Project.h"
#include "runner/OfflineScript.h"
#include "runner/PythonStepSql.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace strata {

Result<QString> PlanScript::render(const Project& project, const StepPlan& plan,
                                   const RunRequest& request, const std::atomic<bool>* cancelled) {
    const RevisionGraph& graph = project.graph();
    OfflineScript script(graph, VersionTableSql(project.config().versionTable(),
                                                project.config().versionTableSchema()));
    script.setTargetMajor(project.config().postgresMajor());
    if (PythonStepSql::needed(graph, plan)) {
        PythonStepSql::Entries python;
        STRATA_TRY_ASSIGN(python, PythonStepSql::render(graph, project.config(), plan, request,
                                                        PythonStepSql::Mode::Script, cancelled));
        script.setPythonSql(std::move(python), false);
    }
    return script.render(plan, request.kind);
}

Result<void> PlanScript::write(const QString& path, const QString& text) {
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Error e(ErrorCode::Io,
                QCoreApplication::translate("strata::PreFlight", "cannot write %1: %2")
                    .arg(path, file.errorString()));
        e.at(path);
        return e;
    }
    return {};
}

} // namespace strata
