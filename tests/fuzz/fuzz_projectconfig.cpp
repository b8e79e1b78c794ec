// strata.toml: toml++ and every key check behind it.
#include "FuzzInput.h"
#include "config/ProjectConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    strata::Result<strata::ProjectConfig> config = strata::ProjectConfig::fromText(
        strata::fuzz::bytes(data, size), QStringLiteral("/fuzz/strata.toml"));
    if (!config) {
        (void)config.error().toString();
        return 0;
    }
    for (const strata::Environment& env : config->environments()) {
        (void)env.displayUrl();
        (void)env.conninfo();
    }
    return 0;
}
