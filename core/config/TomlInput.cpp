#include "TomlInput.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace strata::TomlInput {

namespace {

// The code points toml++ 3.3 cannot classify (its lookup's blocks 0 and 63 fall through to
// TOML_UNREACHABLE), and where each is moved: ranges its lookup answers "not whitespace" for,
// inside the private use area.
struct Shift {
    char16_t first;
    char16_t last;
    char16_t to;
    bool contains(char16_t c) const { return c >= first && c <= last; }
    bool containsShifted(char16_t c) const { return c >= to && c <= to + (last - first); }
};
constexpr Shift kShifts[] = {
    {0x00A1, 0x0499, 0xE0A1}, // Latin-1 supplement .. Cyrillic (block 0)
    {0x2C5E, 0x2FFF, 0xE600}, // Glagolitic .. Kangxi radicals (block 11) ...
    {0x3001, 0x3057, 0xEA00}, // ... CJK punctuation "、。" and early hiragana (block 11)
    {0xFB26, 0xFEFE, 0xEB26}, // Hebrew presentation forms .. Arabic presentation forms-B (63)
};

Error at(const QString& path, const QString& text, qsizetype index, const QString& message) {
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++column;
        }
    }
    Error e(ErrorCode::Parse, message);
    e.at(path, line, column);
    return e;
}

} // namespace

Result<QByteArray> protect(const QByteArray& utf8, const QString& path) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        return at(path, text, bad < 0 ? text.size() : bad,
                  QCoreApplication::translate("strata", "not valid UTF-8"));
    }
    bool shifted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        // TOML allows no raw control character but tab and line ends (toml++ 3.3 asserts on
        // one after '[', and assumes it away in release builds).
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F)
            return at(
                path, text, i,
                QCoreApplication::translate("strata", "control character U+%1 is not allowed here")
                    .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')));
        for (const Shift& s : kShifts) {
            if (s.containsShifted(c))
                return at(
                    path, text, i,
                    QCoreApplication::translate("strata", "unsupported private-use character U+%1")
                        .arg(QString::number(uint(c), 16).toUpper()));
            if (s.contains(c)) {
                text[i] = QChar(char16_t(c - s.first + s.to));
                shifted = true;
            }
        }
    }
    return shifted ? text.toUtf8() : utf8;
}

QString restore(std::string_view view) {
    QString text = QString::fromUtf8(view.data(), qsizetype(view.size()));
    for (QChar& ch : text) {
        const char16_t c = ch.unicode();
        for (const Shift& s : kShifts)
            if (s.containsShifted(c))
                ch = QChar(char16_t(c - s.to + s.first));
    }
    return text;
}

} // namespace strata::TomlInput
