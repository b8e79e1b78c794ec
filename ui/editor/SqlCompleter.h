#pragma once

#include "schema/CompletionCatalog.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace strata {

// What to offer at the caret: PostgreSQL keywords, and the schemas, tables, columns, types and
// functions of a CompletionCatalog. After "schema." only that schema's tables, after
// "table." (or "schema.table.", or an alias declared as "FROM table alias") its columns.
class SqlCompleter {
public:
    void setCatalog(CompletionCatalog catalog) { m_catalog = std::move(catalog); }
    const CompletionCatalog& catalog() const { return m_catalog; }

    // The word being typed at the end of `textBeforeCaret` (may be empty).
    static QString prefixOf(QStringView textBeforeCaret);

    // Candidates for the end of `textBeforeCaret`; `wholeText` is searched for table aliases.
    // Sorted case-insensitively, at most `limit`. Without a qualifier an empty prefix gives
    // nothing (no list pops up on a blank).
    QStringList candidates(QStringView textBeforeCaret, QStringView wholeText = {},
                           int limit = 400) const;

private:
    CompletionCatalog m_catalog;
};

} // namespace strata
