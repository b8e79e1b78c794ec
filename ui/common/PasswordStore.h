#pragma once

#include "config/Environment.h"

#include <QHash>
#include <QObject>

namespace strata {

// Passwords typed in the studio, per project and environment: kept in memory for the session
// and, when the user asks, in the OS keyring (QtKeychain). Never shown, never logged; handed
// to libpq as Environment::password of a copy of the Environment (EnvironmentConnector passes
// it apart from the URL, after ${VAR} expansion; the URL is never edited).
class PasswordStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    explicit PasswordStore(QObject* parent = nullptr);

    static bool keyringAvailable();
    // The project the passwords belong to (keys in the keyring are "<project dir>/<env>"). The
    // same project again (a reload) keeps the passwords typed in this session; another one
    // starts without any.
    void setProject(const QString& projectDir, const QStringList& environments);
    bool has(const QString& environment) const { return m_passwords.contains(environment); }
    void setPassword(const QString& environment, const QString& password, bool remember);
    // Forgets a password typed for `environment` (it was removed or renamed).
    void forget(const QString& environment) { m_passwords.remove(environment); }
    // `environment` with its typed password (if any) in Environment::password.
    Environment apply(const Environment& environment) const;

signals:
    // A remembered password was read from the keyring.
    void passwordLoaded(const QString& environment);

private:
    QString key(const QString& environment) const;

    QString m_projectDir;
    QHash<QString, QString> m_passwords;
};

} // namespace strata
