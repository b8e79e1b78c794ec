#include "KindsDatabase.h"

#include "SchemaKindsFixture.h"
#include "db/Connection.h"
#include "sandbox/Sandbox.h"
#include "schema/SnapshotReader.h"

#include <utility>

namespace strata::test {

KindsDatabase::KindsDatabase(Sandbox& sandbox, QString name)
    : m_sandbox(sandbox)
    , m_name(std::move(name)) {}

KindsDatabase::~KindsDatabase() {
    if (m_snapshot)
        (void)m_sandbox.dropDatabase(m_name);
}

const SchemaSnapshot& KindsDatabase::snapshot() {
    if (m_snapshot)
        return *m_snapshot;
    if (!m_sandbox.createDatabase(m_name).ok())
        qFatal("cannot create %s", qPrintable(m_name));
    auto conn = m_sandbox.connect(m_name);
    if (!conn)
        qFatal("cannot connect to %s: %s", qPrintable(m_name), qPrintable(conn.error().toString()));
    auto built = (*conn)->exec(schemaKindsSql((*conn)->serverVersion()));
    if (!built)
        qFatal("kinds fixture failed: %s", qPrintable(built.error().toString()));
    auto snap = SnapshotReader::read(**conn);
    if (!snap)
        qFatal("snapshot failed: %s", qPrintable(snap.error().toString()));
    m_snapshot = std::move(snap.value());
    return *m_snapshot;
}

Result<SchemaSnapshot>
KindsDatabase::cloneWith(const QString& sql,
                         const std::function<QString(const SchemaSnapshot&)>& then,
                         Result<SchemaSnapshot>* after) {
    snapshot();
    const QString name = m_name + QStringLiteral("_%1").arg(++m_clones);
    {
        auto admin = m_sandbox.connect();
        if (!admin)
            return admin.error();
        STRATA_TRY((*admin)->exec(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                .arg((*admin)->quoteIdentifier(name), (*admin)->quoteIdentifier(m_name))));
    }
    Result<SchemaSnapshot> result = Error(ErrorCode::Internal, QStringLiteral("not run"));
    {
        auto conn = m_sandbox.connect(name);
        if (!conn) {
            (void)m_sandbox.dropDatabase(name);
            return conn.error();
        }
        auto changed = (*conn)->exec(sql);
        result = changed ? SnapshotReader::read(**conn) : Result<SchemaSnapshot>(changed.error());
        if (!result)
            qWarning("%s: %s", qPrintable(name), qPrintable(result.error().toString()));
        const QString next = result && then ? then(*result) : QString();
        if (!next.isEmpty() && after) {
            auto ran = (*conn)->exec(next);
            *after = ran ? SnapshotReader::read(**conn) : Result<SchemaSnapshot>(ran.error());
        }
    }
    (void)m_sandbox.dropDatabase(name);
    return result;
}

} // namespace strata::test
