// Files that may hold data or secrets are private whatever the umask, and a name is never
// reused (issue 11, defects 1 and 2).
#include "config/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace strata;

namespace {

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// Runs with a permissive umask, restoring the old one.
class Umask {
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestPrivateFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modes_data() {
        QTest::addColumn<int>("umask");
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 077") << 077;
    }
    void modes() {
        QFETCH(int, umask);
        const Umask scoped{mode_t(umask)};
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("backups"));
        QVERIFY(PrivateFile::makeDir(sub).ok());
        QCOMPARE(modeOf(sub), 0700);
        const QString file = sub + QStringLiteral("/state.json");
        QVERIFY(PrivateFile::write(file, "{\"a\": 1}").ok());
        QCOMPARE(modeOf(file), 0600);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"a\": 1}"));
        // Rewriting keeps it private and leaves no temporary file behind.
        QVERIFY(PrivateFile::write(file, "b").ok());
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden), QStringList{"state.json"});
        const Result<QString> unique =
            PrivateFile::createUnique(sub, QStringLiteral("dev-x"), QStringLiteral(".dump"));
        QVERIFY(unique.ok());
        QCOMPARE(modeOf(*unique), 0600);
    }

    // Two backups in the same second get two files; neither is overwritten.
    void uniqueNames() {
        QTemporaryDir dir;
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            const Result<QString> p = PrivateFile::createUnique(
                dir.path(), QStringLiteral("dev-20261201T101010Z"), QStringLiteral(".dump"));
            QVERIFY(p.ok());
            names << QFileInfo(*p).fileName();
        }
        QCOMPARE(names, (QStringList{"dev-20261201T101010Z.dump", "dev-20261201T101010Z-2.dump",
                                     "dev-20261201T101010Z-3.dump"}));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
