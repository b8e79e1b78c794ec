#include "editor/SqlCompleter.h"

#include "sql/SqlKeywords.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

QString unquote(QString s) {
    if (s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
        return s.mid(1, s.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return s;
}

// The identifier ending at `end` (exclusive) in `text`, and where it starts.
QString identifierBefore(QStringView text, qsizetype end, qsizetype* start) {
    qsizetype i = end;
    if (i > 0 && text[i - 1] == QLatin1Char('"')) {
        --i;
        while (i > 0 && text[i - 1] != QLatin1Char('"'))
            --i;
        if (i > 0)
            --i;
    } else {
        while (i > 0 && isIdentChar(text[i - 1]))
            --i;
    }
    *start = i;
    return unquote(text.mid(i, end - i).toString());
}

} // namespace

QString SqlCompleter::prefixOf(QStringView textBeforeCaret) {
    qsizetype i = textBeforeCaret.size();
    while (i > 0 && isIdentChar(textBeforeCaret[i - 1]))
        --i;
    return textBeforeCaret.mid(i).toString();
}

QStringList SqlCompleter::candidates(QStringView before, QStringView wholeText, int limit) const {
    const QString prefix = prefixOf(before);
    const qsizetype prefixStart = before.size() - prefix.size();
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString& word) {
        if (!word.startsWith(prefix, Qt::CaseInsensitive))
            return;
        const QString key = word.toLower();
        if (seen.contains(key))
            return;
        seen.insert(key);
        out.append(word);
    };

    if (prefixStart > 0 && before[prefixStart - 1] == QLatin1Char('.')) {
        qsizetype qStart = 0;
        const QString qualifier = identifierBefore(before, prefixStart - 1, &qStart);
        QString outer;
        if (qStart > 0 && before[qStart - 1] == QLatin1Char('.')) {
            qsizetype oStart = 0;
            outer = identifierBefore(before, qStart - 1, &oStart);
        }
        if (qualifier.isEmpty())
            return {};
        // schema. -> its tables
        for (const CompletionCatalog::Table* t : m_catalog.tablesIn(qualifier))
            add(t->name);
        // table. or schema.table. -> columns
        const CompletionCatalog::Table* table = m_catalog.table(outer, qualifier);
        if (!table && !wholeText.isEmpty()) {
            // An alias: "FROM [schema.]table [AS] alias" / "JOIN ... alias".
            static const QRegularExpression aliasRe(
                QStringLiteral(
                    "(?:FROM|JOIN|UPDATE|INTO)\\s+(?:(\\w+)\\.)?(\\w+)\\s+(?:AS\\s+)?(\\w+)"),
                QRegularExpression::CaseInsensitiveOption);
            auto it = aliasRe.globalMatch(wholeText);
            while (it.hasNext() && !table) {
                const auto m = it.next();
                if (m.captured(3).compare(qualifier, Qt::CaseInsensitive) == 0)
                    table = m_catalog.table(m.captured(1), m.captured(2));
            }
        }
        if (table)
            for (const CompletionCatalog::Column& c : table->columns)
                add(c.name);
    } else {
        if (prefix.isEmpty())
            return {};
        const bool lower = prefix.at(0).isLower();
        for (const SqlKeyword& k : postgresKeywordList())
            add(lower ? k.word.toLower() : k.word);
        for (const QString& s : m_catalog.schemas)
            add(s);
        for (const CompletionCatalog::Table& t : m_catalog.tables)
            add(t.name);
        for (const QString& t : m_catalog.types)
            add(t);
        for (const QString& t : postgresBuiltinTypes())
            add(t);
        for (const QString& f : m_catalog.functions)
            add(f);
        for (const QString& f : postgresBuiltinFunctions())
            add(f);
    }
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace strata
