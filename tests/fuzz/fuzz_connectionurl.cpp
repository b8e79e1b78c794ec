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
    (void)strata::checkVariableSyntax(url);
    (void)strata::expandVariables(url, QString());
    // No password stays where a password stands (the same letters elsewhere, in a host or a
    // database name, are that host or database), and redactText() leaves none of 4+ characters.
    if (!strata::ConnectionUrl::secrets(redacted).isEmpty() &&
        strata::ConnectionUrl::secrets(redacted) != QStringList{QStringLiteral("***")}) {
        std::fprintf(stderr, "a password survived redaction\n");
        std::abort();
    }
    const QString text = strata::ConnectionUrl::redactText(url, secrets);
    for (const QString& secret : secrets) {
        if (secret.size() >= 4 && secret != QStringLiteral("***") && text.contains(secret)) {
            std::fprintf(stderr, "redactText left a password\n");
            std::abort();
        }
    }
    return 0;
}
