// Links strata_core alone, so tests/CheckCoreNoGui.cmake can look at what it pulls in.
#include "Result.h"

int main() {
    strata::Error e(strata::ErrorCode::Internal, QStringLiteral("probe"));
    return e.toString().isEmpty() ? 1 : 0;
}
