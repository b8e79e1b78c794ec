# Precompiled headers: parsing Qt's and the standard library's headers is most of every
# translation unit's compile time (a GUI test: ~7 s of ~11 s). One precompiled header per set of
# compile flags, reused by the targets that share them (REUSE_FROM); GCC's -Winvalid-pch with
# -Werror (the ci preset) fails the build if a reuse does not match. Configure with
# -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON to check that every file includes what it uses (the
# fuzz preset compiles ProjectConfig.cpp and LintSettingsReader.cpp without, which catches some).
set(STRATA_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QProcess> <QRegularExpression> <QSet>
    <QString> <QStringList> <QUrl> <algorithm> <atomic> <functional> <memory> <mutex>
    <optional> <vector>)
set(STRATA_PCH_WIDGETS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QPainter> <QPushButton>
    <QToolButton> <QTreeWidget> <QTableView> <QVBoxLayout> <QWidget> <Qsci/qsciscintilla.h>)
set(STRATA_PCH_TEST
    <QTest> <QSignalSpy> <QTemporaryDir> <QDirIterator> <QElapsedTimer>)

# The tests' own code is compiled without optimisation (the code under test keeps the build
# type's): at -O2, code generation was ~85% of a test's compile time.
set(STRATA_TEST_COMPILE_OPTIONS -O0)
