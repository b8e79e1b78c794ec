#include "sql/SqlSplitter.h"

#include <QCoreApplication>
#include <pg_query.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace strata {

namespace {

// Frees a split result on every path.
class SplitResult {
public:
    using Splitter = PgQuerySplitResult (*)(const char*);
    explicit SplitResult(const char* input, Splitter splitter = pg_query_split_with_parser)
        : m_result(splitter(input)) {}
    ~SplitResult() { pg_query_free_split_result(m_result); }
    SplitResult(const SplitResult&) = delete;
    SplitResult& operator=(const SplitResult&) = delete;
    const PgQuerySplitResult* operator->() const { return &m_result; }
    const PgQuerySplitResult& get() const { return m_result; }

private:
    PgQuerySplitResult m_result;
};

// Maps UTF-8 byte offsets of `utf8` to QString (UTF-16) positions.
std::vector<int> byteToCharMap(const QByteArray& utf8) {
    std::vector<int> map(size_t(utf8.size()) + 1, 0);
    int chars = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        map[size_t(i)] = chars;
        const auto b = static_cast<unsigned char>(utf8.at(i));
        if ((b & 0xC0) != 0x80) // a lead byte starts a code point
            chars += b >= 0xF0 ? 2 : 1;
        else
            map[size_t(i)] = chars; // continuation bytes map past their code point's start
    }
    map[size_t(utf8.size())] = chars;
    return map;
}

// QString position of the 1-based code point `cursor` (libpg_query's cursorpos counts code points).
qsizetype codePointToPos(QStringView text, int cursor) {
    qsizetype pos = 0;
    for (int cp = 1; cp < cursor && pos < text.size(); ++cp)
        pos += (text.at(pos).isHighSurrogate() && pos + 1 < text.size()) ? 2 : 1;
    return pos;
}

// Skips whitespace, "--" line comments and (nested) "/* */" block comments.
qsizetype skipTrivia(QStringView text, qsizetype pos, qsizetype end) {
    while (pos < end) {
        const QChar c = text.at(pos);
        if (c.isSpace()) {
            ++pos;
        } else if (c == QLatin1Char('-') && pos + 1 < end && text.at(pos + 1) == QLatin1Char('-')) {
            while (pos < end && text.at(pos) != QLatin1Char('\n'))
                ++pos;
        } else if (c == QLatin1Char('/') && pos + 1 < end && text.at(pos + 1) == QLatin1Char('*')) {
            int depth = 1;
            pos += 2;
            while (pos < end && depth > 0) {
                if (text.at(pos) == QLatin1Char('/') && pos + 1 < end &&
                    text.at(pos + 1) == QLatin1Char('*')) {
                    ++depth;
                    pos += 2;
                } else if (text.at(pos) == QLatin1Char('*') && pos + 1 < end &&
                           text.at(pos + 1) == QLatin1Char('/')) {
                    --depth;
                    pos += 2;
                } else {
                    ++pos;
                }
            }
        } else {
            break;
        }
    }
    return pos;
}

// Tracks line/column while positions only move forward.
class LineCounter {
public:
    explicit LineCounter(QStringView text)
        : m_text(text) {}
    void advanceTo(qsizetype pos) {
        for (; m_pos < pos && m_pos < m_text.size(); ++m_pos) {
            if (m_text.at(m_pos) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
    }
    int line() const { return m_line; }
    int column() const { return int(m_pos - m_lineStart) + 1; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 0; // 0-based
};

// A NUL character: libpg_query reads C strings and would silently drop the rest.
std::optional<Error> nulError(QStringView sql, int firstLine, const QString& file) {
    const qsizetype nul = sql.indexOf(QChar(0));
    if (nul < 0)
        return std::nullopt;
    LineCounter counter(sql);
    counter.advanceTo(nul);
    Error e(ErrorCode::Parse, QCoreApplication::translate("strata", "NUL character in SQL text"));
    e.at(file, firstLine + counter.line(), counter.column());
    return e;
}

// libpg_query's error at its file line and column.
Error parseError(QStringView sql, int firstLine, const QString& file, const PgQueryError& error) {
    Error e(ErrorCode::Parse, QString::fromUtf8(error.message));
    if (error.cursorpos > 0) {
        LineCounter counter(sql);
        counter.advanceTo(codePointToPos(sql, error.cursorpos));
        e.at(file, firstLine + counter.line(), counter.column());
    } else {
        e.at(file, firstLine);
    }
    return e;
}

// The statements of a successful split, located in `sql`.
QList<SqlStatement> statementsOf(const PgQuerySplitResult& result, QStringView sql,
                                 const QByteArray& utf8, int firstLine) {
    const std::vector<int> map = byteToCharMap(utf8);
    const auto toChar = [&](int byte) {
        return map[size_t(std::clamp<qsizetype>(byte, 0, utf8.size()))];
    };
    QList<SqlStatement> statements;
    statements.reserve(result.n_stmts);
    LineCounter counter(sql);
    for (int i = 0; i < result.n_stmts; ++i) {
        const PgQuerySplitStmt* s = result.stmts[i];
        const qsizetype end = toChar(s->stmt_location + s->stmt_len);
        const qsizetype start = skipTrivia(sql, toChar(s->stmt_location), end);
        qsizetype stop = end;
        while (stop > start && sql.at(stop - 1).isSpace())
            --stop;
        if (stop <= start)
            continue;
        counter.advanceTo(start);
        SqlStatement st;
        st.text = sql.mid(start, stop - start).toString();
        st.line = firstLine + counter.line();
        st.column = counter.column();
        st.offset = int(start);
        st.length = int(st.text.size());
        statements.append(std::move(st));
    }
    return statements;
}

} // namespace

Result<QList<SqlStatement>> SqlSplitter::split(QStringView sql, int firstLine,
                                               const QString& file) {
    if (std::optional<Error> nul = nulError(sql, firstLine, file))
        return *nul;
    const QByteArray utf8 = sql.toUtf8();
    const SplitResult result(utf8.constData());
    if (result->error)
        return parseError(sql, firstLine, file, *result->error);
    return statementsOf(result.get(), sql, utf8, firstLine);
}

Result<QList<SqlStatement>> SqlSplitter::splitAllowingNewerSyntax(QStringView sql, int firstLine,
                                                                  const QString& file) {
    Result<QList<SqlStatement>> parsed = split(sql, firstLine, file);
    if (parsed || sql.indexOf(QChar(0)) >= 0)
        return parsed;
    const QByteArray utf8 = sql.toUtf8();
    const SplitResult scanned(utf8.constData(), pg_query_split_with_scanner);
    if (scanned->error) // not even tokens: wrong in every version
        return parsed;
    QList<SqlStatement> statements = statementsOf(scanned.get(), sql, utf8, firstLine);
    bool anyRejected = false;
    for (SqlStatement& st : statements) {
        const QByteArray text = st.text.toUtf8();
        const SplitResult alone(text.constData());
        if (!alone->error)
            continue;
        st.checked = false;
        st.parseError = QString::fromUtf8(alone->error->message);
        anyRejected = true;
    }
    if (!anyRejected)
        return parsed;
    return statements;
}

} // namespace strata
