#include "environments/ConnectionTest.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"

namespace strata {

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent) {}

ConnectionTest::~ConnectionTest() {
    m_work.cancel();
}

void ConnectionTest::start(const Environment& environment, int connectTimeoutSeconds) {
    m_work.cancel();
    const quint64 generation = ++m_generation;
    struct Outcome {
        bool ok = false;
        QString text;
    };
    m_work = async(
        this,
        [environment, connectTimeoutSeconds](const CancelToken&) {
            Outcome out;
            auto conn = EnvironmentConnector::open(environment, ConnectionPurpose::Status,
                                                   connectTimeoutSeconds);
            if (!conn) {
                out.text = conn.error().toString();
                return out;
            }
            out.ok = true;
            out.text = tr("PostgreSQL %1").arg((*conn)->serverVersionText());
            return out;
        },
        [this, generation](const Outcome& out) {
            if (generation == m_generation)
                emit finished(out.ok, out.text);
        });
}

void ConnectionTest::cancel() {
    m_work.cancel();
    ++m_generation;
}

} // namespace strata
