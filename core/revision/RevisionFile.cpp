#include "revision/RevisionFile.h"

#include "revision/Checksum.h"

#include "config/RegularFile.h"
#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace strata {

namespace {

enum class Key { RevisionId, Revises, CreateDate, Message, BranchLabels, DependsOn, Transactional };
constexpr int KeyCount = 7;

struct KeyName {
    Key key;
    QLatin1StringView canonical;
    QLatin1StringView normalized;
};

constexpr std::array<KeyName, KeyCount> keyNames{{
    {Key::RevisionId, QLatin1StringView("Revision ID"), QLatin1StringView("revision id")},
    {Key::Revises, QLatin1StringView("Revises"), QLatin1StringView("revises")},
    {Key::CreateDate, QLatin1StringView("Create Date"), QLatin1StringView("create date")},
    {Key::Message, QLatin1StringView("Message"), QLatin1StringView("message")},
    {Key::BranchLabels, QLatin1StringView("Branch Labels"), QLatin1StringView("branch labels")},
    {Key::DependsOn, QLatin1StringView("Depends On"), QLatin1StringView("depends on")},
    {Key::Transactional, QLatin1StringView("Transactional"), QLatin1StringView("transactional")},
}};

struct HeaderLine {
    Key key = Key::RevisionId;
    int line = 0;
    qsizetype start = 0;     // first character of the line
    qsizetype end = 0;       // end of the line's content (before CR/LF)
    QStringView keySpelling; // as written
    QStringView value;       // trimmed
};

struct SectionSpan {
    bool present = false;
    int markerLine = 0;
    int firstLine = 0;
    qsizetype markerStart = 0;
    qsizetype bodyStart = 0;
    qsizetype bodyEnd = 0;
};

struct Layout {
    std::array<int, KeyCount> headerIndex{-1, -1, -1, -1, -1, -1, -1}; // into `headers`
    QList<HeaderLine> headers;
    SectionSpan upgrade;
    SectionSpan downgrade;
    int lineCount = 0;
    QStringView eol = u"\n";
};

// Lowercases `key` into `buf`, folding runs of ' ', '_', '-' and tabs into one space. Returns the
// length, or 0 if `key` contains anything but ASCII letters, digits and those separators or is
// longer than the buffer (then it is not a header key at all). No allocation: this runs for every
// comment line of every file.
qsizetype normalizeKey(QStringView key, std::array<char, 48>& buf) {
    qsizetype len = 0;
    bool pendingSpace = false;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == '_' || u == '-' || u == '\t') {
            pendingSpace = len > 0;
            continue;
        }
        const bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        const bool digit = u >= '0' && u <= '9';
        if (!letter && !digit)
            return 0;
        if (len + 2 > qsizetype(buf.size()))
            return 0;
        if (pendingSpace)
            buf[size_t(len++)] = ' ';
        pendingSpace = false;
        buf[size_t(len++)] = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
    return len;
}

const KeyName* findKey(QLatin1StringView normalized) {
    for (const KeyName& k : keyNames) {
        if (normalized == k.normalized)
            return &k;
    }
    return nullptr;
}

Error errorAt(const QString& file, int line, const QString& message) {
    Error e(ErrorCode::Parse, message);
    e.at(file, line);
    return e;
}

// Scans the lines of `text`. Returns an error for structural problems; `warnings` (if any) gets
// unknown header keys.
Result<Layout> scan(QStringView text, const QString& file, QList<Error>* warnings) {
    Layout layout;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int lineNo = 0;
    bool sawEol = false;
    while (pos < n || (pos == n && lineNo == 0)) {
        ++lineNo;
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        const qsizetype next = nl < 0 ? n : nl + 1;
        qsizetype end = nl < 0 ? n : nl;
        if (end > pos && text.at(end - 1) == QLatin1Char('\r'))
            --end;
        if (!sawEol && nl >= 0) {
            sawEol = true;
            layout.eol = end < nl ? QStringView(u"\r\n") : QStringView(u"\n");
        }
        const QStringView line = text.mid(pos, end - pos).trimmed();
        const bool inPreamble = !layout.upgrade.present && !layout.downgrade.present;

        if (line.startsWith(QLatin1String("--"))) {
            const QStringView rest = line.mid(2).trimmed();
            if (rest.startsWith(QLatin1String("migrate:"), Qt::CaseInsensitive)) {
                const QStringView which = rest.mid(8).trimmed();
                SectionSpan* span = nullptr;
                if (which.compare(QLatin1String("upgrade"), Qt::CaseInsensitive) == 0) {
                    if (layout.upgrade.present)
                        return errorAt(file, lineNo,
                                       QCoreApplication::translate(
                                           "strata", "repeated '-- migrate:upgrade' marker "
                                                     "(first at line %1)")
                                           .arg(layout.upgrade.markerLine));
                    if (layout.downgrade.present)
                        return errorAt(file, lineNo,
                                       QCoreApplication::translate(
                                           "strata", "'-- migrate:upgrade' must come before "
                                                     "'-- migrate:downgrade' (line %1)")
                                           .arg(layout.downgrade.markerLine));
                    span = &layout.upgrade;
                } else if (which.compare(QLatin1String("downgrade"), Qt::CaseInsensitive) == 0) {
                    if (layout.downgrade.present)
                        return errorAt(file, lineNo,
                                       QCoreApplication::translate(
                                           "strata", "repeated '-- migrate:downgrade' marker "
                                                     "(first at line %1)")
                                           .arg(layout.downgrade.markerLine));
                    if (!layout.upgrade.present)
                        return errorAt(file, lineNo,
                                       QCoreApplication::translate(
                                           "strata", "'-- migrate:downgrade' before "
                                                     "'-- migrate:upgrade': the upgrade section "
                                                     "comes first"));
                    span = &layout.downgrade;
                } else {
                    return errorAt(file, lineNo,
                                   QCoreApplication::translate(
                                       "strata", "unknown section marker '-- migrate:%1' "
                                                 "(expected 'upgrade' or 'downgrade')")
                                       .arg(which));
                }
                if (span == &layout.downgrade)
                    layout.upgrade.bodyEnd = pos;
                span->present = true;
                span->markerLine = lineNo;
                span->firstLine = lineNo + 1;
                span->markerStart = pos;
                span->bodyStart = next;
                span->bodyEnd = n;
            } else if (inPreamble) {
                const qsizetype colon = rest.indexOf(QLatin1Char(':'));
                if (colon > 0) {
                    const QStringView spelling = rest.left(colon).trimmed();
                    std::array<char, 48> buf{};
                    const qsizetype len = normalizeKey(spelling, buf);
                    const QLatin1StringView normalized(buf.data(), len);
                    if (len > 0) {
                        if (const KeyName* k = findKey(normalized)) {
                            const int idx = static_cast<int>(k->key);
                            if (layout.headerIndex[idx] >= 0)
                                return errorAt(
                                    file, lineNo,
                                    QCoreApplication::translate(
                                        "strata", "repeated header '%1' (first at line %2)")
                                        .arg(k->canonical)
                                        .arg(layout.headers[layout.headerIndex[idx]].line));
                            HeaderLine h;
                            h.key = k->key;
                            h.line = lineNo;
                            h.start = pos;
                            h.end = end;
                            h.keySpelling = spelling;
                            h.value = rest.mid(colon + 1).trimmed();
                            layout.headerIndex[idx] = int(layout.headers.size());
                            layout.headers.append(h);
                        } else if (warnings &&
                                   std::count(buf.begin(), buf.begin() + len, ' ') < 3) {
                            warnings->append(
                                errorAt(file, lineNo,
                                        QCoreApplication::translate(
                                            "strata", "unknown header key '%1' (ignored)")
                                            .arg(spelling)));
                        }
                    }
                }
            }
        } else if (inPreamble && !line.isEmpty()) {
            return errorAt(file, lineNo,
                           QCoreApplication::translate(
                               "strata", "text before '-- migrate:upgrade': only '-- Key: value' "
                                         "header lines and '--' comments may come first"));
        }
        pos = next;
        if (nl < 0)
            break;
    }
    layout.lineCount = lineNo;
    return layout;
}

QStringList splitList(QStringView value) {
    QStringList out;
    for (QStringView part : value.tokenize(QLatin1Char(','))) {
        part = part.trimmed();
        if (!part.isEmpty())
            out.append(part.toString());
    }
    return out;
}

// yes/no, true/false, on/off, 1/0; empty = yes. Returns -1 when unknown.
int parseBool(QStringView value) {
    static const std::array<QLatin1StringView, 4> yes{
        QLatin1StringView("yes"), QLatin1StringView("true"), QLatin1StringView("on"),
        QLatin1StringView("1")};
    static const std::array<QLatin1StringView, 4> no{
        QLatin1StringView("no"), QLatin1StringView("false"), QLatin1StringView("off"),
        QLatin1StringView("0")};
    if (value.isEmpty())
        return 1;
    for (QLatin1StringView y : yes) {
        if (value.compare(y, Qt::CaseInsensitive) == 0)
            return 1;
    }
    for (QLatin1StringView f : no) {
        if (value.compare(f, Qt::CaseInsensitive) == 0)
            return 0;
    }
    return -1;
}

QString joinList(const QStringList& list) {
    return list.join(QLatin1String(", "));
}

QString oneLine(QString text) {
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.trimmed();
}

// The header value `revision` has for `key`, as it would be written.
QString valueFor(const Revision& revision, Key key) {
    switch (key) {
    case Key::RevisionId:
        return revision.id;
    case Key::Revises:
        return joinList(revision.parents);
    case Key::CreateDate:
        return oneLine(revision.createDate);
    case Key::Message:
        return oneLine(revision.message);
    case Key::BranchLabels:
        return joinList(revision.branchLabels);
    case Key::DependsOn:
        return joinList(revision.dependsOn);
    case Key::Transactional:
        return revision.transactional ? QStringLiteral("yes") : QStringLiteral("no");
    }
    return {};
}

// Whether the value written in the file already means `wanted` (so the line can stay as it is).
bool sameValue(Key key, QStringView written, const QString& wanted) {
    switch (key) {
    case Key::Revises:
    case Key::BranchLabels:
    case Key::DependsOn:
        return splitList(written) == splitList(wanted);
    case Key::Transactional:
        return parseBool(written) == parseBool(wanted);
    default:
        return written == wanted;
    }
}

bool isDefault(Key key, const QString& value) {
    return key == Key::Transactional ? value == QLatin1String("yes") : value.isEmpty();
}

QString headerLine(QStringView keySpelling, const QString& value) {
    QString line = QLatin1String("-- ") + keySpelling.toString() + QLatin1Char(':');
    if (!value.isEmpty())
        line += QLatin1Char(' ') + value;
    return line;
}

Result<void> checkNames(const QStringList& names, const char* what, const QString& file, int line) {
    for (const QString& name : names) {
        Result<QString> ok = RevisionFile::validateId(name, RevisionFile::kMaxReadIdLength);
        if (!ok)
            return errorAt(file, line,
                           QCoreApplication::translate("strata", "%1: %2")
                               .arg(QLatin1String(what), ok.error().message));
    }
    return {};
}

} // namespace

Result<QString> RevisionFile::validateId(QStringView id, int maxLength) {
    if (id.isEmpty())
        return Error(ErrorCode::Parse, QCoreApplication::translate("strata", "empty revision id"));
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        if (ok)
            continue;
        if (u == '@' || u == '-' || u == '+' || u == ':')
            return Error(ErrorCode::Parse,
                         QCoreApplication::translate(
                             "strata", "invalid revision id '%1': '%2' is not allowed (it is "
                                       "target syntax); use letters, digits and '_'")
                             .arg(id)
                             .arg(c));
        return Error(ErrorCode::Parse,
                     QCoreApplication::translate(
                         "strata", "invalid revision id '%1': '%2' is not allowed; use only "
                                   "letters A-Z a-z, digits 0-9 and '_'")
                         .arg(id)
                         .arg(c));
    }
    if (id.size() > maxLength)
        return Error(ErrorCode::Parse,
                     QCoreApplication::translate(
                         "strata", "revision id '%1' is %2 characters long; at most %3 fit "
                                   "alembic_version.version_num")
                         .arg(id)
                         .arg(id.size())
                         .arg(maxLength));
    return id.toString();
}

Result<Revision> RevisionFile::parse(QStringView text, const QString& filePath,
                                     QList<Error>* warnings) {
    Result<Layout> scanned = scan(text, filePath, warnings);
    if (!scanned)
        return scanned.error();
    const Layout& layout = *scanned;

    Revision rev;
    rev.source = Revision::Source::Sql;
    rev.filePath = filePath;
    const qsizetype slash = filePath.lastIndexOf(QLatin1Char('/'));
    rev.fileName = slash < 0 ? filePath : filePath.mid(slash + 1);

    const int idIdx = layout.headerIndex[static_cast<int>(Key::RevisionId)];
    if (idIdx < 0)
        return errorAt(filePath, 1,
                       QCoreApplication::translate("strata", "no 'Revision ID' header"));
    for (const HeaderLine& h : layout.headers) {
        switch (h.key) {
        case Key::RevisionId: {
            Result<QString> id = validateId(h.value, kMaxReadIdLength);
            if (!id)
                return errorAt(filePath, h.line, id.error().message);
            rev.id = *id;
            rev.headerLine = h.line;
            break;
        }
        case Key::Revises:
            rev.parents = splitList(h.value);
            if (auto ok = checkNames(rev.parents, "Revises", filePath, h.line); !ok)
                return ok.error();
            break;
        case Key::CreateDate:
            rev.createDate = h.value.toString();
            break;
        case Key::Message:
            rev.message = h.value.toString();
            break;
        case Key::BranchLabels:
            rev.branchLabels = splitList(h.value);
            if (auto ok = checkNames(rev.branchLabels, "Branch Labels", filePath, h.line); !ok)
                return ok.error();
            break;
        case Key::DependsOn:
            rev.dependsOn = splitList(h.value);
            if (auto ok = checkNames(rev.dependsOn, "Depends On", filePath, h.line); !ok)
                return ok.error();
            break;
        case Key::Transactional: {
            const int b = parseBool(h.value);
            if (b < 0)
                return errorAt(filePath, h.line,
                               QCoreApplication::translate(
                                   "strata", "bad Transactional value '%1' (expected yes or no)")
                                   .arg(h.value));
            rev.transactional = b == 1;
            break;
        }
        }
    }
    if (!layout.upgrade.present)
        return errorAt(
            filePath, std::max(1, layout.lineCount),
            QCoreApplication::translate("strata", "missing '-- migrate:upgrade' section marker"));

    auto fill = [&](RevisionSection& out, const SectionSpan& span) {
        out.present = span.present;
        if (!span.present)
            return;
        out.markerLine = span.markerLine;
        out.firstLine = span.firstLine;
        out.sql = text.mid(span.bodyStart, span.bodyEnd - span.bodyStart).toString();
    };
    fill(rev.upgrade, layout.upgrade);
    fill(rev.downgrade, layout.downgrade);
    return rev;
}

Result<Revision> RevisionFile::load(const QString& filePath, QList<Error>* warnings, bool checksums,
                                    qint64 maxBytes) {
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    Result<QByteArray> bytes = RegularFile::read(absolute, maxBytes);
    if (!bytes)
        return std::move(bytes).error();
    const QString text = QString::fromUtf8(*bytes);
    Result<Revision> rev = parse(text, absolute, warnings);
    if (rev && checksums)
        fillChecksums(*rev);
    return rev;
}

void RevisionFile::fillChecksums(Revision& revision) {
    for (RevisionSection* s : {&revision.upgrade, &revision.downgrade}) {
        if (s->present)
            s->checksum = sectionChecksum(s->sql);
    }
}

QString RevisionFile::replaceSection(QStringView text, Section which, QStringView newSql) {
    Result<Layout> scanned = scan(text, {}, nullptr);
    QStringView eol = u"\n";
    SectionSpan up;
    SectionSpan down;
    if (scanned) {
        eol = scanned->eol;
        up = scanned->upgrade;
        down = scanned->downgrade;
    }
    const auto endsWithBreak = [](QStringView s) { return s.endsWith(QLatin1Char('\n')); };
    const auto marker = [&](Section s) {
        return (s == Section::Upgrade ? QStringLiteral("-- migrate:upgrade")
                                      : QStringLiteral("-- migrate:downgrade")) +
               eol.toString();
    };
    const SectionSpan& span = which == Section::Upgrade ? up : down;
    QString out;
    out.reserve(text.size() + newSql.size() + 32);
    if (span.present) {
        const bool followed = span.bodyEnd < text.size(); // another marker follows
        out += text.left(span.bodyStart);
        if (span.bodyStart == text.size() && !text.isEmpty() && !endsWithBreak(text))
            out += eol; // marker was the last line without a line break
        out += newSql;
        if (followed && !newSql.isEmpty() && !endsWithBreak(newSql))
            out += eol;
        out += text.mid(span.bodyEnd);
        return out;
    }
    // Insert the marker: upgrade goes before the downgrade marker, downgrade at the end.
    qsizetype at = text.size();
    if (which == Section::Upgrade && down.present)
        at = down.markerStart;
    out += text.left(at);
    if (!out.isEmpty() && !endsWithBreak(out))
        out += eol;
    out += marker(which);
    out += newSql;
    if (at < text.size() && !newSql.isEmpty() && !endsWithBreak(newSql))
        out += eol;
    out += text.mid(at);
    return out;
}

QString RevisionFile::renderHeader(const Revision& revision, QStringView eol) {
    QString out;
    for (const KeyName& k : keyNames)
        out += headerLine(QString(k.canonical), valueFor(revision, k.key)) + eol.toString();
    return out;
}

QString RevisionFile::replaceHeader(QStringView text, const Revision& revision) {
    Result<Layout> scanned = scan(text, {}, nullptr);
    if (!scanned || scanned->headers.isEmpty()) {
        // Nothing to keep: a fresh header on top, separated by a blank line.
        const QStringView eol = scanned ? scanned->eol : QStringView(u"\n");
        return renderHeader(revision, eol) + eol.toString() + text.toString();
    }
    const Layout& layout = *scanned;
    QString out;
    out.reserve(text.size() + 128);
    qsizetype pos = 0;
    for (const HeaderLine& h : layout.headers) {
        out += text.mid(pos, h.start - pos);
        const QString wanted = valueFor(revision, h.key);
        if (sameValue(h.key, h.value, wanted))
            out += text.mid(h.start, h.end - h.start);
        else
            out += headerLine(h.keySpelling, wanted);
        pos = h.end;
    }
    // Keys the file lacks, after the last header line.
    QString added;
    for (const KeyName& k : keyNames) {
        if (layout.headerIndex[static_cast<int>(k.key)] >= 0)
            continue;
        const QString wanted = valueFor(revision, k.key);
        if (!isDefault(k.key, wanted))
            added += layout.eol.toString() + headerLine(QString(k.canonical), wanted);
    }
    out += added;
    out += text.mid(pos);
    return out;
}

} // namespace strata
