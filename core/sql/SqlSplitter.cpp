#include "sql/SqlSplitter.h"

#include <QCoreApplication>
#include <pg_query.h>

#include <algorithm>
#include <vector>

namespace strata {

namespace {

// Frees a split result on every path.
class SplitResult {
public:
    explicit SplitResult(const char* input)
        : m_result(pg_query_split_with_parser(input)) {}
    ~SplitResult() { pg_query_free_split_result(m_result); }
    SplitResult(const SplitResult&) = delete;
    SplitResult& operator=(const SplitResult&) = delete;
    const PgQuerySplitResult* operator->() const { return &m_result; }

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

} // namespace

Result<QList<SqlStatement>> SqlSplitter::split(QStringView sql, int firstLine,
                                               const QString& file) {
    if (const qsizetype nul = sql.indexOf(QChar(0)); nul >= 0) {
        LineCounter counter(sql);
        counter.advanceTo(nul);
        Error e(ErrorCode::Parse,
                QCoreApplication::translate("strata", "NUL character in SQL text"));
        e.at(file, firstLine + counter.line(), counter.column());
        return e;
    }
    const QByteArray utf8 = sql.toUtf8();
    const SplitResult result(utf8.constData());
    if (result->error) {
        Error e(ErrorCode::Parse, QString::fromUtf8(result->error->message));
        const int cursor = result->error->cursorpos;
        if (cursor > 0) {
            LineCounter counter(sql);
            counter.advanceTo(codePointToPos(sql, cursor));
            e.at(file, firstLine + counter.line(), counter.column());
        } else {
            e.at(file, firstLine);
        }
        return e;
    }

    const std::vector<int> map = byteToCharMap(utf8);
    const auto toChar = [&](int byte) {
        return map[size_t(std::clamp<qsizetype>(byte, 0, utf8.size()))];
    };
    QList<SqlStatement> statements;
    statements.reserve(result->n_stmts);
    LineCounter counter(sql);
    for (int i = 0; i < result->n_stmts; ++i) {
        const PgQuerySplitStmt* s = result->stmts[i];
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

} // namespace strata
