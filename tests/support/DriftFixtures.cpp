#include "DriftFixtures.h"

#include "SandboxDatabase.h"
#include "TestSupport.h"

namespace strata::test {

QString writeTwoEnvironmentProject(const QString& dir, const QString& urlA, const QString& urlB) {
    return copySampleProject(
        dir, QStringLiteral("[environments.a]\nurl = \"%1\"\n\n[environments.b]\nurl = \"%2\"\n")
                 .arg(urlA, urlB));
}

int sandboxCount(const QString& sql) {
    auto conn = testSandbox().connect();
    if (!conn)
        return -1;
    auto r = (*conn)->exec(sql);
    return r && r->rowCount() == 1 ? r->value(0, 0).toInt() : -1;
}

} // namespace strata::test
