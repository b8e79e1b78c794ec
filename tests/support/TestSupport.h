#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace strata::test {

// What a run of the `strata` binary printed and returned.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built `strata` with `args` (working directory `cwd` if given), waits up to `timeoutMs`.
CliRun runCli(const QStringList& args, const QString& cwd = {}, int timeoutMs = 60000);

// Writes `text` to `dir/relativePath`, creating folders. Returns the absolute path.
QString writeFile(const QString& dir, const QString& relativePath, const QString& text);
QString readFile(const QString& path);

// Each error's toString() ("file:line:column: message"), for QCOMPARE with the expected texts.
QStringList errorTexts(const QList<Error>& errors);

// The repository's sample project (migrations/).
QString sampleProjectDir();

// A copy of the sample project's revisions in `dir`/versions with `toml` as its strata.toml
// (environments of the test's own databases). Returns `dir`.
QString copySampleProject(const QString& dir, const QString& toml);

// The files of `from` (a fixture folder) written under `to`, without `extra/` and
// `__pycache__`.
void copyTree(const QString& from, const QString& to);

} // namespace strata::test
