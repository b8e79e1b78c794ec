// .env files as python-dotenv reads them.
#include "FuzzInput.h"
#include "config/EnvFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    strata::Result<strata::EnvFile> env =
        strata::EnvFile::parse(strata::fuzz::text(data, size), QStringLiteral("/fuzz/.env"));
    if (!env)
        (void)env.error().toString();
    return 0;
}
