#include "Result.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace strata::detail {

void resultMisuse(const char* what, const Error* error) {
    // Not through qFatal's message handler alone: the message must reach stderr even when a
    // test or the GUI installed its own handler.
    if (error)
        std::fprintf(stderr, "strata: Result misuse: %s: %s\n", what,
                     qPrintable(error->toString()));
    else
        std::fprintf(stderr, "strata: Result misuse: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

} // namespace strata::detail
