// Forced into core's toml++ user in the fuzz build (core/CMakeLists.txt): toml++'s asserts are
// compiled out as in Debian's NDEBUG build of the library, so the fuzzer runs what users run.
#pragma once
#define TOML_ASSERT(expr) ((void)0)
