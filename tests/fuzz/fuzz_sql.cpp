// The SQL splitter (libpg_query) and the classifier of each statement.
#include "FuzzInput.h"
#include "sql/SqlSplitter.h"
#include "sql/StatementClassifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString sql = strata::fuzz::text(data, size);
    strata::Result<QList<strata::SqlStatement>> statements =
        strata::SqlSplitter::split(sql, 1, QStringLiteral("/fuzz/r.sql"));
    if (!statements) {
        (void)statements.error().toString();
        return 0;
    }
    for (const strata::SqlStatement& st : *statements)
        (void)strata::StatementClassifier::classify(st.text);
    return 0;
}
