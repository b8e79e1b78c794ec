#include "dialogs/AuthoringJob.h"

namespace strata {

namespace {

AuthoringOutcome author(const ProjectConfig& config, const QString& versionsDir,
                        const AlembicRevisionAuthor::Request& request) {
    AuthoringOutcome outcome;
    Result<RevisionAuthor::Written> written = RevisionAuthor::write(config, versionsDir, request);
    if (written) {
        outcome.ok = true;
        outcome.path = written->path;
        outcome.warning = written->warning;
    } else {
        outcome.error = written.error().toString();
    }
    return outcome;
}

} // namespace

AsyncHandle writeRevision(QObject* context, const ProjectConfig& config, const QString& versionsDir,
                          const AlembicRevisionAuthor::Request& request,
                          std::function<void(const AuthoringOutcome&)> done) {
    if (!RevisionAuthor::writesPython(config, RevisionAuthor::Format::Auto)) {
        done(author(config, versionsDir, request));
        return {};
    }
    return async(
        context,
        [config, versionsDir, request](const CancelToken&) {
            return author(config, versionsDir, request);
        },
        [done = std::move(done)](const AuthoringOutcome& outcome) { done(outcome); });
}

} // namespace strata
