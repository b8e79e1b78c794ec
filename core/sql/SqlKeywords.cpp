#include "sql/SqlKeywords.h"

#include <QHash>

#include <algorithm>
#include <cstddef>
#include <cstdint>

// libpg_query does not export its keyword list through pg_query.h, but its static library
// carries PostgreSQL's generated tables (src/common/keywords.c): ScanKeywords, a
// ScanKeywordList (common/kwlookup.h), and ScanKeywordCategories, one category per keyword
// (0 unreserved, 1 column name, 2 type/function name, 3 reserved). The layout below mirrors
// PostgreSQL 15's struct; it stays private to this file.
extern "C" {
struct StrataPgScanKeywordList {
    const char* kw_string;
    const uint16_t* kw_offsets;
    int (*hash)(const void* key, size_t keylen);
    int num_keywords;
    int max_kw_len;
};
extern const StrataPgScanKeywordList ScanKeywords;
extern const uint8_t ScanKeywordCategories[];
}

namespace strata {

namespace {

KeywordCategory categoryOf(uint8_t c) {
    switch (c) {
    case 1:
        return KeywordCategory::ColumnName;
    case 2:
        return KeywordCategory::TypeFunctionName;
    case 3:
        return KeywordCategory::Reserved;
    default:
        return KeywordCategory::Unreserved;
    }
}

struct KeywordTable {
    QList<SqlKeyword> list;
    QHash<QString, KeywordCategory> byWord;

    KeywordTable() {
        const auto& kw = ScanKeywords;
        list.reserve(kw.num_keywords);
        for (int i = 0; i < kw.num_keywords; ++i) {
            const QString word = QString::fromLatin1(kw.kw_string + kw.kw_offsets[i]).toUpper();
            const KeywordCategory category = categoryOf(ScanKeywordCategories[i]);
            list.append({word, category});
            byWord.insert(word, category);
        }
        std::sort(list.begin(), list.end(),
                  [](const SqlKeyword& a, const SqlKeyword& b) { return a.word < b.word; });
    }
};

const KeywordTable& table() {
    static const KeywordTable t;
    return t;
}

} // namespace

const QList<SqlKeyword>& postgresKeywordList() {
    return table().list;
}

QStringList postgresKeywords() {
    QStringList out;
    out.reserve(table().list.size());
    for (const SqlKeyword& k : table().list)
        out.append(k.word);
    return out;
}

std::optional<KeywordCategory> postgresKeywordCategory(QStringView word) {
    const auto& byWord = table().byWord;
    const auto it = byWord.constFind(word.toString().toUpper());
    if (it == byWord.constEnd())
        return std::nullopt;
    return *it;
}

const QStringList& postgresBuiltinTypes() {
    static const QStringList types = {
        QStringLiteral("bigserial"),   QStringLiteral("bool"),        QStringLiteral("box"),
        QStringLiteral("bytea"),       QStringLiteral("cidr"),        QStringLiteral("circle"),
        QStringLiteral("citext"),      QStringLiteral("date"),        QStringLiteral("daterange"),
        QStringLiteral("float4"),      QStringLiteral("float8"),      QStringLiteral("hstore"),
        QStringLiteral("inet"),        QStringLiteral("int2"),        QStringLiteral("int4"),
        QStringLiteral("int4range"),   QStringLiteral("int8"),        QStringLiteral("int8range"),
        QStringLiteral("json"),        QStringLiteral("jsonb"),       QStringLiteral("line"),
        QStringLiteral("lseg"),        QStringLiteral("macaddr"),     QStringLiteral("money"),
        QStringLiteral("numrange"),    QStringLiteral("oid"),         QStringLiteral("path"),
        QStringLiteral("point"),       QStringLiteral("polygon"),     QStringLiteral("regclass"),
        QStringLiteral("regtype"),     QStringLiteral("serial"),      QStringLiteral("serial4"),
        QStringLiteral("serial8"),     QStringLiteral("smallserial"), QStringLiteral("text"),
        QStringLiteral("timestamptz"), QStringLiteral("timetz"),      QStringLiteral("tsquery"),
        QStringLiteral("tsrange"),     QStringLiteral("tstzrange"),   QStringLiteral("tsvector"),
        QStringLiteral("uuid"),        QStringLiteral("varbit"),      QStringLiteral("vector"),
        QStringLiteral("void"),        QStringLiteral("xml"),         QStringLiteral("record"),
        QStringLiteral("trigger"),     QStringLiteral("name"),        QStringLiteral("anyelement"),
    };
    return types;
}

const QStringList& postgresBuiltinFunctions() {
    static const QStringList functions = {
        QStringLiteral("abs"),
        QStringLiteral("age"),
        QStringLiteral("array_agg"),
        QStringLiteral("array_length"),
        QStringLiteral("avg"),
        QStringLiteral("clock_timestamp"),
        QStringLiteral("concat"),
        QStringLiteral("concat_ws"),
        QStringLiteral("count"),
        QStringLiteral("current_setting"),
        QStringLiteral("date_part"),
        QStringLiteral("date_trunc"),
        QStringLiteral("format"),
        QStringLiteral("gen_random_uuid"),
        QStringLiteral("generate_series"),
        QStringLiteral("jsonb_build_object"),
        QStringLiteral("jsonb_agg"),
        QStringLiteral("json_build_object"),
        QStringLiteral("length"),
        QStringLiteral("lower"),
        QStringLiteral("max"),
        QStringLiteral("min"),
        QStringLiteral("nextval"),
        QStringLiteral("now"),
        QStringLiteral("pg_advisory_lock"),
        QStringLiteral("pg_sleep"),
        QStringLiteral("quote_ident"),
        QStringLiteral("quote_literal"),
        QStringLiteral("regexp_replace"),
        QStringLiteral("replace"),
        QStringLiteral("round"),
        QStringLiteral("set_config"),
        QStringLiteral("setval"),
        QStringLiteral("split_part"),
        QStringLiteral("string_agg"),
        QStringLiteral("sum"),
        QStringLiteral("to_char"),
        QStringLiteral("to_jsonb"),
        QStringLiteral("to_timestamp"),
        QStringLiteral("to_tsvector"),
        QStringLiteral("unnest"),
        QStringLiteral("upper"),
    };
    return functions;
}

} // namespace strata
