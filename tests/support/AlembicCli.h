#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>

namespace strata::test {

// Debian's Alembic (`/usr/bin/python3 -m alembic -c DIR/alembic.ini ARGS`) run in `dir`, the
// twin the Alembic tests compare Strata with. `hashSeed` fixes PYTHONHASHSEED (Alembic keeps
// branch labels in a set, so their order follows it).
CliRun runAlembic(const QString& dir, const QStringList& args, int hashSeed = 0);

// Alembic's output for `args` equal to `expected` under some hash seed (Alembic keeps branch
// points and labels in sets, so with several labels their order depends on the seed), else the
// first seed's output (so that a QCOMPARE shows a real Alembic output).
QString alembicMatching(const QString& dir, const QStringList& args, const QString& expected);

// Empty when Debian's python3-alembic and python3-psycopg2 import, else why not (for QVERIFY2
// in initTestCase: the tests fail, never skip, without them).
QString debianAlembicMissing();

} // namespace strata::test
