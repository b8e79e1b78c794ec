#pragma once

#include "schema/SchemaDiff.h"

#include <QString>

namespace strata::test {

// Every difference of `diff`, one line each ("column public.t.c changed default: [a] -> [b]"),
// for QVERIFY2 messages and for comparing a diff with what a test expects.
QString describe(const SchemaDiff& diff);

} // namespace strata::test
