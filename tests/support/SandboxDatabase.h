#pragma once

#include "Result.h"
#include "db/Connection.h"
#include "sandbox/Sandbox.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace strata::test {

// The error text of a failed Result, empty for a good one. For QVERIFY2, which evaluates its
// message even when the check passes: QVERIFY2(r, describe(r).constData()).
template <typename R>
QByteArray describe(const R& result) {
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// The sandbox the integration tests run against: the folder in $STRATA_TEST_SANDBOX (set by
// CTest; the `sandbox` fixture starts it). Aborts the test (qFatal) with a clear message when
// the variable is unset or the sandbox is not running: integration tests fail, never skip.
Sandbox& testSandbox();
// The sandbox of one server major, for a test registered with
// strata_server_test(<test> MAJORS <major> ...) (tests/ServerMatrix.cmake): the folder in
// $STRATA_TEST_SANDBOX_<major>. qFatal, like testSandbox(), when unset or not running.
Sandbox& testSandboxOn(int major);
// The majors whose sandboxes this test was given ($STRATA_TEST_SANDBOX_<major> set), ascending.
QList<int> testServerMajors();

// A fresh database for one test: created (uniquely named "<prefix>_<pid>_<n>") in the
// constructor, dropped WITH (FORCE) in the destructor.
class SandboxDatabase {
public:
    explicit SandboxDatabase(const QString& prefix = QStringLiteral("test"));
    // The same on another sandbox (testSandboxOn(major)); `sandbox` outlives the database.
    SandboxDatabase(Sandbox& sandbox, const QString& prefix);
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    const QString& name() const { return m_name; }
    // postgresql://postgres@127.0.0.1:PORT/<name>
    QString url() const { return m_url; }
    int port() const;
    Result<std::unique_ptr<Connection>> connect(const ConnectionOptions& options = {}) const;
    // The first column of the first row of `sql` on a new connection, "<no connection>" or
    // "<error: MESSAGE>": for QCOMPARE.
    QString scalar(const QString& sql) const;
    // alembic_version's rows, sorted and comma-joined; `whenMissing` when there is no such table.
    QString versionRows(const QString& whenMissing = QStringLiteral("<no table>")) const;

private:
    Sandbox* m_sandbox = nullptr;
    QString m_name;
    QString m_url;
};

} // namespace strata::test
