#pragma once

#include "editor/SqlColorScheme.h"

#include <Qsci/qscilexercustom.h>

#include <QByteArray>

namespace strata {

// PostgreSQL highlighting for QScintilla. QsciLexerSQL knows neither dollar quotes nor E''
// strings, so this lexer scans the text itself: PostgreSQL's own keywords (SqlKeywords), type
// names, function calls, '' / E'' / $tag$ strings, "quoted identifiers", -- and nested /* */
// comments, numbers. It also sets fold levels (parentheses and dollar-quoted bodies).
// Highlighting only: statements are split by libpg_query elsewhere, never by this scanner.
class SqlLexer : public QsciLexerCustom {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlLexer)
public:
    enum Style {
        Default = 0,
        Comment,
        Keyword,
        Type,
        Function,
        String,
        DollarString,
        Number,
        Operator,
        QuotedIdentifier,
        EscapeString, // E'...'
        StyleCount
    };

    explicit SqlLexer(QObject* parent = nullptr);

    const char* language() const override { return "PostgreSQL"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    bool caseSensitive() const override { return false; }
    int braceStyle() const override { return Operator; }
    const char* wordCharacters() const override;

    // Applies a colour scheme to every style (paper, colours, font).
    void setColorScheme(const SqlColorScheme& scheme);
    const SqlColorScheme& colorScheme() const { return m_scheme; }

    // The style of each byte of `utf8` (exposed for tests); fold levels are not computed.
    static QByteArray styles(const QByteArray& utf8);

private:
    static QByteArray scan(const QByteArray& text, QList<int>* lineLevels);

    SqlColorScheme m_scheme;
};

} // namespace strata
