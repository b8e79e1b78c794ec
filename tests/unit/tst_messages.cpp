// Core's and the CLI's messages go through Qt's translation system: with a translator
// installed, the texts users see come from it.
#include "TestSupport.h"

#include "config/ProjectConfig.h"
#include "revision/RevisionFile.h"
#include "revision/RevisionGraph.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace strata;

namespace {

// Marks every text it is asked for, so a test can tell translated texts from literals.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString ctx = QString::fromLatin1(context);
        if (ctx != QLatin1String("strata") && ctx != QLatin1String("strata::cli"))
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

Revision revision(const QString& id, const QStringList& parents) {
    Revision r;
    r.id = id;
    r.parents = parents;
    r.fileName = id + QStringLiteral(".sql");
    r.filePath = QStringLiteral("/p/") + r.fileName;
    return r;
}

} // namespace

class TestMessages : public QObject {
    Q_OBJECT

private:
    MarkingTranslator m_translator;

private Q_SLOTS:
    void initTestCase() { QVERIFY(QCoreApplication::installTranslator(&m_translator)); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void coreMessages_data() {
        QTest::addColumn<QString>("message");
        QTest::newRow("revision file")
            << RevisionFile::parse(u"-- Revises:\n\n-- migrate:upgrade\n", QStringLiteral("a.sql"))
                   .error()
                   .message;
        QTest::newRow("graph cycle")
            << RevisionGraph::fromRevisions({revision(QStringLiteral("a"), {QStringLiteral("b")}),
                                             revision(QStringLiteral("b"), {QStringLiteral("a")})})
                   .error()
                   .message;
        QTemporaryDir dir;
        strata::test::writeFile(dir.path(), QStringLiteral("strata.toml"),
                                QStringLiteral("[project]\nverions = \"v\"\n"));
        QTest::newRow("config unknown key")
            << ProjectConfig::load(dir.path() + QStringLiteral("/strata.toml")).error().message;
    }
    void coreMessages() {
        QFETCH(QString, message);
        QVERIFY2(message.startsWith(QStringLiteral("«")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
