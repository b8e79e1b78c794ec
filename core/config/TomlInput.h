#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace strata {

// Guards strata.toml text before toml++ 3.3 parses it. toml++'s
// impl::is_non_ascii_horizontal_whitespace() reaches __builtin_unreachable() for U+00A1..U+0499
// (Latin-1 supplement to Cyrillic: "é", Vietnamese "ô", "ư"), U+2C5E..U+3057 but U+3000 (CJK
// punctuation "、。") and U+FB26..U+FEFE (presentation forms): the blocks its lookup table
// leaves to a switch without a case for them. The parser asks about whitespace in
// whitespace positions (after a line-ending backslash in a """string""", at the start of a
// line): undefined behaviour, found by tests/fuzz/fuzz_projectconfig with toml++ instrumented.
// Those code points are shifted into the private use area (blocks 56-59, which toml++
// classifies safely) before parsing, and every string toml++ gives back is shifted home.
namespace TomlInput {

// The text to hand to toml++. ErrorCode::Parse (with line and column) for text that is not
// UTF-8, holds a raw control character other than tab and line ends (TOML forbids them; toml++
// asserts on one after '['), or already holds a code point of the shifted range.
Result<QByteArray> protect(const QByteArray& utf8, const QString& path);

// A string from toml++ (a key, a value, an error description) with the shift undone.
QString restore(std::string_view text);

} // namespace TomlInput

} // namespace strata
