// Connection URLs and conninfo strings: normalisation, redaction, secrets, ${VAR} expansion.
// Invariant: redactText() leaves no password of 4+ characters (what redact() leaves of a malformed
// string is checked by tests/unit/tst_connectionurl and tests/integration/tst_secrets).
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
    (void)strata::checkVariableSyntax(url);
    (void)strata::expandVariables(url, QString());
    (void)strata::ConnectionUrl::redact(redacted);
    // redactText() leaves no password of 4+ characters anywhere.
    const QString text = strata::ConnectionUrl::redactText(url, secrets);
    for (const QString& secret : secrets) {
        if (secret.size() >= 4 && !secret.contains(QLatin1Char('*')) && text.contains(secret)) {
            std::fprintf(stderr, "redactText left a password\n");
            std::abort();
        }
    }
    return 0;
}
