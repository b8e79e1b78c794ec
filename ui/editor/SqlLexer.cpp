#include "editor/SqlLexer.h"
#include "common/Preferences.h"

#include "sql/SqlKeywords.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QSet>

namespace strata {

namespace {

bool isWordStart(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}

bool isWordChar(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Keyword-spelled type names (INT, VARCHAR, TIMESTAMP, ...) shown in the type colour.
const QSet<QByteArray>& keywordTypes() {
    static const QSet<QByteArray> types = {
        "bigint",  "bit",       "boolean", "char",     "character", "dec",       "decimal",
        "double",  "float",     "int",     "integer",  "interval",  "national",  "nchar",
        "numeric", "precision", "real",    "smallint", "time",      "timestamp", "varchar",
        "varying", "zone",      "setof",   "json",
    };
    return types;
}

const QSet<QByteArray>& builtinTypes() {
    static const QSet<QByteArray> types = [] {
        QSet<QByteArray> s;
        for (const QString& t : postgresBuiltinTypes())
            s.insert(t.toLatin1());
        return s;
    }();
    return types;
}

const QSet<QByteArray>& builtinFunctions() {
    static const QSet<QByteArray> functions = [] {
        QSet<QByteArray> s;
        for (const QString& f : postgresBuiltinFunctions())
            s.insert(f.toLatin1());
        return s;
    }();
    return functions;
}

// Dollar-quote tag at text[i] ("$$" or "$tag$"); returns its length or 0.
int dollarTag(const QByteArray& text, int i) {
    const int n = int(text.size());
    if (i >= n || text[i] != '$')
        return 0;
    int j = i + 1;
    if (j < n && text[j] == '$')
        return 2;
    if (j >= n || !isWordStart(text[j]))
        return 0;
    while (j < n && (isWordStart(text[j]) || isDigit(text[j])))
        ++j;
    return (j < n && text[j] == '$') ? j - i + 1 : 0;
}

// A dollar quote at `i` opens a code body (DO $$, AS $$, AS $fn$), not a string literal.
bool isCodeBody(const QByteArray& text, int i) {
    int k = i;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\n' ||
                     text[k - 1] == '\r'))
        --k;
    int w = k;
    while (w > 0 && isWordChar(text[w - 1]))
        --w;
    const QByteArray word = text.mid(w, k - w).toLower();
    return word == "do" || word == "as";
}

} // namespace

SqlLexer::SqlLexer(QObject* parent)
    : QsciLexerCustom(parent) {
    setColorScheme(SqlColorScheme::forPalette(QPalette()));
}

QString SqlLexer::description(int style) const {
    switch (style) {
    case Default:
        return tr("Default");
    case Comment:
        return tr("Comment");
    case Keyword:
        return tr("Keyword");
    case Type:
        return tr("Type");
    case Function:
        return tr("Function");
    case String:
        return tr("String");
    case DollarString:
        return tr("Dollar-quoted string");
    case Number:
        return tr("Number");
    case Operator:
        return tr("Operator");
    case QuotedIdentifier:
        return tr("Quoted identifier");
    case EscapeString:
        return tr("Escape string");
    default:
        return {};
    }
}

const char* SqlLexer::wordCharacters() const {
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
}

void SqlLexer::setColorScheme(const SqlColorScheme& scheme) {
    m_scheme = scheme;
    QFont font = Preferences::editorFont();
    setDefaultFont(font);
    setDefaultPaper(scheme.paper);
    setDefaultColor(scheme.text);
    const QColor colours[StyleCount] = {
        scheme.text,          scheme.comment,          scheme.keyword,      scheme.type,
        scheme.function,      scheme.standardString,   scheme.dollarString, scheme.number,
        scheme.operatorColor, scheme.quotedIdentifier, scheme.string};
    for (int s = 0; s < StyleCount; ++s) {
        setColor(colours[s], s);
        setPaper(scheme.paper, s);
        QFont f = font;
        f.setBold(s == Keyword && scheme.keywordBold);
        f.setItalic(s == Comment && scheme.commentItalic);
        setFont(f, s);
    }
}

QByteArray SqlLexer::styles(const QByteArray& utf8) {
    return scan(utf8, nullptr);
}

QByteArray SqlLexer::scan(const QByteArray& text, QList<int>* lineLevels) {
    const int n = int(text.size());
    QByteArray out(n, char(Default));
    int depth = 0;
    auto fill = [&](int from, int to, Style s) {
        for (int k = from; k < to && k < n; ++k)
            out[k] = char(s);
    };
    // Fold depth at the start of each line.
    auto newlines = [&](int from, int to, int levelDelta) {
        if (!lineLevels)
            return;
        for (int k = from; k < to && k < n; ++k)
            if (text[k] == '\n')
                lineLevels->append(depth + levelDelta);
    };
    if (lineLevels)
        lineLevels->append(0);

    int i = 0;
    while (i < n) {
        const char c = text[i];
        const char next = i + 1 < n ? text[i + 1] : '\0';
        if (c == '-' && next == '-') {
            int j = i;
            while (j < n && text[j] != '\n')
                ++j;
            fill(i, j, Comment);
            i = j;
        } else if (c == '/' && next == '*') {
            int j = i + 2, nest = 1;
            while (j < n && nest > 0) {
                if (text[j] == '/' && j + 1 < n && text[j + 1] == '*') {
                    ++nest;
                    j += 2;
                } else if (text[j] == '*' && j + 1 < n && text[j + 1] == '/') {
                    --nest;
                    j += 2;
                } else {
                    ++j;
                }
            }
            fill(i, j, Comment);
            newlines(i, j, 1);
            i = j;
        } else if (c == '\'' || ((c == 'E' || c == 'e') && next == '\'' &&
                                 (i == 0 || !isWordChar(text[i - 1])))) {
            const bool escapes = c != '\'';
            int j = i + (escapes ? 2 : 1);
            while (j < n) {
                if (escapes && text[j] == '\\' && j + 1 < n) {
                    j += 2;
                    continue;
                }
                if (text[j] == '\'') {
                    if (j + 1 < n && text[j + 1] == '\'') {
                        j += 2;
                        continue;
                    }
                    ++j;
                    break;
                }
                ++j;
            }
            fill(i, j, escapes ? EscapeString : String);
            newlines(i, j, 1);
            i = j;
        } else if (c == '"') {
            int j = i + 1;
            while (j < n) {
                if (text[j] == '"') {
                    if (j + 1 < n && text[j + 1] == '"') {
                        j += 2;
                        continue;
                    }
                    ++j;
                    break;
                }
                ++j;
            }
            fill(i, j, QuotedIdentifier);
            newlines(i, j, 0);
            i = j;
        } else if (const int tag = (i == 0 || !isWordChar(text[i - 1])) ? dollarTag(text, i) : 0;
                   tag > 0) {
            const QByteArray delimiter = text.mid(i, tag);
            const qsizetype close = text.indexOf(delimiter, i + tag);
            const int j = close < 0 ? n : int(close) + tag;
            if (isCodeBody(text, i)) {
                // DO $$ ... $$ / AS $$ ... $$: the body is code, highlighted as such; the
                // delimiters keep the string colour.
                const int bodyEnd = close < 0 ? n : int(close);
                QList<int> inner;
                const QByteArray innerStyles =
                    scan(text.mid(i + tag, bodyEnd - i - tag), lineLevels ? &inner : nullptr);
                fill(i, i + tag, DollarString);
                for (int k = 0; k < innerStyles.size(); ++k)
                    out[i + tag + k] = innerStyles[k];
                fill(bodyEnd, j, DollarString);
                if (lineLevels)
                    for (int k = 1; k < inner.size(); ++k)
                        lineLevels->append(depth + 1 + inner[k]);
            } else {
                fill(i, j, DollarString);
                newlines(i, j, 1);
            }
            i = j;
        } else if (isDigit(c) || (c == '.' && isDigit(next))) {
            int j = i;
            while (j < n && (isDigit(text[j]) || text[j] == '.' || text[j] == '_' ||
                             ((text[j] == 'e' || text[j] == 'E') && j + 1 < n &&
                              (isDigit(text[j + 1]) || text[j + 1] == '-' || text[j + 1] == '+')) ||
                             ((text[j] == '-' || text[j] == '+') &&
                              (text[j - 1] == 'e' || text[j - 1] == 'E'))))
                ++j;
            if (j < n && isWordChar(text[j])) { // part of an identifier (t1x...), not a number
                while (j < n && isWordChar(text[j]))
                    ++j;
            } else {
                fill(i, j, Number);
            }
            i = j;
        } else if (isWordStart(c)) {
            int j = i;
            while (j < n && isWordChar(text[j]))
                ++j;
            const QByteArray word = text.mid(i, j - i).toLower();
            const bool call = j < n && text[j] == '('; // "f(", not "t (col)"
            const bool qualified = i > 0 && text[i - 1] == '.';
            Style s = Default;
            if (keywordTypes().contains(word) || builtinTypes().contains(word))
                s = Type;
            else if (!qualified && postgresKeywordCategory(QString::fromLatin1(word)))
                s = Keyword;
            else if (call || builtinFunctions().contains(word))
                s = Function;
            fill(i, j, s);
            i = j;
        } else {
            if (c == '(' || c == '[')
                ++depth;
            else if ((c == ')' || c == ']') && depth > 0)
                --depth;
            if (QByteArrayView("()[],;+-*/<>=~!@#%^&|`?:").contains(c))
                out[i] = char(Operator);
            if (c == '\n' && lineLevels)
                lineLevels->append(depth);
            ++i;
        }
    }
    return out;
}

void SqlLexer::styleText(int /*start*/, int /*end*/) {
    QsciScintilla* ed = editor();
    if (!ed)
        return;
    // Revision sections are small: restyle the whole text so that a dollar quote opened far
    // above is always right.
    const int length = int(ed->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    const QByteArray text = ed->bytes(0, length).left(length);
    QList<int> levels;
    const QByteArray style = scan(text, &levels);
    startStyling(0);
    int runStart = 0;
    for (int k = 1; k <= length; ++k) {
        if (k == length || style[k] != style[runStart]) {
            setStyling(k - runStart, int(static_cast<unsigned char>(style[runStart])));
            runStart = k;
        }
    }
    const int lines = ed->lines();
    for (int line = 0; line < lines; ++line) {
        const int level = line < levels.size() ? levels[line] : 0;
        const int nextLevel = line + 1 < levels.size() ? levels[line + 1] : 0;
        int value = QsciScintillaBase::SC_FOLDLEVELBASE + level;
        if (nextLevel > level)
            value |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        ed->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, line, value);
    }
}

} // namespace strata
