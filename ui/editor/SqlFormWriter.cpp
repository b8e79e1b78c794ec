#include "editor/SqlFormWriter.h"

#include "revision/AlembicSqlForm.h"
#include "revision/PythonLiterals.h"
#include "sql/SqlSplitter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::SqlFormWriter", text);
}

Error refuse(const QString& message) {
    return Error(ErrorCode::Usage, message);
}

// A changed stretch: O[oBegin, oEnd) became E[eBegin, eEnd).
struct Hunk {
    qsizetype oBegin = 0, oEnd = 0, eBegin = 0, eEnd = 0;
};

// The lines of `text`, each with its line break; offsets[i] is where line i starts.
struct Lines {
    QList<QStringView> lines;
    QList<qsizetype> offsets;
};

Lines splitLines(QStringView text) {
    Lines out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? text.size() : end + 1;
        out.lines.append(text.mid(start, end - start));
        out.offsets.append(start);
        start = end;
    }
    out.offsets.append(text.size());
    return out;
}

// Trims a hunk to the characters that really differ.
Hunk trimmed(QStringView o, QStringView e, Hunk h) {
    while (h.oBegin < h.oEnd && h.eBegin < h.eEnd && o.at(h.oBegin) == e.at(h.eBegin)) {
        ++h.oBegin;
        ++h.eBegin;
    }
    while (h.oEnd > h.oBegin && h.eEnd > h.eBegin && o.at(h.oEnd - 1) == e.at(h.eEnd - 1)) {
        --h.oEnd;
        --h.eEnd;
    }
    return h;
}

// The changed stretches between `o` and `e`: a line diff (LCS) refined to characters, so that
// edits in two calls are two hunks. A very large middle falls back to one hunk.
QList<Hunk> diff(QStringView o, QStringView e) {
    const Lines lo = splitLines(o), le = splitLines(e);
    qsizetype head = 0;
    while (head < lo.lines.size() && head < le.lines.size() &&
           lo.lines.at(head) == le.lines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < lo.lines.size() - head && tail < le.lines.size() - head &&
           lo.lines.at(lo.lines.size() - 1 - tail) == le.lines.at(le.lines.size() - 1 - tail))
        ++tail;
    const qsizetype n = lo.lines.size() - head - tail, m = le.lines.size() - head - tail;
    if (n == 0 && m == 0)
        return {};
    auto span = [&](qsizetype oi, qsizetype oj, qsizetype ei, qsizetype ej) {
        return trimmed(o, e,
                       Hunk{lo.offsets.at(head + oi), lo.offsets.at(head + oj),
                            le.offsets.at(head + ei), le.offsets.at(head + ej)});
    };
    if (n * m > 4'000'000 || n == 0 || m == 0)
        return {span(0, n, 0, m)};
    // lcs[i][j]: LCS length of the middle lines from i and j on.
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = lo.lines.at(head + i) == le.lines.at(head + j)
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
    QList<Hunk> hunks;
    qsizetype i = 0, j = 0, hi = -1, hj = -1;
    auto close = [&] {
        if (hi >= 0)
            hunks.append(span(hi, i, hj, j));
        hi = hj = -1;
    };
    while (i < n || j < m) {
        if (i < n && j < m && lo.lines.at(head + i) == le.lines.at(head + j)) {
            close();
            ++i;
            ++j;
            continue;
        }
        if (hi < 0) {
            hi = i;
            hj = j;
        }
        if (j < m && (i >= n || at(i, j + 1) >= at(i + 1, j)))
            ++j;
        else
            ++i;
    }
    close();
    return hunks;
}

// Where each call's value sits in the section text (AlembicSqlForm::section joins them).
QList<std::pair<qsizetype, qsizetype>> callRanges(const SqlFormFunction& function) {
    QList<std::pair<qsizetype, qsizetype>> out;
    SqlFormFunction prefix = function;
    for (qsizetype i = 0; i < function.calls.size(); ++i) {
        prefix.calls = function.calls.mid(0, i + 1);
        const qsizetype end = AlembicSqlForm::section(prefix).sql.size();
        out.append({end - function.calls.at(i).value.size(), end});
    }
    return out;
}

bool hasCommitIdiom(const SqlFormFunction& function) {
    return std::any_of(function.calls.cbegin(), function.calls.cend(),
                       [](const SqlFormCall& c) { return AlembicSqlForm::isCommit(c.value); });
}

// A function whose body is only `pass` (what Alembic's template writes for an empty revision,
// and `strata revision` without SQL): where exactly one line of its body is `pass` (a comment
// after it allowed), that `pass` becomes one op.execute("""...""") call holding `sql`, at its
// own indentation; every other byte stays. Nothing when the body is not of that shape.
std::optional<QString> fillPass(QStringView text, int defLine, const QString& sql) {
    const Lines lines = splitLines(text);
    if (defLine < 1 || defLine > lines.lines.size())
        return std::nullopt;
    qsizetype found = -1;
    qsizetype passColumn = 0;
    for (qsizetype i = defLine; i < lines.lines.size(); ++i) {
        const QStringView line = lines.lines.at(i);
        const QStringView stripped = line.trimmed();
        if (stripped.isEmpty() || stripped.startsWith(QLatin1Char('#')))
            continue;
        if (!line.front().isSpace())
            break; // the next top-level statement: the body ended
        QStringView code = stripped;
        if (const qsizetype hash = code.indexOf(QLatin1Char('#')); hash >= 0)
            code = code.left(hash).trimmed();
        if (code == QLatin1String("pass")) {
            if (found >= 0)
                return std::nullopt;
            found = i;
            passColumn = line.indexOf(QLatin1String("pass"));
        } else if (!code.startsWith(QLatin1Char('"')) && !code.startsWith(QLatin1Char('\''))) {
            return std::nullopt; // anything but a docstring: not the template's empty body
        }
    }
    if (found < 0)
        return std::nullopt;
    const QString body = sql.trimmed();
    PythonStringLiteral like;
    like.quote = QLatin1Char('"');
    like.triple = true;
    QString literal = PythonLiterals::render(QLatin1Char('\n') + body + QLatin1Char('\n'), like);
    if (text.contains(QLatin1String("\r\n")))
        literal.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QString out = text.toString();
    out.replace(lines.offsets.at(found) + passColumn, 4,
                QStringLiteral("op.execute(") + literal + QLatin1Char(')'));
    return out;
}

} // namespace

Result<QString> SqlFormWriter::write(QStringView fileText, QStringView function,
                                     const QString& newSql) {
    const SqlFormFunction fn = AlembicSqlForm::read(fileText, function);
    const QString name = function.toString() + QStringLiteral("()");
    if (!fn.found || !fn.sqlForm || fn.calls.isEmpty()) {
        const QString current =
            fn.found && fn.sqlForm ? AlembicSqlForm::section(fn).sql : QString();
        if (newSql == current || (newSql.trimmed().isEmpty() && current.trimmed().isEmpty()))
            return fileText.toString();
        if (!fn.found)
            return refuse(tr("The file has no %1 function: adding one means writing Python. Add "
                             "it in your editor (op.execute(\"\"\"...\"\"\")); Strata then edits "
                             "its SQL here.")
                              .arg(name));
        if (!fn.sqlForm)
            return refuse(
                tr("%1 is Python, not only op.execute calls: edit it in your editor.").arg(name));
        if (std::optional<QString> filled = fillPass(fileText, fn.defLine, newSql)) {
            const auto statements = SqlSplitter::split(newSql);
            const bool commitIdiom = hasCommitIdiom(AlembicSqlForm::read(fileText, u"upgrade")) ||
                                     hasCommitIdiom(AlembicSqlForm::read(fileText, u"downgrade"));
            if (commitIdiom && statements && statements->size() > 1)
                return refuse(tr("This revision uses op.execute(\"COMMIT\"): Alembic sends each "
                                 "call as one query, so %1 gets one statement here; give the "
                                 "others their own op.execute calls in your editor.")
                                  .arg(name));
            const SqlFormFunction check = AlembicSqlForm::read(*filled, function);
            if (check.found && check.sqlForm && check.calls.size() == 1 &&
                check.calls.constFirst().value.trimmed() ==
                    newSql.trimmed().replace(QLatin1String("\r\n"), QLatin1String("\n")))
                return *filled;
        }
        return refuse(tr("%1 (line %2) has no op.execute call to hold this SQL: adding one "
                         "means writing Python. Add op.execute(\"\"\"...\"\"\") in your editor; "
                         "Strata then edits its SQL here.")
                          .arg(name)
                          .arg(fn.defLine));
    }
    const QString old = AlembicSqlForm::section(fn).sql;
    if (newSql == old)
        return fileText.toString();

    const QList<std::pair<qsizetype, qsizetype>> ranges = callRanges(fn);
    QList<QList<Hunk>> perCall(fn.calls.size());
    for (const Hunk& h : diff(old, newSql)) {
        qsizetype owner = -1;
        for (qsizetype k = 0; k < ranges.size(); ++k)
            if (ranges.at(k).first <= h.oBegin && h.oEnd <= ranges.at(k).second) {
                owner = k;
                break;
            }
        if (owner < 0)
            return refuse(
                tr("%1 holds %2 op.execute calls, and this edit changes the text between two of "
                   "them (or spans both): the SQL cannot be placed without adding, removing or "
                   "merging calls, which means rewriting your Python. Keep each call's SQL "
                   "within its own lines, or change the calls in your editor.")
                    .arg(name)
                    .arg(fn.calls.size()));
        perCall[owner].append(h);
    }

    const bool commitIdiom = hasCommitIdiom(AlembicSqlForm::read(fileText, u"upgrade")) ||
                             hasCommitIdiom(AlembicSqlForm::read(fileText, u"downgrade"));
    QList<QString> values;
    for (qsizetype k = 0; k < fn.calls.size(); ++k) {
        const SqlFormCall& call = fn.calls.at(k);
        if (perCall.at(k).isEmpty()) {
            values.append(call.value);
            continue;
        }
        // The call's value with its hunks applied (hunks are in order and disjoint).
        QString value;
        qsizetype pos = ranges.at(k).first;
        for (const Hunk& h : perCall.at(k)) {
            value += QStringView(old).mid(pos, h.oBegin - pos);
            value += QStringView(newSql).mid(h.eBegin, h.eEnd - h.eBegin);
            pos = h.oEnd;
        }
        value += QStringView(old).mid(pos, ranges.at(k).second - pos);
        if (AlembicSqlForm::isCommit(call.value) && !AlembicSqlForm::isCommit(value))
            return refuse(tr("op.execute(\"COMMIT\") at line %1 ends Alembic's transaction so "
                             "that what follows (CREATE INDEX CONCURRENTLY) runs outside one; "
                             "it stays as written. To remove it, edit the Python in your editor.")
                              .arg(call.line));
        const auto statements = SqlSplitter::split(value);
        if (value.trimmed().isEmpty() || (statements && statements->isEmpty()))
            return refuse(tr("The op.execute call at line %1 would be left without SQL: removing "
                             "a call means rewriting your Python. Keep some SQL in it, or remove "
                             "the call in your editor.")
                              .arg(call.line));
        if (commitIdiom && statements && statements->size() > 1)
            return refuse(tr("The op.execute call at line %1 would hold %2 statements. This "
                             "revision uses op.execute(\"COMMIT\"): Alembic sends each call as "
                             "one query, and a statement such as CREATE INDEX CONCURRENTLY must "
                             "be alone in its query. Give each statement its own "
                             "op.execute call in your editor.")
                              .arg(call.line)
                              .arg(statements->size()));
        values.append(value);
    }

    // The literals to write: a call written as one literal gets one with its new value; a call
    // of several implicitly concatenated literals (comments may stand between them) keeps them
    // and rewrites only the ones an edit lies in; an edit across two of them merges them into
    // one literal, refused when a comment stands between (it would be dropped).
    struct Splice {
        qsizetype begin = 0, end = 0;
        const PythonStringLiteral* like = nullptr;
        QString value;
    };
    QList<Splice> splices;
    for (qsizetype k = 0; k < fn.calls.size(); ++k) {
        const SqlFormCall& call = fn.calls.at(k);
        if (values.at(k) == call.value)
            continue;
        const QList<PythonStringLiteral>& parts = call.parts;
        const Splice whole{parts.constFirst().begin, parts.constLast().end, &parts.constFirst(),
                           values.at(k)};
        if (parts.size() == 1) {
            splices.append(whole);
            continue;
        }
        // Each hunk inside one literal: offsets in the call's value.
        QList<qsizetype> offsets{0};
        for (const PythonStringLiteral& part : parts)
            offsets.append(offsets.constLast() + part.value.size());
        QList<QList<Hunk>> perPart(parts.size());
        bool inParts = true;
        for (const Hunk& h : perCall.at(k)) {
            const qsizetype b = h.oBegin - ranges.at(k).first, e = h.oEnd - ranges.at(k).first;
            qsizetype owner = -1;
            for (qsizetype p = 0; p < parts.size() && owner < 0; ++p)
                if (offsets.at(p) <= b && e <= offsets.at(p + 1))
                    owner = p;
            if (owner < 0) {
                inParts = false;
                break;
            }
            perPart[owner].append(h);
        }
        if (!inParts) {
            for (qsizetype p = 0; p + 1 < parts.size(); ++p)
                if (fileText.mid(parts.at(p).end, parts.at(p + 1).begin - parts.at(p).end)
                        .contains(QLatin1Char('#')))
                    return refuse(
                        tr("The op.execute call at line %1 is written as several string "
                           "literals with comments between them, and this edit spans two of "
                           "them: one literal in their place would drop the comments. Edit "
                           "each literal's text on its own, or change the call in your editor.")
                            .arg(call.line));
            splices.append(whole);
            continue;
        }
        for (qsizetype p = 0; p < parts.size(); ++p) {
            if (perPart.at(p).isEmpty())
                continue;
            const qsizetype base = ranges.at(k).first + offsets.at(p);
            QString value;
            qsizetype pos = 0;
            for (const Hunk& h : perPart.at(p)) {
                value += QStringView(parts.at(p).value).mid(pos, h.oBegin - base - pos);
                value += QStringView(newSql).mid(h.eBegin, h.eEnd - h.eBegin);
                pos = h.oEnd - base;
            }
            value += QStringView(parts.at(p).value).mid(pos);
            splices.append({parts.at(p).begin, parts.at(p).end, &parts.at(p), value});
        }
    }

    // A file with CRLF line endings keeps them inside a rewritten triple-quoted literal (the
    // literal is rendered with LF line breaks, which then become CRLF again; a `\r` escape
    // would otherwise stand where the user pressed Enter).
    const bool crlf = fileText.contains(QLatin1String("\r\n"));
    auto lf = [crlf](QString v) {
        return crlf ? v.replace(QLatin1String("\r\n"), QLatin1String("\n")) : v;
    };
    QString text = fileText.toString();
    // Last to first: the earlier positions stay valid.
    std::sort(splices.begin(), splices.end(),
              [](const Splice& a, const Splice& b) { return a.begin > b.begin; });
    for (const Splice& splice : splices) {
        QString literal = PythonLiterals::render(lf(splice.value), *splice.like);
        if (crlf)
            literal.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        text.replace(splice.begin, splice.end - splice.begin, literal);
    }
    // What was written reads back as the same calls with the new values.
    const SqlFormFunction check = AlembicSqlForm::read(text, function);
    bool same = check.found && check.sqlForm && check.calls.size() == values.size();
    for (qsizetype k = 0; same && k < values.size(); ++k)
        same = lf(check.calls.at(k).value) == lf(values.at(k));
    if (!same)
        return refuse(tr("The SQL of %1 could not be written back as string literals without "
                         "changing the Python around them.")
                          .arg(name));
    return text;
}

bool SqlFormWriter::canHoldSql(QStringView fileText, QStringView function) {
    const SqlFormFunction fn = AlembicSqlForm::read(fileText, function);
    if (!fn.found || !fn.sqlForm)
        return false;
    return !fn.calls.isEmpty() ||
           fillPass(fileText, fn.defLine, QStringLiteral("SELECT 1")).has_value();
}

} // namespace strata
