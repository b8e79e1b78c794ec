#include "common/PasswordStore.h"

#ifdef STRATA_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace strata {

namespace {
const QString kService = QStringLiteral("strata-studio");
}

PasswordStore::PasswordStore(QObject* parent)
    : QObject(parent) {}

bool PasswordStore::keyringAvailable() {
#ifdef STRATA_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordStore::key(const QString& environment) const {
    return m_projectDir + QLatin1Char('/') + environment;
}

void PasswordStore::setProject(const QString& projectDir, const QStringList& environments) {
    // The same project again (File > Reload, or strata.toml edited in the studio): the
    // passwords typed in this session are kept, as the README promises. Another project: none
    // of its passwords may leak into it.
    if (projectDir != m_projectDir)
        m_passwords.clear();
    m_projectDir = projectDir;
#ifdef STRATA_HAVE_KEYCHAIN
    for (const QString& env : environments) {
        if (m_passwords.contains(env))
            continue;
        auto* job = new QKeychain::ReadPasswordJob(
            kService); // unparented: libsecret may answer after we are gone
        job->setKey(key(env));
        connect(job, &QKeychain::Job::finished, this,
                [this, env, dir = projectDir](QKeychain::Job* done) {
                    auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
                    if (read->error() == QKeychain::NoError && dir == m_projectDir &&
                        !m_passwords.contains(env)) {
                        m_passwords.insert(env, read->textData());
                        emit passwordLoaded(env);
                    }
                });
        job->start();
    }
#else
    Q_UNUSED(environments)
#endif
}

void PasswordStore::setPassword(const QString& environment, const QString& password,
                                bool remember) {
    m_passwords.insert(environment, password);
#ifdef STRATA_HAVE_KEYCHAIN
    if (remember) {
        auto* job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key(environment));
        job->setTextData(password);
        job->start();
    }
#else
    Q_UNUSED(remember)
#endif
}

Environment PasswordStore::apply(const Environment& environment) const {
    Environment out = environment;
    auto it = m_passwords.constFind(environment.name);
    if (it != m_passwords.constEnd())
        out.password = it.value(); // EnvironmentConnector hands it to libpq apart from the URL
    return out;
}

} // namespace strata
