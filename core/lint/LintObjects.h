#pragma once

#include <QSet>
#include <QString>

namespace strata {

// The objects a stretch of SQL creates (or drops), by kind and name: what the linter knows of
// "a table created earlier in this revision" and "what the upgrade created".
// Kinds: "table" (also views, materialized views, sequences: relations), "index", "column"
// (name "table.column"), "type", "function", "schema", "extension", "constraint"
// ("table.name"), "trigger" ("table.name"), "policy" ("table.name"), "domain", and "code"
// (name "*"): a DO block or CALL ran, which may have created anything.
// Names compare without their schema when either side is written without one
// (`items` matches `public.items`).
class LintObjects {
public:
    void add(const QString& kind, const QString& name);
    bool contains(const QString& kind, const QString& name) const;
    bool isEmpty() const { return m_qualified.isEmpty(); }

private:
    QSet<QString> m_qualified; // "kind\x1fname" as written
    QSet<QString> m_bare;      // "kind\x1fname without its schema"
};

} // namespace strata
