#include "revision/AlembicScript.h"

#include "revision/AlembicSqlForm.h"
#include "revision/RevisionFile.h"

#include "config/RegularFile.h"
#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace strata {

namespace {

bool isIdentStart(QChar c) {
    return c.isLetter() || c == QLatin1Char('_');
}
bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// A tiny reader for the literals Alembic writes. Not a Python parser: it knows strings, None,
// tuples and lists of strings, comments and line continuations inside brackets.
class PyReader {
public:
    PyReader(QStringView text, const QString& file)
        : m_text(text)
        , m_file(file) {}

    int lineAt(qsizetype pos) const {
        return int(m_text.left(std::min(pos, m_text.size())).count(QLatin1Char('\n'))) + 1;
    }

    // If a string literal (with optional r/u/b/f prefix) starts at `pos`, returns the position
    // of its opening quote.
    std::optional<qsizetype> stringStart(qsizetype pos) const {
        qsizetype p = pos;
        while (p < m_text.size() && p - pos < 2 && QStringView(u"rRuUbBfF").contains(m_text.at(p)))
            ++p;
        if (p < m_text.size() &&
            (m_text.at(p) == QLatin1Char('\'') || m_text.at(p) == QLatin1Char('"')))
            return p;
        return std::nullopt;
    }

    // Reads the string literal starting at `pos` (prefix included); returns its value and moves
    // `pos` past it. Error on an unterminated literal.
    Result<QString> readString(qsizetype& pos) const {
        const qsizetype start = pos;
        const std::optional<qsizetype> q = stringStart(pos);
        if (!q)
            return error(pos, QCoreApplication::translate("strata", "expected a string"));
        const bool raw = m_text.mid(pos, *q - pos).contains(QLatin1Char('r'), Qt::CaseInsensitive);
        const QChar quote = m_text.at(*q);
        const bool triple = m_text.mid(*q, 3) == QString(3, quote);
        qsizetype p = *q + (triple ? 3 : 1);
        QString value;
        while (p < m_text.size()) {
            const QChar c = m_text.at(p);
            if (c == QLatin1Char('\\') && p + 1 < m_text.size()) {
                const QChar next = m_text.at(p + 1);
                if (raw || (next != quote && next != QLatin1Char('\\')))
                    value += c;
                value += next;
                p += 2;
                continue;
            }
            if (c == quote && (!triple || m_text.mid(p, 3) == QString(3, quote))) {
                pos = p + (triple ? 3 : 1);
                return value;
            }
            if (c == QLatin1Char('\n') && !triple)
                break;
            value += c;
            ++p;
        }
        return error(start, QCoreApplication::translate("strata", "unterminated string"));
    }

    // Skips spaces and tabs; inside brackets also newlines, comments and backslash continuations.
    void skipSpace(qsizetype& pos, bool inBrackets) const {
        while (pos < m_text.size()) {
            const QChar c = m_text.at(pos);
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
                (inBrackets && c == QLatin1Char('\n'))) {
                ++pos;
            } else if (c == QLatin1Char('\\') && pos + 1 < m_text.size() &&
                       (m_text.at(pos + 1) == QLatin1Char('\n') ||
                        m_text.at(pos + 1) == QLatin1Char('\r'))) {
                pos += 2;
            } else if (inBrackets && c == QLatin1Char('#')) {
                while (pos < m_text.size() && m_text.at(pos) != QLatin1Char('\n'))
                    ++pos;
            } else {
                break;
            }
        }
    }

    // None -> {}, 'x' -> {x}, ('a', 'b') / ['a', 'b'] -> {a, b}.
    Result<QStringList> readValue(qsizetype& pos, const QString& name) const {
        skipSpace(pos, false);
        if (m_text.mid(pos, 4) == QLatin1String("None") &&
            (pos + 4 >= m_text.size() || !isIdentChar(m_text.at(pos + 4)))) {
            pos += 4;
            return QStringList{};
        }
        if (stringStart(pos)) {
            Result<QString> s = readString(pos);
            if (!s)
                return s.error();
            return QStringList{*s};
        }
        if (pos < m_text.size() &&
            (m_text.at(pos) == QLatin1Char('(') || m_text.at(pos) == QLatin1Char('['))) {
            const QChar close =
                m_text.at(pos) == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
            ++pos;
            QStringList items;
            for (;;) {
                skipSpace(pos, true);
                if (pos >= m_text.size())
                    return error(pos, QCoreApplication::translate("strata", "unclosed '%1' in %2")
                                          .arg(close, name));
                if (m_text.at(pos) == close) {
                    ++pos;
                    return items;
                }
                if (!stringStart(pos))
                    return unsupported(pos, name);
                Result<QString> s = readString(pos);
                if (!s)
                    return s.error();
                items.append(*s);
                skipSpace(pos, true);
                if (pos < m_text.size() && m_text.at(pos) == QLatin1Char(','))
                    ++pos;
                else if (pos < m_text.size() && m_text.at(pos) != close)
                    return unsupported(pos, name);
            }
        }
        return unsupported(pos, name);
    }

    Error error(qsizetype pos, const QString& message) const {
        Error e(ErrorCode::Parse, message);
        e.at(m_file, lineAt(pos));
        return e;
    }

    // The last failing readValue() met a value that is not a literal (a name, a call).
    bool sawNonLiteral() const { return m_nonLiteral; }

    Error unsupported(qsizetype pos, const QString& name) const {
        m_nonLiteral = true;
        return error(pos, QCoreApplication::translate(
                              "strata", "cannot read the value of '%1' without Python (only "
                                        "None, strings and tuples or lists of strings are read)")
                              .arg(name));
    }

private:
    QStringView m_text;
    QString m_file;
    mutable bool m_nonLiteral = false;
};

struct Assignment {
    QStringList value;
    int line = 0;
};

} // namespace

namespace {

// What one pass over the file found: the module docstring and the four assignments. In
// lenient mode a value that is not a literal is skipped (Alembic says what it is).
struct Scan {
    std::optional<QString> docstring;
    std::optional<Assignment> revision, downRevision, branchLabels, dependsOn;
};

Result<Scan> scan(QStringView text, const QString& filePath, bool lenient, bool* nonLiteral) {
    const PyReader reader(text, filePath);
    Scan out;
    bool sawCode = false;

    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos < n) {
        const bool lineStart = pos == 0 || text.at(pos - 1) == QLatin1Char('\n');
        const QChar c = text.at(pos);
        const bool quoteHere = c == QLatin1Char('\'') || c == QLatin1Char('"');
        const bool prefixed = c.isLetter() && (pos == 0 || !isIdentChar(text.at(pos - 1))) &&
                              reader.stringStart(pos).has_value();
        if (quoteHere || prefixed) {
            STRATA_TRY_ASSIGN(const QString s, reader.readString(pos));
            if (!sawCode && !out.docstring)
                out.docstring = s;
            sawCode = true;
            continue;
        }
        if (lineStart && isIdentStart(c)) {
            qsizetype end = pos;
            while (end < n && isIdentChar(text.at(end)))
                ++end;
            const QString name = text.mid(pos, end - pos).toString();
            std::optional<Assignment>* target = nullptr;
            if (name == QLatin1String("revision"))
                target = &out.revision;
            else if (name == QLatin1String("down_revision"))
                target = &out.downRevision;
            else if (name == QLatin1String("branch_labels"))
                target = &out.branchLabels;
            else if (name == QLatin1String("depends_on"))
                target = &out.dependsOn;
            if (target) {
                qsizetype p = end;
                reader.skipSpace(p, false);
                if (p < n && text.at(p) == QLatin1Char(':')) { // type annotation
                    int depth = 0;
                    while (p < n) {
                        const QChar a = text.at(p);
                        if (a == QLatin1Char('[') || a == QLatin1Char('('))
                            ++depth;
                        else if (a == QLatin1Char(']') || a == QLatin1Char(')'))
                            --depth;
                        else if (a == QLatin1Char('\n') && depth <= 0)
                            break;
                        else if (a == QLatin1Char('=') && depth <= 0)
                            break;
                        ++p;
                    }
                }
                if (p < n && text.at(p) == QLatin1Char('=') &&
                    (p + 1 >= n || text.at(p + 1) != QLatin1Char('='))) {
                    const int line = reader.lineAt(pos);
                    ++p;
                    Result<QStringList> value = reader.readValue(p, name);
                    if (!value) {
                        if (nonLiteral && reader.sawNonLiteral())
                            *nonLiteral = true;
                        if (!lenient || !reader.sawNonLiteral())
                            return std::move(value).error();
                        *target = Assignment{{}, line};
                        sawCode = true;
                        pos = end;
                        continue;
                    }
                    *target = Assignment{*value, line};
                    pos = p;
                    sawCode = true;
                    continue;
                }
            }
            sawCode = true;
            pos = end;
            continue;
        }
        if (c == QLatin1Char('#')) {
            while (pos < n && text.at(pos) != QLatin1Char('\n'))
                ++pos;
            continue;
        }
        if (!c.isSpace())
            sawCode = true;
        ++pos;
    }
    return out;
}

Result<void> checkIds(const QStringList& ids, const QString& filePath, int line) {
    for (const QString& v : ids) {
        if (Result<QString> id = RevisionFile::validateId(v, AlembicScript::kMaxIdLength); !id) {
            Error e = id.error();
            e.at(filePath, line);
            return e;
        }
    }
    return {};
}

// The Revision from a scan, with the metadata Alembic reported (`alembic`) where given.
Result<Revision> build(QStringView text, const QString& filePath, const Scan& found,
                       const AlembicMetadata* alembic) {
    if (!found.revision && !alembic) {
        Error e(ErrorCode::Parse,
                QCoreApplication::translate("strata",
                                            "no 'revision = ...' assignment in Alembic script"));
        e.at(filePath, 1);
        return e;
    }
    Revision rev;
    rev.source = Revision::Source::AlembicPython;
    rev.filePath = filePath;
    const qsizetype slash = filePath.lastIndexOf(QLatin1Char('/'));
    rev.fileName = slash < 0 ? filePath : filePath.mid(slash + 1);
    rev.headerLine = found.revision ? found.revision->line : 1;
    const auto lineOf = [](const std::optional<Assignment>& a) { return a ? a->line : 1; };
    if (alembic) {
        rev.id = alembic->revision;
        rev.parents = alembic->downRevision;
        rev.branchLabels = alembic->branchLabels;
        rev.dependsOn = alembic->dependsOn;
    } else {
        if (found.revision->value.size() != 1) {
            Error e(ErrorCode::Parse,
                    QCoreApplication::translate("strata", "'revision' must be one string"));
            e.at(filePath, found.revision->line);
            return e;
        }
        rev.id = found.revision->value.first();
        if (found.downRevision)
            rev.parents = found.downRevision->value;
        if (found.branchLabels)
            rev.branchLabels = found.branchLabels->value;
        if (found.dependsOn)
            rev.dependsOn = found.dependsOn->value;
    }
    STRATA_TRY(checkIds({rev.id}, filePath, lineOf(found.revision)));
    STRATA_TRY(checkIds(rev.parents, filePath, lineOf(found.downRevision)));
    STRATA_TRY(checkIds(rev.branchLabels, filePath, lineOf(found.branchLabels)));
    STRATA_TRY(checkIds(rev.dependsOn, filePath, lineOf(found.dependsOn)));
    if (found.docstring) {
        bool first = true;
        for (QStringView line : QStringView(*found.docstring).tokenize(QLatin1Char('\n'))) {
            line = line.trimmed();
            if (first && !line.isEmpty()) {
                if (!line.startsWith(QLatin1String("Revision ID:"), Qt::CaseInsensitive))
                    rev.message = line.toString();
                first = false;
            }
            if (line.startsWith(QLatin1String("Create Date:"), Qt::CaseInsensitive))
                rev.createDate = line.mid(12).trimmed().toString();
        }
    }
    AlembicSqlForm::apply(text, rev);
    if (rev.source == Revision::Source::AlembicSqlForm)
        RevisionFile::fillChecksums(rev);
    return rev;
}

} // namespace

Result<Revision> AlembicScript::parse(QStringView text, const QString& filePath, bool* nonLiteral) {
    if (nonLiteral)
        *nonLiteral = false;
    STRATA_TRY_ASSIGN(const Scan found, scan(text, filePath, false, nonLiteral));
    return build(text, filePath, found, nullptr);
}

Result<Revision> AlembicScript::parseWith(QStringView text, const QString& filePath,
                                          const AlembicMetadata& metadata) {
    STRATA_TRY_ASSIGN(const Scan found, scan(text, filePath, true, nullptr));
    return build(text, filePath, found, &metadata);
}

Result<Revision> AlembicScript::load(const QString& filePath, qint64 maxBytes, bool* nonLiteral) {
    if (nonLiteral)
        *nonLiteral = false;
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    STRATA_TRY_ASSIGN(const QByteArray bytes, RegularFile::read(absolute, maxBytes));
    return parse(QString::fromUtf8(bytes), absolute, nonLiteral);
}

Result<Revision> AlembicScript::loadWith(const QString& filePath, const AlembicMetadata& metadata,
                                         qint64 maxBytes) {
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    STRATA_TRY_ASSIGN(const QByteArray bytes, RegularFile::read(absolute, maxBytes));
    return parseWith(QString::fromUtf8(bytes), absolute, metadata);
}

} // namespace strata
