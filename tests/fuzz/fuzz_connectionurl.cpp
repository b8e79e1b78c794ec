// Connection URLs and conninfo strings: normalisation, redaction, secrets, ${VAR} expansion.
// Invariant checked: no password found in the text survives redaction.
#include "FuzzInput.h"
#include "config/ConnectionUrl.h"
#include "config/Environment.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString url = strata::fuzz::text(data, size);
    const QString normalised = strata::ConnectionUrl::normalise(url);
    (void)strata::ConnectionUrl::isUri(url);
    const QString redacted = strata::ConnectionUrl::redact(normalised);
    (void)strata::ConnectionUrl::hasPassword(url);
    const QStringList secrets = strata::ConnectionUrl::secrets(normalised);
    (void)strata::ConnectionUrl::redactText(url, secrets);
    (void)strata::checkVariableSyntax(url);
    (void)strata::expandVariables(url, QString());
    for (const QString& secret : secrets) {
        // A long password must never come out of redact() (short ones may match other text).
        if (secret.size() >= 8 && redacted.contains(secret)) {
            std::fprintf(stderr, "password survived redaction\n");
            std::abort();
        }
    }
    return 0;
}
