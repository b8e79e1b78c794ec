#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace strata {

// PostgreSQL's keyword categories (src/include/parser/kwlist.h).
enum class KeywordCategory {
    Unreserved,       // UNRESERVED_KEYWORD
    ColumnName,       // COL_NAME_KEYWORD: cannot be a function or type name (INT, VALUES, ...)
    TypeFunctionName, // TYPE_FUNC_NAME_KEYWORD: can be a function or type name (LEFT, SIMILAR)
    Reserved,         // RESERVED_KEYWORD
};

struct SqlKeyword {
    QString word; // upper case ("CONCURRENTLY")
    KeywordCategory category = KeywordCategory::Unreserved;
};

// PostgreSQL's own keyword list, read from the ScanKeywords/ScanKeywordCategories tables that
// libpg_query (the PostgreSQL 15 parser) carries; the same words the grammar knows. Sorted,
// computed once, safe from any thread.
const QList<SqlKeyword>& postgresKeywordList();
// The words only, upper case.
QStringList postgresKeywords();
// The category of a keyword (any case); nullopt when it is not a keyword.
std::optional<KeywordCategory> postgresKeywordCategory(QStringView word);

// Built-in type names worth highlighting that are not keywords (text, int4, jsonb, ...),
// lower case.
const QStringList& postgresBuiltinTypes();
// Common built-in functions (now, coalesce, format, ...), lower case.
const QStringList& postgresBuiltinFunctions();

} // namespace strata
