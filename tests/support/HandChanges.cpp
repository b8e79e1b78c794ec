#include "HandChanges.h"

#include "SandboxDatabase.h"

namespace strata::test {

QList<HandChange> handChanges() {
    const QString table = QStringLiteral(
        "CREATE TABLE notes (id bigserial PRIMARY KEY, document_id bigint NOT NULL REFERENCES "
        "documents (id) ON DELETE CASCADE, body text);\n"
        "CREATE INDEX idx_notes_document ON notes (document_id);\n");
    const QString column =
        QStringLiteral("ALTER TABLE documents ADD COLUMN language text NOT NULL DEFAULT 'en';\n");
    const QString function = QStringLiteral(
        "CREATE FUNCTION word_count(t text) RETURNS integer LANGUAGE sql IMMUTABLE AS "
        "$$ SELECT coalesce(array_length(regexp_split_to_array(t, '\\s+'), 1), 0) $$;\n");
    const QString enumType =
        QStringLiteral("CREATE TYPE document_status AS ENUM ('draft', 'published');\n"
                       "ALTER TABLE documents ADD COLUMN status document_status;\n");
    return {
        {QStringLiteral("table with index and foreign key"), table, 0, false},
        {QStringLiteral("column"), column, 0, false},
        {QStringLiteral("function"), function, 0, false},
        {QStringLiteral("enum type"), enumType, 0, false},
        {QStringLiteral("default changed"),
         QStringLiteral("ALTER TABLE documents ALTER COLUMN title SET DEFAULT 'untitled';\n"), 0,
         false},
        {QStringLiteral("index dropped"), QStringLiteral("DROP INDEX idx_chunks_doc_idx;\n"), 0,
         false},
        {QStringLiteral("all at once"), enumType + table + function + column, 0, false},
        {QStringLiteral("column dropped (destructive)"),
         QStringLiteral("ALTER TABLE documents DROP COLUMN ingest_version;\n"), 1, true},
    };
}

QString execOn(const SandboxDatabase& db, const QString& sql) {
    auto conn = db.connect();
    if (!conn)
        return conn.error().toString();
    auto r = (*conn)->exec(sql);
    return r ? QString() : r.error().toString();
}

} // namespace strata::test
