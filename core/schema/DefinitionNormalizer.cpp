#include "schema/DefinitionNormalizer.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace strata {

namespace {

bool isIdentifierChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Where the string literals and quoted identifiers are, and which parenthesis encloses each
// position (-1 at the top level), in one pass.
class Scan {
public:
    explicit Scan(const QString& text)
        : m_quoted(text.size(), false)
        , m_enclosing(text.size(), -1)
        , m_match(text.size(), -1) {
        QList<qsizetype> stack;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            m_enclosing[i] = stack.isEmpty() ? -1 : stack.last();
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                // '' and "" inside are the quote itself.
                qsizetype j = i + 1;
                while (j < text.size()) {
                    if (text.at(j) == c) {
                        if (j + 1 < text.size() && text.at(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    ++j;
                }
                for (qsizetype k = i; k <= j && k < text.size(); ++k) {
                    m_quoted[k] = true;
                    m_enclosing[k] = m_enclosing[i];
                }
                i = j;
                continue;
            }
            if (c == QLatin1Char('(')) {
                stack.append(i);
            } else if (c == QLatin1Char(')') && !stack.isEmpty()) {
                m_match[stack.last()] = i;
                stack.removeLast();
                m_enclosing[i] = stack.isEmpty() ? -1 : stack.last();
            }
        }
    }

    bool quoted(qsizetype i) const { return m_quoted.at(i); }
    qsizetype enclosing(qsizetype i) const { return m_enclosing.at(i); }
    qsizetype match(qsizetype open) const { return m_match.at(open); }

private:
    QList<bool> m_quoted;
    QList<qsizetype> m_enclosing;
    QList<qsizetype> m_match;
};

// `word` at `pos`, outside quotes, not inside a longer identifier.
bool wordAt(const QString& text, const Scan& scan, qsizetype pos, QLatin1String word) {
    if (pos < 0 || pos + word.size() > text.size() || scan.quoted(pos))
        return false;
    if (QStringView(text).mid(pos, word.size()) != word)
        return false;
    if (pos > 0 && (isIdentifierChar(text.at(pos - 1)) || text.at(pos - 1) == QLatin1Char('.') ||
                    text.at(pos - 1) == QLatin1Char('"')))
        return false;
    const qsizetype end = pos + word.size();
    return end >= text.size() || !isIdentifierChar(text.at(end));
}

// The first " WORD " directly inside the parenthesis `open` (not nested, not quoted), in
// [from, to); -1 when there is none.
qsizetype findInside(const QString& text, const Scan& scan, qsizetype open, qsizetype from,
                     qsizetype to, QLatin1String word) {
    for (qsizetype i = from; i + word.size() <= to; ++i) {
        if (scan.enclosing(i) == open && wordAt(text, scan, i, word))
            return i;
    }
    return -1;
}

QString trimmed(QStringView text) {
    return text.trimmed().toString();
}

// `text` without one pair of parentheses around the whole of it.
QString unwrap(const QString& text) {
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
        const Scan scan(t);
        if (scan.match(0) == t.size() - 1)
            return t.mid(1, t.size() - 2).trimmed();
    }
    return t;
}

// One rewrite of the call NAME( ... ) whose parenthesis opens at `open` and closes at `close`;
// nothing when its arguments do not have the expected shape.
using Rewrite = std::optional<QString> (*)(const QString& text, const Scan& scan, qsizetype open,
                                           qsizetype close);

QString part(const QString& text, qsizetype from, qsizetype to) {
    return trimmed(QStringView(text).mid(from, to - from));
}

std::optional<QString> rewriteSubstring(const QString& text, const Scan& scan, qsizetype open,
                                        qsizetype close) {
    const qsizetype from = findInside(text, scan, open, open + 1, close, QLatin1String("FROM"));
    if (from < 0)
        return std::nullopt;
    const qsizetype forPos = findInside(text, scan, open, from, close, QLatin1String("FOR"));
    const QString a = part(text, open + 1, from);
    if (forPos < 0)
        return QStringLiteral("\"substring\"(%1, %2)").arg(a, part(text, from + 4, close));
    return QStringLiteral("\"substring\"(%1, %2, %3)")
        .arg(a, part(text, from + 4, forPos), part(text, forPos + 3, close));
}

std::optional<QString> rewriteTrim(const QString& text, const Scan& scan, qsizetype open,
                                   qsizetype close) {
    const QString inside = part(text, open + 1, close);
    QString function;
    qsizetype skip = 0;
    for (const auto& [word, name] :
         {std::pair{QLatin1String("BOTH"), QLatin1String("btrim")},
          std::pair{QLatin1String("LEADING"), QLatin1String("ltrim")},
          std::pair{QLatin1String("TRAILING"), QLatin1String("rtrim")}}) {
        if (inside.startsWith(word + QLatin1Char(' '))) {
            function = name;
            skip = word.size();
        }
    }
    if (function.isEmpty())
        return std::nullopt;
    // The position of the keyword in `text`.
    qsizetype start = open + 1;
    while (start < close && text.at(start).isSpace())
        ++start;
    start += skip;
    const qsizetype from = findInside(text, scan, open, start, close, QLatin1String("FROM"));
    if (from < 0)
        return std::nullopt;
    const QString characters = part(text, start, from);
    const QString source = part(text, from + 4, close);
    if (characters.isEmpty())
        return function + QLatin1Char('(') + source + QLatin1Char(')');
    return function + QLatin1Char('(') + source + QStringLiteral(", ") + characters +
           QLatin1Char(')');
}

std::optional<QString> rewritePosition(const QString& text, const Scan& scan, qsizetype open,
                                       qsizetype close) {
    const qsizetype in = findInside(text, scan, open, open + 1, close, QLatin1String("IN"));
    if (in < 0)
        return std::nullopt;
    return QStringLiteral("\"position\"(%1, %2)")
        .arg(unwrap(part(text, in + 2, close)), unwrap(part(text, open + 1, in)));
}

std::optional<QString> rewriteOverlay(const QString& text, const Scan& scan, qsizetype open,
                                      qsizetype close) {
    const qsizetype placing =
        findInside(text, scan, open, open + 1, close, QLatin1String("PLACING"));
    const qsizetype from =
        placing < 0 ? -1 : findInside(text, scan, open, placing, close, QLatin1String("FROM"));
    if (from < 0)
        return std::nullopt;
    const qsizetype forPos = findInside(text, scan, open, from, close, QLatin1String("FOR"));
    const QString a = part(text, open + 1, placing);
    const QString b = part(text, placing + 7, from);
    if (forPos < 0)
        return QStringLiteral("\"overlay\"(%1, %2, %3)").arg(a, b, part(text, from + 4, close));
    return QStringLiteral("\"overlay\"(%1, %2, %3, %4)")
        .arg(a, b, part(text, from + 4, forPos), part(text, forPos + 3, close));
}

std::optional<QString> rewriteExtract(const QString& text, const Scan& scan, qsizetype open,
                                      qsizetype close) {
    const qsizetype from = findInside(text, scan, open, open + 1, close, QLatin1String("FROM"));
    if (from < 0)
        return std::nullopt;
    QString field = part(text, open + 1, from);
    if (field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')) && field.size() > 1)
        field = field.mid(1, field.size() - 2);
    return QStringLiteral("date_part('%1'::text, %2)")
        .arg(field.toLower(), part(text, from + 4, close));
}

std::optional<QString> rewriteNormalize(const QString& text, const Scan& scan, qsizetype open,
                                        qsizetype close) {
    for (qsizetype i = open + 1; i < close; ++i) {
        if (scan.enclosing(i) == open && !scan.quoted(i) && text.at(i) == QLatin1Char(','))
            return std::nullopt; // NORMALIZE(x, form): left as it is
    }
    return QStringLiteral("\"normalize\"(%1)").arg(part(text, open + 1, close));
}

std::optional<QString> rewriteCollationFor(const QString& text, const Scan&, qsizetype open,
                                           qsizetype close) {
    return QStringLiteral("pg_collation_for(%1)").arg(part(text, open + 1, close));
}

// EXTRACT returns numeric since 14 (date_part double precision): the constant it is compared
// with is cast to that type ("EXTRACT(year FROM d) > 2000::numeric", before 14
// "date_part('year'::text, d) > 2000::double precision"). `end` is where the call ends.
void comparedConstant(QString& text, qsizetype end) {
    static const QRegularExpression compared(
        QStringLiteral(R"(\s*(?:=|<>|<=|>=|<|>)\s*\(?-?\d+(?:\.\d+)?\)?::numeric\b)"));
    const QRegularExpressionMatch m = compared.match(text, end, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch())
        text.replace(m.capturedEnd() - 7, 7, QStringLiteral("double precision"));
}

struct KeywordCall {
    QLatin1String keyword; // up to the parenthesis ("COLLATION FOR (")
    Rewrite rewrite;
};

const KeywordCall kCalls[] = {
    {QLatin1String("SUBSTRING("), rewriteSubstring},
    {QLatin1String("TRIM("), rewriteTrim},
    {QLatin1String("POSITION("), rewritePosition},
    {QLatin1String("OVERLAY("), rewriteOverlay},
    {QLatin1String("EXTRACT("), rewriteExtract},
    {QLatin1String("NORMALIZE("), rewriteNormalize},
    {QLatin1String("COLLATION FOR ("), rewriteCollationFor},
};

// One rewrite somewhere in `text` (the first found); false when there is nothing left to do.
bool rewriteOnce(QString& text) {
    const Scan scan(text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (scan.quoted(i))
            continue;
        for (const KeywordCall& call : kCalls) {
            const QLatin1String word(call.keyword.data(),
                                     call.keyword.size() - 1 -
                                         (call.keyword.endsWith(QLatin1String(" (")) ? 1 : 0));
            if (!wordAt(text, scan, i, word))
                continue;
            const qsizetype open = i + call.keyword.size() - 1;
            if (QStringView(text).mid(i, call.keyword.size()) != call.keyword)
                continue;
            const qsizetype close = scan.match(open);
            if (close < 0)
                continue;
            if (const auto replacement = call.rewrite(text, scan, open, close)) {
                text.replace(i, close + 1 - i, *replacement);
                if (call.rewrite == rewriteExtract)
                    comparedConstant(text, i + replacement->size());
                return true;
            }
        }
        if (wordAt(text, scan, i, QLatin1String("AT")) &&
            QStringView(text).mid(i, 13) == QLatin1String("AT TIME ZONE ")) {
            const qsizetype open = scan.enclosing(i);
            if (open < 0)
                continue;
            const qsizetype close = scan.match(open);
            if (close < 0)
                continue;
            const QString value = part(text, open + 1, i);
            const QString zone = part(text, i + 13, close);
            const QString call = QStringLiteral("timezone(%1, %2)").arg(zone, value);
            // f((x AT TIME ZONE z)) and plain (x AT TIME ZONE z) lose their own parentheses;
            // inside a call's parentheses only the inside is rewritten.
            if (open > 0 && isIdentifierChar(text.at(open - 1)))
                text.replace(open + 1, close - open - 1, call);
            else
                text.replace(open, close + 1 - open, call);
            return true;
        }
    }
    return false;
}

// The qualifier of the only relation of the top-level FROM clause of a pretty-printed view
// query (its alias, else its name); empty when there is none or more than one.
QString singleRelationQualifier(const QStringList& lines) {
    static const QRegularExpression clauseEnd(
        QStringLiteral("^ {0,2}(WHERE|GROUP BY|HAVING|WINDOW|ORDER BY|LIMIT|OFFSET|FETCH|FOR "
                       "|UNION|INTERSECT|EXCEPT)\\b|^\\S"));
    static const QRegularExpression relation(QStringLiteral(
        R"(^(?:(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")\.)?([a-z_][a-z0-9_$]*|"(?:[^"]|"")+")(?:\s+([a-z_][a-z0-9_$]*|"(?:[^"]|"")+"))?$)"));
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("   FROM "))) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return {};
    QString clause = lines.at(start).mid(8);
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        if (clauseEnd.match(lines.at(i)).hasMatch())
            break;
        clause += QLatin1Char('\n') + lines.at(i);
    }
    clause = clause.trimmed();
    if (clause.endsWith(QLatin1Char(';')))
        clause.chop(1);
    clause = clause.trimmed();
    if (clause.startsWith(QLatin1Char('('))) {
        // A subquery with an alias: "( SELECT ...) sub".
        const Scan scan(clause);
        const qsizetype close = scan.match(0);
        if (close < 0)
            return {};
        const QString alias = clause.mid(close + 1).trimmed();
        const QRegularExpressionMatch m = relation.match(alias);
        return m.hasMatch() && m.captured(2).isEmpty() && !alias.contains(QLatin1Char('.'))
                   ? m.captured(1)
                   : QString();
    }
    const QRegularExpressionMatch m = relation.match(clause);
    if (!m.hasMatch())
        return {};
    return m.captured(2).isEmpty() ? m.captured(1) : m.captured(2);
}

} // namespace

QString DefinitionNormalizer::expression(const QString& text) {
    QString result = text;
    // Each rewrite takes one keyword form away, so this ends; the bound is a safety net.
    for (int i = 0; i < 1000 && rewriteOnce(result); ++i) {
    }
    return result;
}

QString DefinitionNormalizer::viewQualifiers(const QString& text) {
    // The query starts after "CREATE [MATERIALIZED] VIEW name AS\n" when that line is there.
    qsizetype bodyStart = 0;
    if (text.startsWith(QLatin1String("CREATE "))) {
        bodyStart = text.indexOf(QLatin1Char('\n'));
        if (bodyStart < 0)
            return text;
        ++bodyStart;
    }
    const QString body = text.mid(bodyStart);
    const QString qualifier = singleRelationQualifier(body.split(QLatin1Char('\n')));
    if (qualifier.isEmpty())
        return text;
    const QString prefix = qualifier + QLatin1Char('.');
    const Scan scan(body);
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!scan.quoted(i) && QStringView(body).mid(i, prefix.size()) == prefix &&
            (i == 0 || (!isIdentifierChar(body.at(i - 1)) && body.at(i - 1) != QLatin1Char('.') &&
                        body.at(i - 1) != QLatin1Char('"')))) {
            // A quoted qualifier ("My T".) starts with a quote the scan marks as quoted.
            i += prefix.size() - 1;
            continue;
        }
        if (qualifier.startsWith(QLatin1Char('"')) && body.at(i) == QLatin1Char('"') &&
            QStringView(body).mid(i, prefix.size()) == prefix &&
            (i == 0 || !isIdentifierChar(body.at(i - 1)))) {
            i += prefix.size() - 1;
            continue;
        }
        out += body.at(i);
    }
    return text.left(bodyStart) + out;
}

QString DefinitionNormalizer::normalize(ObjectKind kind, const QString& attribute,
                                        const QString& text) {
    if (kind == ObjectKind::Function)
        return text;
    QString result = text;
    if ((kind == ObjectKind::View || kind == ObjectKind::MaterializedView) &&
        attribute == QLatin1String("definition"))
        result = viewQualifiers(result);
    return expression(result);
}

bool DefinitionNormalizer::equivalent(ObjectKind kind, const QString& attribute, const QString& a,
                                      const QString& b) {
    if (a == b)
        return true;
    if (a.isNull() != b.isNull())
        return false;
    return normalize(kind, attribute, a) == normalize(kind, attribute, b);
}

} // namespace strata
