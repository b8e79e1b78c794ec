#include "dialogs/AuthoringJob.h"

namespace strata {

AsyncHandle writeRevisionAsync(QObject* context, const ProjectConfig& config,
                               const QString& versionsDir,
                               const AlembicRevisionAuthor::Request& request,
                               std::function<void(const AuthoringOutcome&)> done) {
    return async(
        context,
        [config, versionsDir, request](const CancelToken&) {
            AuthoringOutcome outcome;
            Result<RevisionAuthor::Written> written =
                RevisionAuthor::write(config, versionsDir, request);
            if (written) {
                outcome.ok = true;
                outcome.path = written->path;
                outcome.warning = written->warning;
            } else {
                outcome.error = written.error().toString();
            }
            return outcome;
        },
        [done = std::move(done)](const AuthoringOutcome& outcome) { done(outcome); });
}

} // namespace strata
