// Alembic .py revisions: the metadata read without Python.
#include "FuzzInput.h"
#include "revision/AlembicScript.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    strata::Result<strata::Revision> rev = strata::AlembicScript::parse(
        strata::fuzz::text(data, size), QStringLiteral("/fuzz/versions/r.py"));
    if (!rev)
        (void)rev.error().toString();
    return 0;
}
