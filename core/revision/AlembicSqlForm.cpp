#include "revision/AlembicSqlForm.h"

namespace strata {

namespace {

bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

class BodyReader {
public:
    explicit BodyReader(QStringView text)
        : m_text(text) {}

    int lineAt(qsizetype pos) const {
        // Incremental: positions only move forward in one read.
        while (m_lineCounted < pos && m_lineCounted < m_text.size()) {
            if (m_text.at(m_lineCounted) == QLatin1Char('\n'))
                ++m_line;
            ++m_lineCounted;
        }
        return m_line;
    }

    // Position of `def NAME` at column 0 outside strings and comments, or -1.
    qsizetype findDef(QStringView name) const {
        qsizetype pos = 0;
        const qsizetype n = m_text.size();
        while (pos < n) {
            const QChar c = m_text.at(pos);
            if (PythonLiterals::startsAt(m_text, pos)) {
                PythonStringLiteral lit;
                if (PythonLiterals::read(m_text, pos, lit) == PythonLiterals::Status::Unterminated)
                    return -1;
                pos = lit.end;
                continue;
            }
            if (c == QLatin1Char('#')) {
                while (pos < n && m_text.at(pos) != QLatin1Char('\n'))
                    ++pos;
                continue;
            }
            if ((pos == 0 || m_text.at(pos - 1) == QLatin1Char('\n')) &&
                m_text.mid(pos, 4) == QLatin1String("def ")) {
                qsizetype p = pos + 4;
                while (p < n &&
                       (m_text.at(p) == QLatin1Char(' ') || m_text.at(p) == QLatin1Char('\t')))
                    ++p;
                if (m_text.mid(p, name.size()) == name &&
                    (p + name.size() >= n || !isIdentChar(m_text.at(p + name.size()))))
                    return pos;
            }
            ++pos;
        }
        return -1;
    }

    // Skips spaces, tabs, backslash continuations; with `brackets` also line breaks and comments.
    void skipSpace(qsizetype& pos, bool brackets) const {
        const qsizetype n = m_text.size();
        while (pos < n) {
            const QChar c = m_text.at(pos);
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f') ||
                (c == QLatin1Char('\r') &&
                 (brackets || (pos + 1 < n && m_text.at(pos + 1) != QLatin1Char('\n')))) ||
                (brackets && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))) {
                ++pos;
            } else if (c == QLatin1Char('\\') && pos + 1 < n &&
                       m_text.at(pos + 1) == QLatin1Char('\n')) {
                pos += 2;
            } else if (c == QLatin1Char('\\') && pos + 2 < n &&
                       m_text.mid(pos + 1, 2) == QLatin1String("\r\n")) {
                pos += 3;
            } else if (brackets && c == QLatin1Char('#')) {
                while (pos < n && m_text.at(pos) != QLatin1Char('\n'))
                    ++pos;
            } else {
                break;
            }
        }
    }

    bool keywordAt(qsizetype pos, QStringView word) const {
        return m_text.mid(pos, word.size()) == word &&
               (pos + word.size() >= m_text.size() || !isIdentChar(m_text.at(pos + word.size())));
    }

    // Reads implicitly concatenated literals at `pos`. False when none or not readable.
    bool readLiterals(qsizetype& pos, bool brackets, SqlFormCall& call) const {
        bool any = false;
        for (;;) {
            if (!PythonLiterals::startsAt(m_text, pos))
                return any;
            PythonStringLiteral lit;
            if (PythonLiterals::read(m_text, pos, lit) != PythonLiterals::Status::Ok)
                return false;
            if (!any)
                call.line = lineAt(lit.bodyBegin);
            call.value += lit.value;
            call.parts.append(lit);
            any = true;
            pos = lit.end;
            qsizetype p = pos;
            skipSpace(p, brackets);
            if (!PythonLiterals::startsAt(m_text, p))
                return true;
            pos = p;
        }
    }

    // One simple statement at `pos`; false when it is not one SQL form allows.
    bool readStatement(qsizetype& pos, SqlFormFunction& out) const {
        if (keywordAt(pos, u"pass")) {
            pos += 4;
            return true;
        }
        if (PythonLiterals::startsAt(m_text, pos)) {
            SqlFormCall docstring;
            return readLiterals(pos, false, docstring);
        }
        if (!keywordAt(pos, u"op"))
            return false;
        qsizetype p = pos + 2;
        skipSpace(p, false);
        if (p >= m_text.size() || m_text.at(p) != QLatin1Char('.'))
            return false;
        ++p;
        skipSpace(p, false);
        if (!keywordAt(p, u"execute"))
            return false;
        p += 7;
        skipSpace(p, false);
        if (p >= m_text.size() || m_text.at(p) != QLatin1Char('('))
            return false;
        ++p;
        skipSpace(p, true);
        SqlFormCall call;
        if (!readLiterals(p, true, call))
            return false;
        skipSpace(p, true);
        if (p < m_text.size() && m_text.at(p) == QLatin1Char(',')) {
            ++p;
            skipSpace(p, true);
        }
        if (p >= m_text.size() || m_text.at(p) != QLatin1Char(')'))
            return false;
        pos = p + 1;
        out.calls.append(call);
        return true;
    }

    // Simple statements separated by ';' up to the end of the logical line (consumed).
    bool readLine(qsizetype& pos, SqlFormFunction& out) const {
        const qsizetype n = m_text.size();
        for (;;) {
            if (!readStatement(pos, out))
                return false;
            skipSpace(pos, false);
            if (pos < n && m_text.at(pos) == QLatin1Char(';')) {
                ++pos;
                skipSpace(pos, false);
                if (pos >= n || m_text.at(pos) == QLatin1Char('\n') ||
                    m_text.at(pos) == QLatin1Char('#') || m_text.at(pos) == QLatin1Char('\r'))
                    break;
                continue;
            }
            break;
        }
        if (pos < n && m_text.at(pos) == QLatin1Char('#'))
            while (pos < n && m_text.at(pos) != QLatin1Char('\n'))
                ++pos;
        if (pos < n && m_text.at(pos) == QLatin1Char('\r'))
            ++pos;
        if (pos < n && m_text.at(pos) != QLatin1Char('\n'))
            return false;
        if (pos < n)
            ++pos;
        return true;
    }

    SqlFormFunction read(QStringView name) const {
        SqlFormFunction out;
        const qsizetype def = findDef(name);
        if (def < 0)
            return out;
        out.found = true;
        out.defLine = lineAt(def);
        const qsizetype n = m_text.size();
        // Signature: balanced brackets, then ':' at depth 0 (skipping `-> None`).
        qsizetype pos = def;
        int depth = 0;
        while (pos < n) {
            const QChar c = m_text.at(pos);
            if (PythonLiterals::startsAt(m_text, pos)) {
                PythonStringLiteral lit;
                if (PythonLiterals::read(m_text, pos, lit) == PythonLiterals::Status::Unterminated)
                    return out;
                pos = lit.end;
                continue;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char(')') || c == QLatin1Char(']'))
                --depth;
            else if (c == QLatin1Char(':') && depth == 0)
                break;
            ++pos;
        }
        if (pos >= n)
            return out;
        ++pos;
        skipSpace(pos, false);
        if (pos < n && m_text.at(pos) != QLatin1Char('\n') && m_text.at(pos) != QLatin1Char('#') &&
            m_text.at(pos) != QLatin1Char('\r')) {
            out.sqlForm = readLine(pos, out); // `def upgrade(): pass`
            return out;
        }
        while (pos < n && m_text.at(pos) != QLatin1Char('\n'))
            ++pos;
        ++pos;
        bool anyStatement = false;
        while (pos < n) {
            qsizetype p = pos;
            while (p < n &&
                   (m_text.at(p) == QLatin1Char(' ') || m_text.at(p) == QLatin1Char('\t') ||
                    m_text.at(p) == QLatin1Char('\f')))
                ++p;
            if (p >= n)
                break;
            const QChar c = m_text.at(p);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('#')) {
                while (p < n && m_text.at(p) != QLatin1Char('\n'))
                    ++p;
                pos = p + 1;
                continue;
            }
            if (p == pos)
                break; // column 0: the body ended
            pos = p;
            if (!readLine(pos, out))
                return out;
            anyStatement = true;
        }
        out.sqlForm = anyStatement;
        return out;
    }

private:
    QStringView m_text;
    mutable qsizetype m_lineCounted = 0;
    mutable int m_line = 1;
};

} // namespace

SqlFormFunction AlembicSqlForm::read(QStringView text, QStringView name) {
    return BodyReader(text).read(name);
}

bool AlembicSqlForm::isCommit(QStringView sql) {
    QStringView s = sql.trimmed();
    if (s.endsWith(QLatin1Char(';')))
        s = s.chopped(1).trimmed();
    return s.compare(QLatin1String("COMMIT"), Qt::CaseInsensitive) == 0;
}

RevisionSection AlembicSqlForm::section(const SqlFormFunction& function) {
    RevisionSection section;
    section.present = true;
    section.markerLine = function.defLine;
    section.firstLine =
        function.calls.isEmpty() ? function.defLine + 1 : function.calls.constFirst().line;
    int line = section.firstLine; // file line at the end of section.sql
    QString sql;
    for (qsizetype i = 0; i < function.calls.size(); ++i) {
        const SqlFormCall& call = function.calls.at(i);
        if (i > 0) {
            QStringView previous = QStringView(sql).trimmed();
            if (!previous.isEmpty() && !previous.endsWith(QLatin1Char(';'))) {
                const qsizetype lastBreak = previous.lastIndexOf(QLatin1Char('\n'));
                if (previous.mid(lastBreak + 1).contains(QLatin1String("--"))) {
                    sql += QLatin1String("\n;"); // after a line comment
                    ++line;
                } else {
                    sql += QLatin1Char(';');
                }
            }
            if (call.line > line) {
                sql += QString(call.line - line, QLatin1Char('\n'));
                line = call.line;
            } else {
                sql += QLatin1Char(' ');
            }
        }
        sql += call.value;
        line += int(call.value.count(QLatin1Char('\n')));
    }
    section.sql = sql;
    return section;
}

void AlembicSqlForm::apply(QStringView text, Revision& revision) {
    const SqlFormFunction up = read(text, u"upgrade");
    if (!up.found || !up.sqlForm)
        return;
    const SqlFormFunction down = read(text, u"downgrade");
    if (down.found && !down.sqlForm)
        return;
    revision.source = Revision::Source::AlembicSqlForm;
    revision.upgrade = section(up);
    revision.downgrade = down.found ? section(down) : RevisionSection{};
    bool commit = false;
    for (const SqlFormFunction* f : {&up, &down})
        for (const SqlFormCall& call : f->calls)
            commit = commit || isCommit(call.value);
    if (commit)
        revision.transactional = false;
}

std::optional<QString> AlembicSqlForm::replaceCall(QStringView text, QStringView name,
                                                   qsizetype index, const QString& value) {
    const SqlFormFunction function = read(text, name);
    if (!function.found || !function.sqlForm || index < 0 || index >= function.calls.size())
        return std::nullopt;
    const SqlFormCall& call = function.calls.at(index);
    const qsizetype begin = call.parts.constFirst().begin;
    const qsizetype end = call.parts.constLast().end;
    return text.left(begin).toString() + PythonLiterals::render(value, call.parts.constFirst()) +
           text.mid(end).toString();
}

std::optional<QString> AlembicSqlForm::replaceSection(QStringView text, QStringView name,
                                                      const QString& newSql) {
    const SqlFormFunction function = read(text, name);
    if (!function.found || !function.sqlForm || function.calls.size() != 1)
        return std::nullopt;
    return replaceCall(text, name, 0, newSql);
}

} // namespace strata
