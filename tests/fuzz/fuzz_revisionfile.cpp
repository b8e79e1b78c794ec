// Revision files (.sql): header, sections, line numbers, checksums.
#include "FuzzInput.h"
#include "revision/RevisionFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QList<strata::Error> warnings;
    strata::Result<strata::Revision> rev = strata::RevisionFile::parse(
        strata::fuzz::text(data, size), QStringLiteral("/fuzz/versions/r.sql"), &warnings);
    if (rev) {
        strata::RevisionFile::fillChecksums(*rev);
        (void)strata::RevisionFile::validateId(rev->id);
    } else {
        (void)rev.error().toString();
    }
    return 0;
}
